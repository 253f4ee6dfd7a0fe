import type {
  Factor,
  Measure,
  ModelParams,
  Role,
  RoleId,
  Trigger,
  WarningSign,
} from '../content/schema.ts';
import type { RngState } from './rng.ts';

export type { RoleId } from '../content/schema.ts';

/** Escalation stage: 1 latent risk, 2 early warning signs, 3 escalation, 4 imminent risk, 5 atrocity crimes. */
export type Stage = 1 | 2 | 3 | 4 | 5;

/** How a game ended: peak ≤ 3 averted, peak 4 contained, peak 5 atrocity crimes. */
export type Outcome = 'averted' | 'contained' | 'atrocity';

/** One round's scheduled triggers. */
export interface ScenarioTurn {
  readonly triggers: readonly {
    readonly id: string;
    readonly intensity: number;
    readonly announced: boolean;
  }[];
}

/** A trigger as it is scheduled in a game: `advancedFrom` is set when a facilitator moved it. */
export type ScheduledTrigger = ScenarioTurn['triggers'][number] & {
  /** The round it was scheduled for before the facilitator brought it forward. */
  readonly advancedFrom?: number;
};

/** One scheduled trigger occurrence a facilitator brought forward from `from` to `to`. */
export interface AdvancedTrigger {
  readonly trigger: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Everything the engine needs about one scenario, resolved from content. Stored (by reference)
 * inside the game state so `step(state, action)` needs nothing else; it is plain JSON data.
 */
export interface ScenarioModel {
  readonly scenarioId: string;
  readonly rounds: number;
  /** Roles in play unless a game chooses a subset. */
  readonly defaultRoles: readonly RoleId[];
  readonly params: ModelParams;
  /** The scenario's main risk factors (their weights already multiplied in `factors`). */
  readonly mainFactors: readonly string[];
  readonly factors: readonly Factor[];
  /** Role definitions with this scenario's capacity overrides applied. */
  readonly roles: readonly Role[];
  readonly measures: readonly Measure[];
  readonly signs: readonly WarningSign[];
  readonly triggers: readonly Trigger[];
  readonly turns: readonly ScenarioTurn[];
  readonly initial: Readonly<Record<string, number>>;
  readonly drift: Readonly<Record<string, number>>;
}

/** Lifecycle of a measure taken by a role. */
export type MeasureStatus = 'pending' | 'active' | 'ended' | 'withdrawn';

/** A measure taken in a game. Instances are replaced, never mutated, when they change. */
export interface MeasureInstance {
  readonly uid: number;
  readonly id: string;
  readonly role: RoleId;
  readonly takenRound: number;
  readonly takenStage: Stage;
  /** First round whose resolution applies its effects. */
  readonly activeFrom: number;
  /** Last round in effect (inclusive); null = until the end of the game. */
  readonly until: number | null;
  readonly status: MeasureStatus;
  /** Measures whose synergy sped up or strengthened this one. */
  readonly boostedBy: readonly string[];
  /** A pressure measure that met low cooperation (¶29). */
  readonly backfired: boolean;
  /** Its soft prerequisite was missing the last time it applied (¶42: "a mere gesture"). */
  readonly weakened: boolean;
  /** Taken to answer a warning sign players had seen: aimed at a revealed risk, it works harder. */
  readonly informed: boolean;
}

/** A player's response to a warning sign. */
export interface SignResponse {
  readonly round: number;
  readonly measure: string;
  readonly uid: number;
  /** Rounds between the first round the sign was visible and the response (0 = at once). */
  readonly delay: number;
}

/** A warning sign that occurred. It acts on the state whether or not anyone saw it. */
export interface SignInstance {
  readonly uid: number;
  readonly id: string;
  /** Round in whose resolution it occurred. */
  readonly round: number;
  /** Round in whose resolution it was detected; visible to players from the next round on. */
  readonly detectedRound: number | null;
  /** Confidence of the signal (0–1), from early-warning capacity and civic space. */
  readonly confidence: number | null;
  /** Never detected within the model's signMemory. */
  readonly missed: boolean;
  readonly response: SignResponse | null;
}

/** Snapshot at the end of a round (round 0 = the start), for charts and the debrief. */
export interface RoundRecord {
  readonly round: number;
  readonly risk: number;
  readonly resilience: number;
  readonly threat: number;
  readonly stage: Stage;
  readonly factors: Readonly<Record<string, number>>;
  /** Uids of measures taken in this round. */
  readonly measuresTaken: readonly number[];
  /** Uids of signs that occurred (seen or not) in this round. */
  readonly signsOccurred: readonly number[];
  /** Uids of signs detected in this round (visible from the next). */
  readonly signsSeen: readonly number[];
  readonly triggers: readonly string[];
}

/** A player action. */
export type Action =
  | { readonly kind: 'takeMeasure'; readonly role: RoleId; readonly measure: string }
  | { readonly kind: 'withdrawMeasure'; readonly role: RoleId; readonly measure: string }
  | { readonly kind: 'endTurn'; readonly role: RoleId }
  | { readonly kind: 'endRound' }
  /**
   * Facilitator only (never in `legalActions`): move the next scheduled occurrence of a trigger
   * from a later round into the current one, so it fires when this round resolves.
   */
  | { readonly kind: 'advanceTrigger'; readonly trigger: string };

/** The complete game: JSON-serialisable, including the PRNG state and the action log. */
export interface GameState {
  readonly version: 1;
  readonly model: ScenarioModel;
  readonly seed: number;
  /**
   * How harsh this seed's crisis is: risk drift, trigger impact and sign effects are multiplied
   * by it (1 ± the model's severitySpread).
   */
  readonly severity: number;
  readonly roles: readonly RoleId[];
  /** Round being played (1-based); rounds + 1 once finished. */
  readonly round: number;
  readonly finished: boolean;
  readonly rng: RngState;
  readonly factors: Readonly<Record<string, number>>;
  readonly risk: number;
  readonly resilience: number;
  readonly threat: number;
  readonly stage: Stage;
  readonly peakStage: Stage;
  /** Capacity each role has left this round. */
  readonly capacity: Readonly<Partial<Record<RoleId, number>>>;
  /** Roles that ended their turn this round. */
  readonly ended: readonly RoleId[];
  readonly measures: readonly MeasureInstance[];
  /** Latest status of each measure id taken and not withdrawn (absent = never taken). */
  readonly measureStatus: Readonly<Record<string, 'pending' | 'active' | 'ended'>>;
  readonly signs: readonly SignInstance[];
  readonly history: readonly RoundRecord[];
  /** Accepted actions, in order: a save is `seed + log`. */
  readonly log: readonly Action[];
  readonly nextUid: number;
  /** Trigger occurrences moved by a facilitator, in order; the model's calendar is unchanged. */
  readonly advanced: readonly AdvancedTrigger[];
}

/** Internal writable view of a state, used on a fresh copy inside `step`. */
export type Draft = { -readonly [K in keyof GameState]: GameState[K] } & {
  factors: Record<string, number>;
  capacity: Partial<Record<RoleId, number>>;
  ended: RoleId[];
  measures: MeasureInstance[];
  measureStatus: Record<string, 'pending' | 'active' | 'ended'>;
  signs: SignInstance[];
  history: RoundRecord[];
  log: Action[];
  advanced: AdvancedTrigger[];
};

/** Why something changed. Ids and numbers only; the UI turns them into words. */
export type Cause =
  | { readonly kind: 'player'; readonly role: RoleId }
  | {
      readonly kind: 'trigger';
      readonly id: string;
      /** The accumulated factor that amplified it (null = the overall risk index). */
      readonly amplifier: string | null;
      readonly amplifierLevel: number;
      readonly multiplier: number;
    }
  | { readonly kind: 'measure'; readonly id: string; readonly uid: number; readonly role: RoleId }
  | { readonly kind: 'sign'; readonly id: string; readonly uid: number }
  | { readonly kind: 'backfire'; readonly id: string; readonly uid: number }
  /** Underlying tension rising by itself, faster when threat is high (and the round's variation). */
  | { readonly kind: 'drift' }
  /** Resilience worn down by threat. */
  | { readonly kind: 'erosion' }
  /** Early-warning capacity running down without resources. */
  | { readonly kind: 'decay' }
  /** A factor reached a warning sign's threshold. */
  | {
      readonly kind: 'threshold';
      readonly factor: string;
      readonly value: number;
      readonly threshold: number;
    }
  /** A measure's delay elapsed (it took effect) or its duration ran out. */
  | { readonly kind: 'delay'; readonly id: string; readonly uid: number }
  | { readonly kind: 'duration'; readonly id: string; readonly uid: number }
  | { readonly kind: 'calendar' }
  /** The facilitator of a classroom session (e.g. a trigger brought forward). */
  | { readonly kind: 'facilitator' };

/** Why an action was refused. */
export type RejectReason =
  | 'finished'
  | 'roleNotInPlay'
  | 'turnEnded'
  | 'unknownMeasure'
  | 'wrongRole'
  | 'insufficientCapacity'
  | 'prerequisiteMissing'
  | 'alreadyTaken'
  | 'notPending'
  | 'notWithdrawable'
  /** `advanceTrigger`: the trigger has no occurrence left in a later round. */
  | 'triggerNotScheduled';

/** Everything that happens, with its cause. The UI, audio and debrief are built from these. */
export type GameEvent =
  | { readonly type: 'actionRejected'; readonly action: Action; readonly reason: RejectReason }
  | {
      readonly type: 'measureTaken';
      readonly round: number;
      readonly role: RoleId;
      readonly measure: string;
      readonly uid: number;
      readonly cost: number;
      readonly activeFrom: number;
      readonly cause: Cause;
    }
  | {
      readonly type: 'measureWithdrawn';
      readonly role: RoleId;
      readonly measure: string;
      readonly uid: number;
      readonly refunded: number;
      readonly cause: Cause;
    }
  | { readonly type: 'turnEnded'; readonly role: RoleId; readonly cause: Cause }
  | {
      readonly type: 'measureActivated';
      readonly measure: string;
      readonly uid: number;
      readonly role: RoleId;
      readonly cause: Cause;
    }
  | {
      readonly type: 'measureExpired';
      readonly measure: string;
      readonly uid: number;
      readonly role: RoleId;
      readonly cause: Cause;
    }
  | {
      readonly type: 'synergy';
      readonly measure: string;
      readonly uid: number;
      readonly with: string;
      readonly effect: 'speed' | 'strength';
      readonly amount: number;
    }
  | {
      readonly type: 'measureWeakened';
      readonly measure: string;
      readonly uid: number;
      readonly missing: readonly string[];
      readonly multiplier: number;
    }
  | {
      readonly type: 'backfire';
      readonly measure: string;
      readonly uid: number;
      readonly cooperation: number;
      readonly threshold: number;
    }
  | {
      readonly type: 'triggerAdvanced';
      readonly trigger: string;
      /** Round it was scheduled for. */
      readonly from: number;
      /** Round it now fires in (the current one). */
      readonly to: number;
      readonly intensity: number;
      readonly announced: boolean;
      readonly cause: Cause;
    }
  | {
      readonly type: 'triggerFired';
      readonly trigger: string;
      readonly round: number;
      readonly intensity: number;
      readonly multiplier: number;
      readonly damping: number;
      readonly cause: Cause;
    }
  | {
      readonly type: 'factorChanged';
      readonly factor: string;
      readonly delta: number;
      readonly value: number;
      readonly cause: Cause;
    }
  | {
      readonly type: 'signOccurred';
      readonly sign: string;
      readonly uid: number;
      readonly round: number;
      readonly factor: string;
      readonly cause: Cause;
      /** A listed responder in effect that blunted it (structural prevention at work). */
      readonly anticipatedBy?: string;
      /** It had been seen and answered before, so it came back weaker. */
      readonly recurring?: boolean;
    }
  | {
      readonly type: 'signDetected';
      readonly sign: string;
      readonly uid: number;
      readonly occurredRound: number;
      readonly confidence: number;
      readonly clarity: 'low' | 'medium' | 'high';
    }
  | { readonly type: 'signMissed'; readonly sign: string; readonly uid: number }
  | {
      readonly type: 'signResponded';
      readonly sign: string;
      readonly uid: number;
      readonly measure: string;
      readonly measureUid: number;
      readonly delay: number;
    }
  | {
      readonly type: 'stageChanged';
      readonly from: Stage;
      readonly to: Stage;
      readonly threat: number;
      readonly cause: Cause;
    }
  | {
      readonly type: 'roundStarted';
      readonly round: number;
      /** Capacity each role saved from the round before (only roles that saved any). */
      readonly carried: Readonly<Partial<Record<RoleId, number>>>;
    }
  | {
      readonly type: 'roundEnded';
      readonly round: number;
      readonly risk: number;
      readonly resilience: number;
      readonly threat: number;
      readonly stage: Stage;
    }
  | {
      readonly type: 'gameOver';
      readonly peakStage: Stage;
      readonly finalStage: Stage;
      readonly outcome: Outcome;
    };

/** The event `type` strings. */
export type GameEventType = GameEvent['type'];
