/**
 * Why a room could not be joined or created, from the error the SDK threw: the room's own
 * refusal codes, Colyseus's unknown room and expired reconnection, or no answer at all.
 */
import {
  CREATE_REFUSALS,
  EXPIRED_RECONNECTION_CODE,
  JOIN_REFUSALS,
  UNKNOWN_ROOM_CODE,
  type JoinRefusal,
} from '../../server/protocol.ts';

/** Every reason a join or create fails, as the player is told. */
export type JoinProblem =
  JoinRefusal | (typeof CREATE_REFUSALS)[number] | 'unknownRoom' | 'expired' | 'unreachable';

const KNOWN: readonly string[] = [...JOIN_REFUSALS, ...CREATE_REFUSALS];

function isKnown(message: string): message is JoinRefusal | (typeof CREATE_REFUSALS)[number] {
  return KNOWN.includes(message);
}

/** The problem an SDK join or create error stands for. */
export function refusalOf(error: unknown): JoinProblem {
  if (typeof error !== 'object' || error === null) return 'unreachable';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message === 'string' && isKnown(message)) return message;
  if (code === UNKNOWN_ROOM_CODE) return 'unknownRoom';
  if (code === EXPIRED_RECONNECTION_CODE) return 'expired';
  return 'unreachable';
}
