/**
 * The wire protocol of the classroom server (issue #18), shared by the room and the browser
 * client: message names, their zod schemas, and the reason codes of every refusal. Reasons are
 * codes the client translates, never prose. Pure zod: no Node, DOM or Colyseus here.
 */
import * as z from 'zod';
import { ROLE_IDS } from '../content/schema.ts';
import type { ClassroomRejectReason, ClassroomRecord } from '../classroom/index.ts';
import type { RejectReason } from '../core/index.ts';

/** The Colyseus room name. */
export const ROOM_NAME = 'classroom';

/** Room codes: 6 characters without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
// Pure memo: a compiled pattern (a RegExp holds lastIndex, unused without the g flag).
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${String(CODE_LENGTH)}}$`);

/** A code as typed (spaces, dashes, lower case) in its canonical form. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** Whether `code` (canonical) can be a room code. */
export function isRoomCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** Nicknames: 1–24 characters after trimming. */
export const NICKNAME_MAX = 24;
/**
 * Control, format (bidi overrides, zero-width), private-use, unassigned and line or paragraph
 * separator characters, except the joiner and tags that emoji sequences need.
 */
const FORBIDDEN_IN_NICKNAME =
  /(?![\u200D\u{E0020}-\u{E007F}])[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** Why a nickname was refused. */
export type NicknameProblem = 'nicknameEmpty' | 'nicknameTooLong' | 'nicknameInvalid';

/** A nickname cleaned (NFC, runs of spaces collapsed, trimmed), or why it is refused. */
export function cleanNickname(
  input: string,
): { ok: true; nickname: string } | { ok: false; problem: NicknameProblem } {
  if (FORBIDDEN_IN_NICKNAME.test(input)) return { ok: false, problem: 'nicknameInvalid' };
  const text = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
  );
  if (chars.length === 0) return { ok: false, problem: 'nicknameEmpty' };
  if (chars.length > NICKNAME_MAX) return { ok: false, problem: 'nicknameTooLong' };
  return { ok: true, nickname: text };
}

/** The teacher's secret for this room, made by the teacher's device (kept in its tab). */
export const teacherKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
const teamId = z.string().max(16);
const roleId = z.enum(ROLE_IDS);
const shortText = z.string().max(200);

/**
 * Options of a join: the teacher by key, or a student by nickname (and maybe a team). The
 * teacher's create carries the setup too (checked by the room's create).
 */
export const joinOptionsSchema = z.union([
  z.strictObject({ teacherKey: teacherKeySchema, setup: z.unknown().optional() }),
  z.strictObject({ nickname: z.string().max(200), team: teamId.optional() }),
]);

const pickSchema = z.strictObject({
  kind: z.enum(['take', 'withdraw']),
  role: roleId,
  measure: z.string().max(64),
});

/** The facilitator console's intents (the timer's ticks come from the room's clock only). */
export const teacherIntentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('startTurn') }),
  z.strictObject({
    kind: z.enum(['takeMeasure', 'withdrawMeasure']),
    by: z.string().max(16),
    role: roleId,
    measure: z.string().max(64),
  }),
  z.strictObject({ kind: z.enum(['teamDone', 'skipTeam']), team: teamId }),
  z.strictObject({
    kind: z.literal('note'),
    team: teamId,
    round: z.number().int(),
    text: shortText,
  }),
  z.strictObject({
    kind: z.enum([
      'continue',
      'pause',
      'resume',
      'extendTimer',
      'skipTimer',
      'advanceRound',
      'revealDebrief',
      'endSession',
    ]),
  }),
  z.strictObject({ kind: z.literal('advanceTrigger'), trigger: z.string().max(64) }),
  z.strictObject({ kind: z.literal('hideRisk'), hidden: z.boolean() }),
]);

/** A message reference the client may add; replies echo it. */
const ref = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .optional();
/** Students may name their own team; naming another is refused (`otherTeam`). */
const ownTeam = teamId.optional();

/** Every message a client may send, by name. */
export const clientMessages = {
  /** Teacher: one facilitator intent. */
  intent: z.strictObject({ ref, intent: teacherIntentSchema }),
  /** Teacher: refuse (or again accept) new students. */
  lock: z.strictObject({ ref, locked: z.boolean() }),
  /** Teacher: rename a student. */
  rename: z.strictObject({ ref, student: z.string().max(32), nickname: z.string().max(200) }),
  /** Teacher: remove a student from the room. */
  remove: z.strictObject({ ref, student: z.string().max(32) }),
  /** Teacher: place a student in a team, or move them to another. */
  place: z.strictObject({ ref, student: z.string().max(32), team: teamId }),
  /** Student: choose a team (only while not in one). */
  pickTeam: z.strictObject({ ref, team: teamId }),
  /** Student: propose a pick to the team. */
  propose: z.strictObject({ ref, team: ownTeam, pick: pickSchema }),
  /** Student: take back a proposal (anyone in the team may). */
  unpropose: z.strictObject({ ref, team: ownTeam, proposal: z.number().int() }),
  /** Student: submit the team's proposals as of `revision` (the list the member confirmed). */
  submit: z.strictObject({ ref, team: ownTeam, revision: z.number().int() }),
  /** Student: the team's note for a round. */
  note: z.strictObject({ ref, team: ownTeam, round: z.number().int(), text: shortText }),
  /** Anyone: send me the whole view again. */
  sync: z.strictObject({ ref }),
} as const;

/** A client message name. */
export type ClientMessageType = keyof typeof clientMessages;
/** The payload of a client message. */
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof clientMessages)[T]>;

/** Why the server refused a join (sent as the error message of the failed join). */
export const JOIN_REFUSALS = [
  'invalidOptions',
  'roomLocked',
  'roomFull',
  'nicknameTaken',
  'nicknameEmpty',
  'nicknameTooLong',
  'nicknameInvalid',
  'unknownTeam',
  'wrongTeacherKey',
] as const;
/** A join refusal. */
export type JoinRefusal = (typeof JOIN_REFUSALS)[number];
/** The error code of a join the room refused (the message is the `JoinRefusal`). */
export const JOIN_REFUSED_CODE = 4403;
/**
 * Colyseus's own join errors the client explains: no live room has this code (a wrong or old
 * code: `MATCHMAKE_INVALID_ROOM_ID`), and a reconnection token that expired (`MATCHMAKE_EXPIRED`).
 */
export const UNKNOWN_ROOM_CODE = 522;
export const EXPIRED_RECONNECTION_CODE = 524;
/** Why a room could not be created. */
export const CREATE_REFUSALS = ['invalidSetup', 'invalidOptions', 'noFreeCode'] as const;
/** The error code of a refused create. */
export const CREATE_REFUSED_CODE = 422;

/** Why the server refused a message, beyond the classroom model's own reasons. */
export const SERVER_REFUSALS = [
  'unknownMessage',
  'invalidMessage',
  'tooLarge',
  'rateLimited',
  'notTeacher',
  'notStudent',
  'noTeam',
  'hasTeam',
  'otherTeam',
  'unknownStudent',
  'unknownProposal',
  'staleProposals',
  'tooManyProposals',
  'nicknameTaken',
  'nicknameEmpty',
  'nicknameTooLong',
  'nicknameInvalid',
] as const;
/** A refusal of the server itself. */
export type ServerRefusal = (typeof SERVER_REFUSALS)[number];

/** Server → client messages. */
export interface RejectedMessage {
  readonly type: string;
  readonly ref: number | null;
  readonly reason: ServerRefusal | ClassroomRejectReason;
  /** The core's reason when `reason` is `core`. */
  readonly coreReason: RejectReason | null;
}
/** An accepted message. */
export interface AcceptedMessage {
  readonly type: string;
  readonly ref: number | null;
}

/** A person in the room as others see them (nicknames only). */
export interface RosterEntry {
  readonly id: string;
  readonly nickname: string;
  readonly team: string | null;
  readonly connected: boolean;
}

/** A proposal of a team member. */
export interface Proposal {
  readonly id: number;
  /** Roster id of the member who proposed it. */
  readonly by: string;
  readonly kind: 'take' | 'withdraw';
  readonly role: (typeof ROLE_IDS)[number];
  readonly measure: string;
}

/** A team's proposals; `revision` grows with every change, and `submit` names it. */
export interface TeamProposals {
  readonly revision: number;
  readonly proposals: readonly Proposal[];
}

/** What one client is shown: the session (a classroom record, replayable) and the room. */
export interface RoomView {
  readonly code: string;
  readonly locked: boolean;
  readonly you: {
    readonly role: 'teacher' | 'student';
    readonly id: string;
    readonly team: string | null;
  };
  /** The session; students get it without the facilitator's PIN. */
  readonly record: ClassroomRecord;
  readonly roster: readonly RosterEntry[];
  readonly teacherConnected: boolean;
  /** By team id: every team's for the teacher, the own team's only for a student. */
  readonly proposals: Readonly<Record<string, TeamProposals>>;
}

/** Server → client message names. */
export const SERVER_MESSAGES = {
  view: 'view',
  accepted: 'accepted',
  rejected: 'rejected',
  /** The running countdown, once a second: `{ timer }`. */
  timer: 'timer',
  /** The teacher removed this student; the connection closes. */
  removed: 'removed',
} as const;

/** Close code when the teacher removes a student. */
export const REMOVED_CLOSE_CODE = 4101;
