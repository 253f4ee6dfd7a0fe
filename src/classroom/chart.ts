/** What the class debrief's risk chart marks for each team: the rounds it took measures in. */
import { countByRound } from '../core/index.ts';
import type { ClassroomState } from './state.ts';
import { actorSummaries } from './summary.ts';
import type { ActorId, TeamSetup } from './types.ts';

/** One team's (or the facilitator's) measures, round by round. */
export interface TeamMarks {
  readonly actor: ActorId;
  /** The team as set up; null for the facilitator. */
  readonly team: TeamSetup | null;
  /** Rounds in which it took measures, in order, with how many (withdrawn ones left out). */
  readonly marks: readonly { readonly round: number; readonly count: number }[];
  /** Measures it took in all. */
  readonly total: number;
}

/**
 * Per team, how many measures it took in each round: teams in setup order (those that took none
 * too, with no marks), then the facilitator if it played roles or took measures.
 */
export function teamMarks(state: ClassroomState): TeamMarks[] {
  return actorSummaries(state).map((actor) => ({
    actor: actor.actor,
    team: actor.team,
    marks: countByRound(actor.measures.map((m) => m.round)),
    total: actor.measures.length,
  }));
}

/** How many measures `actor` took in `round` (0 when none). */
export function marksIn(marks: TeamMarks, round: number): number {
  return marks.marks.find((m) => m.round === round)?.count ?? 0;
}
