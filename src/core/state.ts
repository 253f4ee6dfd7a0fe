import type { Content, RoleId } from '../content/schema.ts';
import { clamp, refreshIndices } from './escalation.ts';
import { loadLevels } from './levels.ts';
import { ACTIVE } from './statuses.ts';
import { compileScenario, indexOf } from './model.ts';
import { openRng, seedRng } from './rng.ts';
import type { Draft, GameState, RoundRecord, ScenarioModel } from './types.ts';

/** Options of a new game. */
export interface GameOptions {
  /** Any integer; taken as 32 bits. */
  readonly seed: number;
  /** Roles in play (default: the scenario's roles). */
  readonly roles?: readonly RoleId[] | undefined;
  /** Replaces the seed's own severity (the draw still happens, so the rest of the luck is kept). */
  readonly severity?: number | undefined;
}

/** Snapshot of the current round for the history. */
export function recordOf(
  state: GameState,
  round: number,
  extra: Pick<RoundRecord, 'measuresTaken' | 'signsOccurred' | 'signsSeen' | 'triggers'>,
): RoundRecord {
  return {
    round,
    risk: state.risk,
    resilience: state.resilience,
    threat: state.threat,
    stage: state.stage,
    factors: { ...state.factors },
    // Listed rather than spread (same key order): this runs every round of every simulated game.
    measuresTaken: extra.measuresTaken,
    signsOccurred: extra.signsOccurred,
    signsSeen: extra.signsSeen,
    triggers: extra.triggers,
  };
}

/** What a role that had `left` points at the end of a round takes into the next one. */
export function carriedOver(model: ScenarioModel, left: number | undefined): number {
  return Math.min(model.params.capacityCarry, left ?? 0);
}

/**
 * Full capacity of every role in play, plus bonuses of measures in effect (e.g. resourcing; `codes`
 * are the state's status codes, see statuses.ts, null when nothing is taken), plus what each role
 * saved from the last round (`left`, up to the model's `capacityCarry`).
 */
export function fullCapacity(
  model: ScenarioModel,
  roles: readonly RoleId[],
  codes: Uint8Array | null = null,
  left: Readonly<Partial<Record<RoleId, number>>> = {},
): Partial<Record<RoleId, number>> {
  const index = indexOf(model);
  const capacity: Partial<Record<RoleId, number>> = tableWith(roles);
  for (const role of roles) {
    capacity[role] = (index.roleCapacity.get(role) ?? 0) + carriedOver(model, left[role]);
  }
  if (!codes) return capacity;
  for (const plan of index.capacityPlans) {
    if (codes[plan.slot] !== ACTIVE) continue;
    for (const bonus of plan.measure.capacity) {
      const current = capacity[bonus.role];
      if (current !== undefined) capacity[bonus.role] = current + bonus.amount;
    }
  }
  return capacity;
}

// Pure memo: templates of the tables a game builds key by key (factors, capacity), by key list: a
// copy of a template has all its keys at once, in order, and every copy shares one hidden class (adding
// keys one by one to a fresh object is a slow path of V8 once a store site has seen many keys).
const templates: { readonly keys: readonly string[]; readonly table: Record<string, number> }[] =
  [];
const TEMPLATES = 8;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A fresh table with `keys` in order (their values are to be set), a copy of a template. */
function tableWith(keys: readonly string[]): Record<string, number> {
  for (const t of templates) if (sameKeys(t.keys, keys)) return { ...t.table };
  const table: Record<string, number> = {};
  for (const key of keys) table[key] = 0;
  if (templates.length >= TEMPLATES) templates.shift();
  templates.push({ keys: [...keys], table });
  return { ...table };
}

/** Start a game on an already compiled scenario model (used by simulations to skip compiling). */
export function newGame(model: ScenarioModel, options: GameOptions): GameState {
  return newDraft(model, options);
}

/** `newGame` as a writable draft that nothing else holds (to play in place without a copy). */
export function newDraft(model: ScenarioModel, options: GameOptions): Draft {
  // The model's own copy of each id (internalized, see intern.ts), not the caller's.
  const roles = (options.roles ?? model.defaultRoles).map((role) => {
    const known = model.roles.find((r) => r.id === role);
    if (!known) throw new Error(`Unknown role "${role}"`);
    return known.id;
  });
  const index = indexOf(model);
  const seed = options.seed | 0;
  const rng = openRng(seedRng(seed));
  const factors = tableWith(index.factorIds);
  for (const f of model.factors) {
    const jitter = (rng.float() * 2 - 1) * model.params.noise;
    const start = model.initial[f.id] ?? 0;
    factors[f.id] = f.kind === 'risk' ? clamp(start + jitter) : start;
  }
  const drawn = 1 + (rng.float() * 2 - 1) * model.params.severitySpread;
  const severity = options.severity ?? drawn;
  const draft: Draft = {
    version: 1,
    model,
    seed,
    severity: Math.round(severity * 1000) / 1000,
    roles: [...new Set(roles)],
    round: 1,
    finished: false,
    rng: rng.state(),
    factors,
    risk: 0,
    resilience: 0,
    threat: 0,
    stage: 1,
    peakStage: 1,
    capacity: fullCapacity(model, roles),
    ended: [],
    measures: [],
    measureStatus: statusTable({}),
    signs: [],
    history: [],
    log: [],
    nextUid: 1,
    advanced: [],
  };
  refreshIndices(draft, index, loadLevels(model, factors, index.levels));
  draft.peakStage = draft.stage;
  draft.history.push(
    recordOf(draft, 0, { measuresTaken: [], signsOccurred: [], signsSeen: [], triggers: [] }),
  );
  return draft;
}

/**
 * Create a game: `createGame(content, scenarioId, { seed, roles })`. The state is one
 * JSON-serialisable object including the PRNG state; the same content, seed and actions always
 * give the same state.
 */
export function createGame(content: Content, scenarioId: string, options: GameOptions): GameState {
  return newGame(compileScenario(content, scenarioId), options);
}

type StatusTable = Draft['measureStatus'];

/**
 * A writable copy of a measure-status table: same keys, order and prototype. Measures are taken in
 * any order, so as an ordinary object each game would build its own chain of hidden classes and
 * every lookup would miss V8's caches; deleting a property that is not the last switches the
 * object to dictionary mode once, where lookups stay fast whatever the order.
 */
function statusTable(from: Readonly<StatusTable>): StatusTable {
  const table: StatusTable = { a: 'ended', b: 'ended' };
  delete table.a;
  delete table.b;
  return Object.assign(table, from);
}

/** A fresh writable copy of the parts of a state that a step changes. */
export function cloneForStep(state: GameState): Draft {
  return {
    ...state,
    factors: { ...state.factors },
    capacity: { ...state.capacity },
    ended: [...state.ended],
    measures: [...state.measures],
    measureStatus: statusTable(state.measureStatus),
    signs: [...state.signs],
    history: [...state.history],
    log: [...state.log],
    advanced: [...state.advanced],
  };
}
