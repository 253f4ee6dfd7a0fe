/** A refusal from the room in words: the server's own reasons, the classroom's and the core's. */
import type { RejectedMessage } from '../../server/protocol.ts';
import { BLOCKER_KEYS, CLASSROOM_REJECT_KEYS, ROOM_REFUSAL_KEYS } from '../textKeys.ts';
import type { Translator } from '../translator.ts';
import type { JoinProblem } from './refusals.ts';

function isRoomRefusal(reason: string): reason is keyof typeof ROOM_REFUSAL_KEYS {
  return reason in ROOM_REFUSAL_KEYS;
}

/** Why the room refused a message. */
export function refusalText(w: Translator, message: RejectedMessage): string {
  const { reason, coreReason } = message;
  if (reason === 'core' && coreReason !== null) return w.ui(BLOCKER_KEYS[coreReason]);
  if (isRoomRefusal(reason)) return w.classroom(ROOM_REFUSAL_KEYS[reason]);
  return w.classroom(CLASSROOM_REJECT_KEYS[reason]);
}

/** Why a join or create failed. */
export function joinProblemText(w: Translator, problem: JoinProblem): string {
  return w.classroom(ROOM_REFUSAL_KEYS[problem]);
}
