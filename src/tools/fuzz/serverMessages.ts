/**
 * The classroom server's client messages, fuzzed through the room's own path: the message's
 * schema, then its handler, against a room of one teacher and three students (two in teams, one
 * not). A case is a short run of messages from any of them; its outcome is the last message's.
 */
import fc from 'fast-check';
import {
  parseRecord,
  reduceClassroom,
  submitTeam,
  toRecord,
  type ClassroomState,
  type ClassroomStep,
} from '../../classroom/index.ts';
import { CLASSROOM_REJECT_KEYS, ROOM_REFUSAL_KEYS } from '../../game/textKeys.ts';
import {
  dispatchers,
  type Handler,
  type Refusal,
  type RoomActions,
} from '../../server/handlers.ts';
import { Members, type Member } from '../../server/members.ts';
import {
  SERVER_REFUSALS,
  clientMessages,
  type ClientMessageType,
  type ServerRefusal,
} from '../../server/protocol.ts';
import { decoder, invariant, type Decoder, type MessageRef, type Outcome } from './outcome.ts';
import { valueInputs } from './mutate.ts';
import { messageSeeds } from './seeds.ts';

const TYPES = Object.keys(clientMessages) as ClientMessageType[];
const isType = (type: unknown): type is ClientMessageType =>
  typeof type === 'string' && Object.hasOwn(clientMessages, type);
const isServerRefusal = (reason: string): reason is ServerRefusal =>
  (SERVER_REFUSALS as readonly string[]).includes(reason);

/** A room like `ClassroomRoom` without the network: the model, the members, the proposals. */
class FakeRoom implements RoomActions {
  session: ClassroomState;
  readonly members = new Members();
  joinsLocked = false;

  constructor(session: ClassroomState) {
    this.session = session;
    const teams = session.setup.teams.map((t) => t.id);
    const people: [string, Member['role'], string | null][] = [
      ['t', 'teacher', null],
      ['s1', 'student', teams[0] ?? null],
      ['s2', 'student', teams[1] ?? null],
      ['s3', 'student', null],
    ];
    for (const [id, role, team] of people) {
      this.members.add({ id, sessionId: id, role, nickname: id, team, connected: true });
    }
  }

  private commit(step: ClassroomStep): Refusal | null {
    const rejected = step.effects.find((e) => e.kind === 'rejected');
    if (rejected) return { reason: rejected.reason, coreReason: rejected.coreReason };
    if (this.session.game.round !== step.state.game.round) this.members.clear();
    this.session = step.state;
    return null;
  }

  intent(intent: Parameters<RoomActions['intent']>[0]): Refusal | null {
    return this.commit(reduceClassroom(this.session, intent));
  }

  submit(team: string): Refusal | null {
    const outcome = this.commit(submitTeam(this.session, team, this.members.picksOf(team)));
    if (outcome === null) this.members.clear(team);
    return outcome;
  }

  removeMember(member: Member): void {
    this.members.delete(member);
  }

  broadcastViews(): void {
    this.members.roster();
  }

  sendView(): void {
    this.members.allProposals();
  }

  /** What `ClassroomRoom.receive` does after its rate and size checks. */
  receive(sender: string, type: unknown, message: unknown): Refusal | null {
    const member = this.members.bySessionId(sender);
    if (!member) return null;
    if (!isType(type)) return { reason: 'unknownMessage' };
    const parsed = clientMessages[type].safeParse(message);
    if (!parsed.success) return { reason: 'invalidMessage' };
    const handler = dispatchers[type] as Handler<typeof type>;
    return handler(this, member, parsed.data);
  }
}

function messageOf(reason: string): MessageRef | null {
  if (isServerRefusal(reason)) return { ns: 'classroom', key: ROOM_REFUSAL_KEYS[reason] };
  const key = (CLASSROOM_REJECT_KEYS as Record<string, string | undefined>)[reason];
  return key === undefined ? null : { ns: 'classroom', key };
}

/** The server's client messages against a room playing `session`. */
export function serverMessageDecoder(session: ClassroomState, fingerprint: string): Decoder {
  const seeds = messageSeeds(session);
  const envelope = fc.oneof(
    valueInputs(seeds),
    fc.record({
      type: fc.constantFrom<unknown>(...TYPES),
      message: valueInputs(seeds.map((s) => s.message)),
    }),
  );
  const run = fc.array(fc.tuple(fc.constantFrom('t', 's1', 's2', 's3'), envelope), {
    minLength: 1,
    maxLength: 3,
  });
  return decoder('serverMessages', run, (messages): Outcome => {
    const room = new FakeRoom(session);
    let last: Refusal | null = null;
    for (const [sender, value] of messages) {
      const { type, message } =
        typeof value === 'object' && value !== null && 'type' in value
          ? (value as { type: unknown; message?: unknown })
          : { type: 'intent', message: value };
      last = room.receive(sender, type, message);
      if (last === null) {
        const record: unknown = JSON.parse(JSON.stringify(toRecord(room.session, fingerprint)));
        invariant(parseRecord(record).ok, 'an accepted message leaves a savable session');
      }
    }
    if (last === null) return { accepted: true };
    return {
      accepted: false,
      reason: last.reason,
      message: messageOf(last.reason),
      keptAside: null,
    };
  });
}
