/**
 * What each client message does in a classroom room. Every handler returns null (accepted) or
 * the refusal; the room has already checked the rate, size and schema of the message.
 */
import {
  submitTeam,
  teamOf,
  type ClassroomIntent,
  type ClassroomRejectReason,
  type ClassroomState,
} from '../classroom/index.ts';
import type { RejectReason } from '../core/index.ts';
import { MAX_PROPOSALS, type Member, type Members } from './members.ts';
import {
  cleanNickname,
  type ClientMessage,
  type ClientMessageType,
  type ServerRefusal,
} from './protocol.ts';

/** A refusal: a server reason or the classroom model's (with the core's). */
export interface Refusal {
  readonly reason: ServerRefusal | ClassroomRejectReason;
  readonly coreReason?: RejectReason | null;
}

/** What the handlers may do to a room. */
export interface RoomActions {
  readonly session: ClassroomState;
  readonly members: Members;
  joinsLocked: boolean;
  /** Run a classroom intent through the model. */
  intent(intent: ClassroomIntent): Refusal | null;
  /** Submit a team's proposals and finish its round. */
  submit(team: string): Refusal | null;
  removeMember(member: Member): void;
  broadcastViews(): void;
  /** Send `member` its whole view again. */
  sendView(member: Member): void;
}

/** A message handler. */
export type Handler<T extends ClientMessageType> = (
  room: RoomActions,
  member: Member,
  message: ClientMessage<T>,
) => Refusal | null;

const refuse = (reason: ServerRefusal): Refusal => ({ reason });

function teacherOnly<T extends ClientMessageType>(handler: Handler<T>): Handler<T> {
  return (room, member, message) =>
    member.role === 'teacher' ? handler(room, member, message) : refuse('notTeacher');
}

/** A student's own team: refused without one, or when the message names another. */
function studentTeam(member: Member, named: string | undefined): string | Refusal {
  if (member.role !== 'student') return refuse('notStudent');
  if (member.team === null) return refuse('noTeam');
  if (named !== undefined && named !== member.team) return refuse('otherTeam');
  return member.team;
}

function studentOf(room: RoomActions, id: string): Member | Refusal {
  const student = room.members.byId(id);
  return student?.role === 'student' ? student : refuse('unknownStudent');
}

const isRefusal = (value: Member | string | Refusal): value is Refusal =>
  typeof value === 'object' && 'reason' in value;

/** The handler of every client message. */
export const dispatchers: { readonly [T in ClientMessageType]: Handler<T> } = {
  intent: teacherOnly((room, _member, { intent }) => room.intent(intent)),
  lock: teacherOnly((room, _member, { locked }) => {
    room.joinsLocked = locked;
    room.broadcastViews();
    return null;
  }),
  rename: teacherOnly((room, _member, message) => {
    const student = studentOf(room, message.student);
    if (isRefusal(student)) return student;
    const cleaned = cleanNickname(message.nickname);
    if (!cleaned.ok) return refuse(cleaned.problem);
    if (room.members.nicknameTaken(cleaned.nickname, student)) return refuse('nicknameTaken');
    student.nickname = cleaned.nickname;
    room.broadcastViews();
    return null;
  }),
  remove: teacherOnly((room, _member, message) => {
    const student = studentOf(room, message.student);
    if (isRefusal(student)) return student;
    room.removeMember(student);
    return null;
  }),
  place: teacherOnly((room, _member, message) => {
    const student = studentOf(room, message.student);
    if (isRefusal(student)) return student;
    if (!teamOf(room.session.setup, message.team)) return { reason: 'unknownTeam' };
    student.team = message.team;
    room.broadcastViews();
    return null;
  }),
  pickTeam: (room, member, { team }) => {
    if (member.role !== 'student') return refuse('notStudent');
    if (member.team !== null) return refuse('hasTeam');
    if (!teamOf(room.session.setup, team)) return { reason: 'unknownTeam' };
    member.team = team;
    room.broadcastViews();
    return null;
  },
  propose: (room, member, message) => {
    const team = studentTeam(member, message.team);
    if (isRefusal(team)) return team;
    const picks = room.members.picksOf(team);
    if (picks.length >= MAX_PROPOSALS) return refuse('tooManyProposals');
    const dry = submitTeam(room.session, team, [...picks, message.pick], false);
    const rejected = dry.effects.find((e) => e.kind === 'rejected');
    if (rejected) return { reason: rejected.reason, coreReason: rejected.coreReason };
    room.members.propose(team, member.id, message.pick);
    room.broadcastViews();
    return null;
  },
  unpropose: (room, member, message) => {
    const team = studentTeam(member, message.team);
    if (isRefusal(team)) return team;
    if (!room.members.unpropose(team, message.proposal)) return refuse('unknownProposal');
    room.broadcastViews();
    return null;
  },
  submit: (room, member, message) => {
    const team = studentTeam(member, message.team);
    if (isRefusal(team)) return team;
    if (room.session.done.includes(team)) return { reason: 'teamDone' };
    if (message.revision !== room.members.of(team).revision) return refuse('staleProposals');
    return room.submit(team);
  },
  note: (room, member, message) => {
    const team = studentTeam(member, message.team);
    if (isRefusal(team)) return team;
    return room.intent({ kind: 'note', team, round: message.round, text: message.text });
  },
  sync: (room, member) => {
    room.sendView(member);
    return null;
  },
};
