import {
  counterfactual,
  score,
  type AdvancedTrigger,
  type Counterfactual,
  type MeasureStatus,
  type RoleId,
  type ScoreResult,
  type Stage,
} from '../core/index.ts';
import { measureAuthors, type ClassroomState } from './state.ts';
import { FACILITATOR, type ActorId, type TeamSetup } from './types.ts';

/** A measure a team took (withdrawn ones are left out). */
export interface TeamMeasure {
  readonly uid: number;
  readonly measure: string;
  readonly role: RoleId;
  readonly round: number;
  /** Stage when it was taken. */
  readonly stage: Stage;
  readonly status: Exclude<MeasureStatus, 'withdrawn'>;
}

/** A warning sign a team's measure responded to. */
export interface TeamSignResponse {
  readonly sign: string;
  readonly signUid: number;
  readonly occurredRound: number;
  readonly measure: string;
  readonly measureUid: number;
  /** Round of the response. */
  readonly round: number;
  /** Rounds between the first chance to respond and the response. */
  readonly delay: number;
}

/** One team's (or the facilitator's) contribution, for the debrief. */
export interface ActorSummary {
  readonly actor: ActorId;
  /** The team as set up; null for the facilitator. */
  readonly team: TeamSetup | null;
  readonly roles: readonly RoleId[];
  readonly measures: readonly TeamMeasure[];
  readonly signsResponded: readonly TeamSignResponse[];
  readonly notes: readonly { readonly round: number; readonly text: string }[];
}

/** The class's results: each team's part, the shared score and the counterfactual. */
export interface ClassroomSummary {
  /** Teams in setup order, then the facilitator if it played roles or took measures. */
  readonly actors: readonly ActorSummary[];
  /** The whole class's score (the core's `score`). */
  readonly score: ScoreResult;
  /** Same seed and facilitator moves, no measures (the core's `counterfactual`). */
  readonly counterfactual: Counterfactual;
  /** Triggers the facilitator brought forward. */
  readonly triggersAdvanced: readonly AdvancedTrigger[];
}

/** Each team's measures, sign responses and notes, by actor id. */
export function actorSummaries(state: ClassroomState): ActorSummary[] {
  const { game, setup } = state;
  const authors = measureAuthors(game, state.attribution);
  const actors: { actor: ActorId; team: TeamSetup | null; roles: readonly RoleId[] }[] =
    setup.teams.map((team) => ({ actor: team.id, team, roles: team.roles }));
  const facilitatorActed = [...authors.values()].includes(FACILITATOR);
  if (setup.facilitatorRoles.length > 0 || facilitatorActed) {
    actors.push({ actor: FACILITATOR, team: null, roles: setup.facilitatorRoles });
  }
  return actors.map(({ actor, team, roles }) => {
    const measures: TeamMeasure[] = [];
    for (const m of game.measures) {
      if (m.status === 'withdrawn' || authors.get(m.uid) !== actor) continue;
      measures.push({
        uid: m.uid,
        measure: m.id,
        role: m.role,
        round: m.takenRound,
        stage: m.takenStage,
        status: m.status,
      });
    }
    const signsResponded: TeamSignResponse[] = [];
    for (const sign of game.signs) {
      const response = sign.response;
      if (!response || authors.get(response.uid) !== actor) continue;
      signsResponded.push({
        sign: sign.id,
        signUid: sign.uid,
        occurredRound: sign.round,
        measure: response.measure,
        measureUid: response.uid,
        round: response.round,
        delay: response.delay,
      });
    }
    const notes = state.notes
      .filter((n) => n.team === actor)
      .map((n) => ({ round: n.round, text: n.text }))
      .sort((a, b) => a.round - b.round);
    return { actor, team, roles, measures, signsResponded, notes };
  });
}

/** Everything the classroom debrief shows, from the core's own scoring and counterfactual. */
export function classroomSummary(state: ClassroomState): ClassroomSummary {
  return {
    actors: actorSummaries(state),
    score: score(state.game),
    counterfactual: counterfactual(state.game),
    triggersAdvanced: state.game.advanced,
  };
}
