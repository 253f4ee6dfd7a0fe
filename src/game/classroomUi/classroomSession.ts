/**
 * The classroom session adapter (no Phaser): holds the classroom state, sends intents through
 * `reduceClassroom`, saves to a `ClassroomStore` on every `persist` effect, measures real time
 * for the round timer (the model only counts the milliseconds it is given) and tells scenes and
 * audio what happened through typed events.
 */
import type { Content } from '../../content/schema.ts';
import { roundEvents, type Action, type GameEvent, type GameState } from '../../core/index.ts';
import { contentFingerprint } from '../../content/fingerprint.ts';
import type { AudibleSession, CoreChange } from '../session/audioBridge.ts';
import { TypedEmitter } from '../session/emitter.ts';
import { createClassroom, reduceClassroom } from '../../classroom/classroom.ts';
import type { SetupProblem } from '../../classroom/setup.ts';
import type {
  ClassroomEffect,
  ClassroomIntent,
  ClassroomState,
  ClassroomStep,
} from '../../classroom/state.ts';
import type { RecordProblem } from '../../classroom/record.ts';
import type { ClassroomStore } from '../../classroom/store.ts';
import { timerView, type TimerView } from '../../classroom/timer.ts';
import type { ActorId, ClassroomSetup } from '../../classroom/types.ts';

/** Real time, injected so tests can drive it. */
export interface Clock {
  /** Milliseconds from any fixed origin (monotonic). */
  now(): number;
  /** Call `tick` repeatedly about every `ms`; returns the stop function. */
  every(ms: number, tick: () => void): () => void;
  /** Wall-clock epoch milliseconds (for "saved at"). */
  wall(): number;
}

/** The browser's clock: `performance.now` and `setInterval`. */
export const browserClock: Clock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const handle = setInterval(tick, ms);
    return () => {
      clearInterval(handle);
    };
  },
  wall: () => Date.now(),
};

/** What the session tells its listeners. */
export interface ClassroomSessionEvents extends Record<string, unknown> {
  /** Any accepted intent changed the state (not emitted for plain ticks). */
  changed: {
    readonly state: ClassroomState;
    readonly effects: readonly ClassroomEffect[];
    /** The intent applied here; null when a classroom room sent the new state. */
    readonly intent: ClassroomIntent | null;
  };
  /** The core accepted an action (shaped like `GameSession`'s `changed`, for the audio bridge). */
  core: {
    readonly state: GameState;
    readonly by: ActorId;
    readonly action: Action;
    readonly events: readonly GameEvent[];
  };
  rejected: Extract<ClassroomEffect, { kind: 'rejected' }>;
  phase: Extract<ClassroomEffect, { kind: 'phase' }>;
  timerExpired: { readonly team: string | null };
  /** The whole seconds shown by the timer changed (or it appeared / went away). */
  timer: { readonly view: TimerView | null };
  /** A save was attempted; `ok` false when storage refused (full). */
  saved: { readonly ok: boolean };
}

/** How often real time is measured. */
export const TICK_MS = 250;

/** One classroom session on this device. */
export class ClassroomSession implements AudibleSession {
  readonly content: Content;
  readonly id: string;
  private current: ClassroomState;
  /** Null for a room-driven session: the room keeps the session, not this device. */
  private readonly store: ClassroomStore | null;
  /** A room-driven session sends its intents here and never reduces them itself. */
  private readonly remote: ((intent: ClassroomIntent) => void) | null;
  private readonly clock: Clock;
  private readonly fingerprint: string;
  private readonly emitter = new TypedEmitter<ClassroomSessionEvents>();
  private stopTicking: (() => void) | null = null;
  private last = 0;
  private shownSeconds = '';
  private resolved: { readonly round: number; readonly events: readonly GameEvent[] } | null = null;

  private constructor(
    content: Content,
    id: string,
    state: ClassroomState,
    store: ClassroomStore | null,
    clock: Clock,
    remote: ((intent: ClassroomIntent) => void) | null = null,
  ) {
    this.content = content;
    this.id = id;
    this.current = state;
    this.store = store;
    this.remote = remote;
    this.clock = clock;
    this.fingerprint = contentFingerprint(content);
    this.shownSeconds = this.secondsKey();
  }

  /** Start a new session (saved at once under a new id); refused setups return their problems. */
  static create(
    content: Content,
    setup: ClassroomSetup,
    store: ClassroomStore,
    clock: Clock = browserClock,
  ): { ok: true; session: ClassroomSession } | { ok: false; problems: readonly SetupProblem[] } {
    const created = createClassroom(content, setup);
    if (!created.ok) return created;
    const session = new ClassroomSession(content, store.newId(), created.state, store, clock);
    session.save();
    return { ok: true, session };
  }

  /** Continue a session opened from a file, saved at once under a new id (nothing is replaced). */
  static adopt(
    content: Content,
    state: ClassroomState,
    store: ClassroomStore,
    clock: Clock = browserClock,
  ): ClassroomSession {
    const session = new ClassroomSession(content, store.newId(), state, store, clock);
    session.save();
    return session;
  }

  /** Continue a saved session. */
  static load(
    content: Content,
    store: ClassroomStore,
    id: string,
    clock: Clock = browserClock,
  ): { ok: true; session: ClassroomSession } | { ok: false; problem: RecordProblem | 'none' } {
    const loaded = store.load(content, id);
    if (!loaded.ok) return loaded;
    return { ok: true, session: new ClassroomSession(content, id, loaded.state, store, clock) };
  }

  /**
   * A session driven by a classroom room (issue #18): intents go to `send`, and the state is
   * only what the room says (`receive`); nothing is decided or saved on this device.
   */
  static remote(
    content: Content,
    code: string,
    state: ClassroomState,
    send: (intent: ClassroomIntent) => void,
  ): ClassroomSession {
    return new ClassroomSession(content, code, state, null, browserClock, send);
  }

  /** Whether a classroom room drives this session. */
  get isRemote(): boolean {
    return this.remote !== null;
  }

  /** The room's new state (a room-driven session only). */
  receive(state: ClassroomState): void {
    const before = this.current;
    this.current = state;
    if (state.game.log.length !== before.game.log.length) this.resolved = null;
    this.emitter.emit('changed', { state, effects: [], intent: null });
    this.emitTimer();
  }

  /** The room's running countdown, sent every second. */
  receiveTimer(timer: ClassroomState['timer']): void {
    this.current = { ...this.current, timer };
    this.emitTimer();
  }

  private emitTimer(): void {
    const key = this.secondsKey();
    if (key !== this.shownSeconds) {
      this.shownSeconds = key;
      this.emitter.emit('timer', { view: this.timer });
    }
  }

  get state(): ClassroomState {
    return this.current;
  }

  /** The core game now (for the audio bridge). */
  get gameState(): GameState {
    return this.current.game;
  }

  /** Each action the core accepted, whoever sent it, for the audio bridge. */
  onCoreChange(listener: (change: CoreChange) => void): () => void {
    return this.emitter.on('core', listener);
  }

  /** The running timer as shown, if any. */
  get timer(): TimerView | null {
    return this.current.timer ? timerView(this.current.timer) : null;
  }

  on<K extends keyof ClassroomSessionEvents>(
    name: K,
    listener: (payload: ClassroomSessionEvents[K]) => void,
  ): () => void {
    return this.emitter.on(name, listener);
  }

  /** Apply an intent and report its effects. */
  dispatch(intent: ClassroomIntent): ClassroomStep {
    if (this.remote) {
      if (intent.kind !== 'tick') this.remote(intent);
      return { state: this.current, effects: [] };
    }
    const before = this.current;
    const result = reduceClassroom(before, intent);
    this.current = result.state;
    let persist = false;
    for (const effect of result.effects) {
      switch (effect.kind) {
        case 'core':
          if (effect.action.kind === 'endRound') {
            this.resolved = { round: before.game.round, events: effect.events };
          }
          this.emitter.emit('core', {
            state: result.state.game,
            by: effect.by,
            action: effect.action,
            events: effect.events,
          });
          break;
        case 'rejected':
          this.emitter.emit('rejected', effect);
          break;
        case 'phase':
          this.emitter.emit('phase', effect);
          break;
        case 'timerExpired':
          this.emitter.emit('timerExpired', { team: effect.team });
          break;
        case 'persist':
          persist = true;
          break;
      }
    }
    if (persist) this.save();
    if (intent.kind !== 'tick' && result.state !== before) {
      this.emitter.emit('changed', { state: result.state, effects: result.effects, intent });
    }
    this.emitTimer();
    return result;
  }

  /** The events of a resolved round: kept from play, or rebuilt from the log after a reload. */
  roundEvents(round: number): readonly GameEvent[] {
    if (this.resolved?.round !== round) {
      this.resolved = { round, events: roundEvents(this.current.game, round) };
    }
    return this.resolved.events;
  }

  /** Start measuring real time for the timer (idempotent). */
  startClock(): void {
    if (this.stopTicking || this.remote) return;
    this.last = this.clock.now();
    this.stopTicking = this.clock.every(TICK_MS, () => {
      this.tickNow();
    });
  }

  /** Stop measuring time (leaving the classroom). */
  stopClock(): void {
    this.stopTicking?.();
    this.stopTicking = null;
  }

  /** Count the real time since the last tick. */
  tickNow(): void {
    const now = this.clock.now();
    const ms = now - this.last;
    this.last = now;
    if (ms > 0) this.dispatch({ kind: 'tick', ms });
  }

  /** Save now; returns false when storage refused. */
  save(): boolean {
    if (!this.store) return true;
    const ok = this.store.save(this.id, this.current, this.fingerprint, this.clock.wall());
    this.emitter.emit('saved', { ok });
    return ok;
  }

  private secondsKey(): string {
    const view = this.timer;
    return view
      ? `${String(view.remainingSeconds)}|${String(view.paused)}|${String(view.skipped)}|${String(view.totalSeconds)}`
      : '';
  }
}
