import type { Action, GameState, ScheduledTrigger } from './types.ts';

const NONE: readonly ScheduledTrigger[] = [];

/**
 * The triggers scheduled for a round (1-based) in this game: the scenario's calendar with the
 * occurrences a facilitator brought forward (`state.advanced`) moved into their new round.
 * Moved occurrences carry `advancedFrom`. Every reader of the calendar should use this, never
 * `model.turns` directly.
 */
export function scheduledTriggers(state: GameState, round: number): readonly ScheduledTrigger[] {
  const base = state.model.turns[round - 1]?.triggers ?? NONE;
  if (state.advanced.length === 0) return base;
  let list: ScheduledTrigger[] | null = null;
  for (const move of state.advanced) {
    if (move.from === round) {
      list ??= [...base];
      const at = list.findIndex((t) => t.id === move.trigger && t.advancedFrom === undefined);
      if (at >= 0) list.splice(at, 1);
    }
  }
  for (const move of state.advanced) {
    if (move.to !== round) continue;
    const original = state.model.turns[move.from - 1]?.triggers.find((t) => t.id === move.trigger);
    if (!original) continue;
    list ??= [...base];
    list.push({ ...original, advancedFrom: move.from });
  }
  return list ?? base;
}

/** The next occurrence of a trigger scheduled after the current round, if any. */
export interface NextOccurrence {
  readonly trigger: string;
  /** Round it is scheduled for. */
  readonly from: number;
  readonly intensity: number;
  readonly announced: boolean;
}

/** The next not-yet-fired occurrence of `trigger` in a round after the current one, or null. */
export function nextOccurrence(state: GameState, trigger: string): NextOccurrence | null {
  if (state.finished) return null;
  for (let round = state.round + 1; round <= state.model.rounds; round++) {
    const found = scheduledTriggers(state, round).find((t) => t.id === trigger);
    if (found) {
      return {
        trigger,
        from: round,
        intensity: found.intensity,
        announced: found.announced,
      };
    }
  }
  return null;
}

/**
 * Triggers a facilitator could bring forward now: the next later occurrence of each trigger of
 * the scenario's own calendar, soonest first.
 */
export function advanceableTriggers(state: GameState): NextOccurrence[] {
  const out: NextOccurrence[] = [];
  for (const trigger of state.model.triggers) {
    const next = nextOccurrence(state, trigger.id);
    if (next) out.push(next);
  }
  return out.sort((a, b) => a.from - b.from || a.trigger.localeCompare(b.trigger));
}

/** A facilitator action of a log with the round it was taken in. */
export interface FacilitatorMove {
  readonly round: number;
  readonly action: Action;
}

/** True for actions only a facilitator takes (kept in the no-action counterfactual). */
export function isFacilitatorAction(action: Action): boolean {
  return action.kind === 'advanceTrigger';
}

/** The facilitator's actions of an action log, each with the round it was taken in. */
export function facilitatorMoves(log: readonly Action[]): FacilitatorMove[] {
  const moves: FacilitatorMove[] = [];
  let round = 1;
  for (const action of log) {
    if (action.kind === 'endRound') round++;
    else if (isFacilitatorAction(action)) moves.push({ round, action });
  }
  return moves;
}
