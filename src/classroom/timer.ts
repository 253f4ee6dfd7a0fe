/**
 * A pure countdown driven by elapsed milliseconds the UI passes in (no clock is read here).
 * Running out never scores against anyone: it only raises `expired`, a prompt to wrap up.
 */
export interface Timer {
  /** Planned length. */
  readonly limitMs: number;
  /** Time the facilitator added. */
  readonly extraMs: number;
  /** Running time counted so far (not while paused). */
  readonly elapsedMs: number;
  readonly paused: boolean;
  /** The facilitator switched the countdown off for this turn: it never expires. */
  readonly skipped: boolean;
}

/** What the UI shows of a timer. */
export interface TimerView {
  /** Whole seconds left (rounded up); null when skipped. */
  readonly remainingSeconds: number | null;
  readonly totalSeconds: number;
  readonly paused: boolean;
  readonly extended: boolean;
  readonly expired: boolean;
  readonly skipped: boolean;
}

/** Time the facilitator's "extend" adds. */
export const EXTEND_MS = 60_000;

/** A new, running timer of `seconds`. */
export function createTimer(seconds: number): Timer {
  return {
    limitMs: Math.max(0, seconds) * 1000,
    extraMs: 0,
    elapsedMs: 0,
    paused: false,
    skipped: false,
  };
}

/** Count `ms` of running time (ignored while paused or skipped, and for bad values). */
export function tickTimer(timer: Timer, ms: number): Timer {
  if (timer.paused || timer.skipped || !Number.isFinite(ms) || ms <= 0) return timer;
  return { ...timer, elapsedMs: timer.elapsedMs + ms };
}

/** Stop counting. */
export function pauseTimer(timer: Timer): Timer {
  return timer.paused ? timer : { ...timer, paused: true };
}

/** Count again. */
export function resumeTimer(timer: Timer): Timer {
  return timer.paused ? { ...timer, paused: false } : timer;
}

/** Add time (default one minute); an expired timer runs again. */
export function extendTimer(timer: Timer, ms = EXTEND_MS): Timer {
  return { ...timer, extraMs: timer.extraMs + Math.max(0, ms) };
}

/** Switch the countdown off for this turn. */
export function skipTimer(timer: Timer): Timer {
  return { ...timer, skipped: true };
}

/** Milliseconds left (0 once expired); null when skipped. */
export function remainingMs(timer: Timer): number | null {
  if (timer.skipped) return null;
  return Math.max(0, timer.limitMs + timer.extraMs - timer.elapsedMs);
}

/** The time is up (never for a skipped timer). */
export function isExpired(timer: Timer): boolean {
  return !timer.skipped && timer.elapsedMs >= timer.limitMs + timer.extraMs;
}

/** The numbers and flags the UI shows. */
export function timerView(timer: Timer): TimerView {
  const left = remainingMs(timer);
  return {
    remainingSeconds: left === null ? null : Math.ceil(left / 1000),
    totalSeconds: Math.round((timer.limitMs + timer.extraMs) / 1000),
    paused: timer.paused,
    extended: timer.extraMs > 0,
    expired: isExpired(timer),
    skipped: timer.skipped,
  };
}
