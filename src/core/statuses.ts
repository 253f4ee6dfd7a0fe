/**
 * Measure statuses by slot (the order of `model.measures`): a numeric mirror of one state's
 * `measureStatus` table, so that policies and the round loop test a status by position instead of
 * by id. The table stays the state's record (serialised as it always was); the mirror is a cache
 * of the most recently read table, rebuilt when another table is read, and kept in step by
 * `setStatus`, the one way the core writes a status.
 */
import type { Draft, GameState } from './types.ts';

/** Mirror code of a measure never taken (or withdrawn back to nothing). */
export const NOT_TAKEN = 0;
/** Mirror code of `pending`. */
export const PENDING = 1;
/** Mirror code of `active`. */
export const ACTIVE = 2;
/** Mirror code of `ended`. */
export const ENDED = 3;

type Status = GameState['measureStatus'][string];

const CODES: Readonly<Record<Status, number>> = { pending: PENDING, active: ACTIVE, ended: ENDED };

/** The mirror of one model (one per model index). */
export interface StatusMirror {
  /** The table mirrored now (null before the first read). */
  table: Readonly<Record<string, Status>> | null;
  /** One code per measure slot, plus a last slot that stays `NOT_TAKEN` (ids not in the model). */
  readonly codes: Uint8Array;
  /** Slot of each measure id of the model. */
  readonly slot: ReadonlyMap<string, number>;
}

/** An empty mirror for a model's measure ids, in order. */
export function statusMirror(ids: readonly string[]): StatusMirror {
  return {
    table: null,
    codes: new Uint8Array(ids.length + 1),
    slot: new Map(ids.map((id, k) => [id, k])),
  };
}

/** The slot of a measure id (the always-empty last slot for an id not in the model). */
export function measureSlotOf(mirror: StatusMirror, id: string): number {
  return mirror.slot.get(id) ?? mirror.codes.length - 1;
}

/** The status codes of a state's measures, by slot (valid until another state's are read). */
export function statusCodes(mirror: StatusMirror, state: GameState): Uint8Array {
  const table = state.measureStatus;
  if (mirror.table === table) return mirror.codes;
  const codes = mirror.codes;
  codes.fill(NOT_TAKEN);
  for (const id of Object.keys(table)) {
    const status = table[id];
    if (status !== undefined) codes[measureSlotOf(mirror, id)] = CODES[status];
  }
  mirror.table = table;
  return codes;
}

/** Set (or, with null, remove) a measure's status in a draft, and in the mirror if it is the draft's. */
export function setStatus(
  mirror: StatusMirror,
  draft: Draft,
  slot: number,
  id: string,
  status: Status | null,
): void {
  if (status === null) Reflect.deleteProperty(draft.measureStatus, id);
  else draft.measureStatus[id] = status;
  if (mirror.table === draft.measureStatus)
    mirror.codes[slot] = status === null ? 0 : CODES[status];
}
