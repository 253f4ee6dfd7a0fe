import type { ContentKey, Measure, RoleId } from '../../content/schema.ts';
import {
  roundBudget,
  actionBlocker,
  clarityOf,
  scheduledTriggers,
  type GameState,
  type MeasureInstance,
  type RejectReason,
  type Stage,
} from '../../core/index.ts';

/** A measure card as the situation room shows it. */
export interface MeasureCardView {
  readonly measure: Measure;
  /** `available` can be taken now; `blocked` cannot (see `blocker`). */
  readonly status: 'available' | 'blocked' | 'pending' | 'active' | 'ended';
  readonly blocker: RejectReason | null;
  /** Round in which a pending measure takes effect. */
  readonly activeFrom: number | null;
  readonly canWithdraw: boolean;
}

export interface RoleView {
  readonly id: RoleId;
  readonly nameKey: ContentKey;
  /** Points to spend this round (base, resourcing bonuses and points carried over). */
  readonly capacity: number;
  readonly capacityLeft: number;
  readonly turnEnded: boolean;
  readonly cards: readonly MeasureCardView[];
}

/** A detected warning sign in the feed. */
export interface SignView {
  readonly uid: number;
  readonly id: string;
  readonly nameKey: ContentKey;
  readonly descriptionKey: ContentKey;
  /** Round from which players could see it. */
  readonly seenFrom: number;
  readonly confidence: number;
  readonly clarity: 'low' | 'medium' | 'high';
  readonly responded: boolean;
  /** How grave the sign is (1–3), when the content says. */
  readonly severity: number | null;
  /** Seen in the round just resolved: new to the players this round. */
  readonly fresh: boolean;
}

/** A scheduled event players know about, on the calendar. */
export interface CalendarEntry {
  readonly round: number;
  readonly trigger: string;
  readonly nameKey: ContentKey;
}

export interface PlayView {
  readonly round: number;
  readonly rounds: number;
  readonly stage: Stage;
  readonly threat: number;
  readonly roles: readonly RoleView[];
  readonly signs: readonly SignView[];
  readonly calendar: readonly CalendarEntry[];
  readonly inPlay: readonly MeasureInstance[];
}

function latestInstance(state: GameState, measure: string): MeasureInstance | undefined {
  for (let i = state.measures.length - 1; i >= 0; i--) {
    const instance = state.measures[i];
    if (instance?.id === measure && instance.status !== 'withdrawn') return instance;
  }
  return undefined;
}

function cardOf(state: GameState, role: RoleId, measure: Measure): MeasureCardView {
  const blocker = actionBlocker(state, { kind: 'takeMeasure', role, measure: measure.id });
  const canWithdraw =
    actionBlocker(state, { kind: 'withdrawMeasure', role, measure: measure.id }) === null;
  const instance = latestInstance(state, measure.id);
  const status = state.measureStatus[measure.id];
  if (blocker === null) {
    return { measure, status: 'available', blocker, activeFrom: null, canWithdraw };
  }
  if (status && instance) {
    return {
      measure,
      status,
      blocker,
      activeFrom: status === 'pending' ? instance.activeFrom : null,
      canWithdraw,
    };
  }
  return { measure, status: 'blocked', blocker, activeFrom: null, canWithdraw };
}

/**
 * Everything the situation room shows, derived from the state alone. Surprises stay off the
 * calendar: only scheduled triggers marked `announced` are listed ahead of time.
 */
export function playView(state: GameState): PlayView {
  const { model } = state;
  // Every role and sign of a state is in its own model; `flatMap` only satisfies the types.
  const roles = state.roles.flatMap((roleId): RoleView[] => {
    const role = model.roles.find((candidate) => candidate.id === roleId);
    if (!role) return [];
    const view: RoleView = {
      id: roleId,
      nameKey: role.nameKey,
      capacity: roundBudget(state, roleId),
      capacityLeft: state.capacity[roleId] ?? 0,
      turnEnded: state.ended.includes(roleId),
      cards: model.measures
        .filter((measure) => measure.role === roleId)
        .map((measure) => cardOf(state, roleId, measure)),
    };
    return [view];
  });

  const signs = state.signs
    .filter((sign) => sign.detectedRound !== null)
    .flatMap((sign): SignView[] => {
      const definition = model.signs.find((candidate) => candidate.id === sign.id);
      if (!definition) return [];
      const confidence = sign.confidence ?? 0;
      const view: SignView = {
        uid: sign.uid,
        id: sign.id,
        nameKey: definition.nameKey,
        descriptionKey: definition.descriptionKey,
        seenFrom: (sign.detectedRound ?? 0) + 1,
        confidence,
        clarity: clarityOf(confidence),
        responded: sign.response !== null,
        severity: definition.severity ?? null,
        fresh: (sign.detectedRound ?? 0) + 1 === state.round,
      };
      return [view];
    })
    .reverse();

  const calendar: CalendarEntry[] = [];
  for (let round = 1; round <= model.rounds; round++) {
    for (const scheduled of scheduledTriggers(state, round)) {
      const trigger = model.triggers.find((candidate) => candidate.id === scheduled.id);
      if (!trigger || !scheduled.announced) continue;
      calendar.push({ round, trigger: trigger.id, nameKey: trigger.nameKey });
    }
  }

  return {
    round: Math.min(state.round, model.rounds),
    rounds: model.rounds,
    stage: state.stage,
    threat: state.threat,
    roles,
    signs,
    calendar,
    inPlay: state.measures.filter((m) => m.status === 'pending' || m.status === 'active'),
  };
}
