/**
 * The authoritative classroom room (issue #18): it holds one classroom session, runs the pure
 * model on every intent and tells every device what it may see. Teams propose on their devices
 * and submit once per round; the teacher drives the session as the facilitator console does.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Room, ServerError, type Client, type Delayed, type Deferred } from '@colyseus/core';
import * as z from 'zod';
import {
  classroomSetupSchema,
  createClassroom,
  reduceClassroom,
  submitTeam,
  teamOf,
  toRecord,
  type ClassroomIntent,
  type ClassroomState,
  type ClassroomStep,
} from '../classroom/index.ts';
import { dispatchers, type Handler, type Refusal, type RoomActions } from './handlers.ts';
import { MAX_STUDENTS, Members, type Member } from './members.ts';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  CREATE_REFUSED_CODE,
  JOIN_REFUSED_CODE,
  REMOVED_CLOSE_CODE,
  SERVER_MESSAGES,
  cleanNickname,
  clientMessages,
  joinOptionsSchema,
  teacherKeySchema,
  type ClientMessageType,
  type JoinRefusal,
  type RejectedMessage,
  type RoomView,
} from './protocol.ts';
import { RateLimiter } from './rateLimit.ts';
import type { RoomConfig } from './config.ts';

/** Longest message (as JSON) a client may send. */
export const MAX_MESSAGE_CHARS = 2048;

const createOptionsSchema = z.strictObject({
  setup: classroomSetupSchema,
  teacherKey: teacherKeySchema,
});

const hashKey = (key: string) => createHash('sha256').update(key).digest();

function joinRefused(reason: JoinRefusal): ServerError {
  return new ServerError(JOIN_REFUSED_CODE, reason);
}

/** A fresh room code from random bytes (rejection sampling keeps it uniform). */
export function randomCode(bytes: (n: number) => Uint8Array = (n) => randomBytes(n)): string {
  let code = '';
  const limit = 256 - (256 % CODE_ALPHABET.length);
  while (code.length < CODE_LENGTH) {
    for (const byte of bytes(CODE_LENGTH * 2)) {
      if (byte < limit && code.length < CODE_LENGTH)
        code += CODE_ALPHABET.charAt(byte % CODE_ALPHABET.length);
    }
  }
  return code;
}

/** The room; `config` is given by `classroomRoom(config)`. */
export class ClassroomRoom extends Room implements RoomActions {
  declare config: RoomConfig;
  session!: ClassroomState;
  readonly members = new Members();
  joinsLocked = false;
  private teacherKeyHash: Buffer = Buffer.alloc(0);
  private limiter!: RateLimiter;
  private readonly lastRateReply = new Map<string, number>();
  private readonly reconnections = new Map<string, Deferred<Client>>();
  private expiry: Delayed | null = null;
  private lastTick = 0;

  override async onCreate(options: unknown): Promise<void> {
    const parsed = createOptionsSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(CREATE_REFUSED_CODE, 'invalidOptions');
    const created = createClassroom(this.config.content, parsed.data.setup);
    if (!created.ok) throw new ServerError(CREATE_REFUSED_CODE, 'invalidSetup');
    this.session = created.state;
    this.teacherKeyHash = hashKey(parsed.data.teacherKey);
    this.limiter = new RateLimiter(this.config.rateLimit);
    this.roomId = await this.freeCode();
    this.autoDispose = false;
    this.maxClients = MAX_STUDENTS + 4;
    this.maxMessagesPerSecond = this.config.rateLimit.burst * 5;
    this.patchRate = null;
    await this.setPrivate(true);
    for (const type of Object.keys(clientMessages) as ClientMessageType[]) {
      this.onMessage(type, (client: Client, message: unknown) => {
        this.receive(client, type, message);
      });
    }
    this.onMessage('*', (client: Client, type: string | number) => {
      this.reject(client, { type: String(type), ref: null, reason: 'unknownMessage' });
    });
    this.lastTick = this.config.now();
    this.clock.setInterval(() => {
      this.tick();
    }, 1000);
    this.armExpiry();
  }

  private async freeCode(): Promise<string> {
    for (let attempt = 0; attempt < 32; attempt++) {
      const code = this.config.newCode();
      const taken = await this.config.codeTaken(code);
      if (!taken) return code;
    }
    throw new ServerError(CREATE_REFUSED_CODE, 'noFreeCode');
  }

  override onJoin(client: Client, options: unknown): void {
    const parsed = joinOptionsSchema.safeParse(options);
    if (!parsed.success) throw joinRefused('invalidOptions');
    const id = randomBytes(6).toString('base64url');
    if ('teacherKey' in parsed.data) {
      const given = hashKey(parsed.data.teacherKey);
      if (!timingSafeEqual(given, this.teacherKeyHash)) throw joinRefused('wrongTeacherKey');
      this.members.add({
        id,
        sessionId: client.sessionId,
        role: 'teacher',
        nickname: '',
        team: null,
        connected: true,
      });
    } else {
      if (this.joinsLocked) throw joinRefused('roomLocked');
      if (this.members.students().length >= MAX_STUDENTS) throw joinRefused('roomFull');
      const cleaned = cleanNickname(parsed.data.nickname);
      if (!cleaned.ok) throw joinRefused(cleaned.problem);
      if (this.members.nicknameTaken(cleaned.nickname)) throw joinRefused('nicknameTaken');
      const team = parsed.data.team ?? null;
      if (team !== null && !teamOf(this.session.setup, team)) throw joinRefused('unknownTeam');
      this.members.add({
        id,
        sessionId: client.sessionId,
        role: 'student',
        nickname: cleaned.nickname,
        team,
        connected: true,
      });
    }
    this.armExpiry();
    this.broadcastViews();
  }

  override onDrop(client: Client): void {
    const member = this.members.bySessionId(client.sessionId);
    if (!member) return;
    member.connected = false;
    const reconnection = this.allowReconnection(client, this.config.reconnectSeconds);
    this.reconnections.set(client.sessionId, reconnection);
    reconnection.catch(() => undefined);
    this.broadcastViews();
  }

  override onReconnect(client: Client): void {
    this.reconnections.delete(client.sessionId);
    const member = this.members.bySessionId(client.sessionId);
    if (member) member.connected = true;
    this.armExpiry();
    this.broadcastViews();
  }

  override onLeave(client: Client): void {
    this.reconnections.delete(client.sessionId);
    this.limiter.forget(client.sessionId);
    this.lastRateReply.delete(client.sessionId);
    const member = this.members.bySessionId(client.sessionId);
    if (member) this.members.delete(member);
    this.armExpiry();
    this.broadcastViews();
  }

  override onDispose(): void {
    this.reconnections.clear();
  }

  /** Guard, validate and dispatch one client message; a bad message never throws out. */
  private receive(client: Client, type: ClientMessageType, message: unknown): void {
    const member = this.members.bySessionId(client.sessionId);
    if (!member) return;
    const ref = refOf(message);
    if (!this.limiter.take(client.sessionId, this.config.now())) {
      const last = this.lastRateReply.get(client.sessionId) ?? -Infinity;
      if (this.config.now() - last >= 1000) {
        this.lastRateReply.set(client.sessionId, this.config.now());
        this.reject(client, { type, ref, reason: 'rateLimited' });
      }
      return;
    }
    if (jsonLength(message) > MAX_MESSAGE_CHARS) {
      this.reject(client, { type, ref, reason: 'tooLarge' });
      return;
    }
    const parsed = clientMessages[type].safeParse(message);
    if (!parsed.success) {
      this.reject(client, { type, ref, reason: 'invalidMessage' });
      return;
    }
    const handler = dispatchers[type] as Handler<typeof type>;
    try {
      const outcome = handler(this, member, parsed.data);
      if (outcome === null) client.send(SERVER_MESSAGES.accepted, { type, ref });
      else {
        const { reason, coreReason = null } = outcome;
        this.reject(client, { type, ref, reason, coreReason });
      }
    } catch {
      console.error(`classroom room: message "${type}" failed`);
      this.reject(client, { type, ref, reason: 'invalidMessage' });
    }
  }

  private reject(
    client: Client,
    rejection: Omit<RejectedMessage, 'coreReason'> & Partial<RejectedMessage>,
  ): void {
    const message: RejectedMessage = { coreReason: null, ...rejection };
    client.send(SERVER_MESSAGES.rejected, message);
  }

  /**
   * Take a model step: a refusal is returned as the outcome; an accepted step becomes the
   * session (proposals are cleared when a round opens) and every device is told.
   */
  commit(step: ClassroomStep): Refusal | null {
    const rejected = step.effects.find((e) => e.kind === 'rejected');
    if (rejected) return { reason: rejected.reason, coreReason: rejected.coreReason };
    const before = this.session;
    this.session = step.state;
    if (before.game.round !== step.state.game.round) this.members.clear();
    if (step.state.phase.kind === 'ended') this.armExpiry();
    this.broadcastViews();
    return null;
  }

  /** Apply a facilitator intent. */
  intent(intent: ClassroomIntent): Refusal | null {
    return this.commit(reduceClassroom(this.session, intent));
  }

  /** Submit a team's proposals. */
  submit(team: string): Refusal | null {
    const outcome = this.commit(submitTeam(this.session, team, this.members.picksOf(team)));
    if (outcome === null) {
      this.members.clear(team);
      this.broadcastViews();
    }
    return outcome;
  }

  /** Remove a student: closes its connection or cancels its pending reconnection. */
  removeMember(member: Member): void {
    this.members.delete(member);
    const client = this.clients.get(member.sessionId);
    if (client) {
      client.send(SERVER_MESSAGES.removed, {});
      client.leave(REMOVED_CLOSE_CODE);
    }
    this.reconnections.get(member.sessionId)?.reject(new Error('removed'));
    this.reconnections.delete(member.sessionId);
    this.broadcastViews();
  }

  private tick(): void {
    const now = this.config.now();
    const ms = now - this.lastTick;
    this.lastTick = now;
    if (!this.session.timer) return;
    const step = reduceClassroom(this.session, { kind: 'tick', ms });
    if (step.state === this.session) return;
    this.session = step.state;
    this.broadcast(SERVER_MESSAGES.timer, { timer: this.session.timer });
  }

  /**
   * Forget the room `retentionMs` after it ended, or after the last device left; a join or
   * reconnection while the session runs puts the clock back.
   */
  private armExpiry(): void {
    const ended = this.session.phase.kind === 'ended';
    if (!ended && this.members.anyoneConnected()) {
      this.expiry?.clear();
      this.expiry = null;
      return;
    }
    if (this.expiry) return;
    this.expiry = this.clock.setTimeout(() => {
      void this.disconnect();
    }, this.config.retentionMs);
  }

  /** What `member` may see now. */
  viewFor(member: Member): RoomView {
    const record = toRecord(this.session, this.config.fingerprint);
    const teacher = member.role === 'teacher';
    const team = member.team;
    const proposals = teacher
      ? this.members.allProposals()
      : team === null
        ? {}
        : { [team]: this.members.of(team) };
    return {
      code: this.roomId,
      locked: this.joinsLocked,
      you: { role: member.role, id: member.id, team },
      record: teacher ? record : { ...record, setup: { ...record.setup, pin: null } },
      roster: this.members.roster(),
      teacherConnected: this.members.teacherConnected(),
      proposals,
    };
  }

  sendView(member: Member): void {
    const client = this.clients.get(member.sessionId);
    if (client) client.send(SERVER_MESSAGES.view, this.viewFor(member));
  }

  broadcastViews(): void {
    for (const client of this.clients) {
      const member = this.members.bySessionId(client.sessionId);
      if (member?.connected === true) client.send(SERVER_MESSAGES.view, this.viewFor(member));
    }
  }
}

function refOf(message: unknown): number | null {
  if (typeof message !== 'object' || message === null || !('ref' in message)) return null;
  const { ref } = message;
  return typeof ref === 'number' && Number.isInteger(ref) ? ref : null;
}

function jsonLength(message: unknown): number {
  try {
    return JSON.stringify(message ?? null).length;
  } catch {
    return Infinity;
  }
}

/** The room class bound to a configuration (content, clocks, limits). */
export function classroomRoom(config: RoomConfig): typeof ClassroomRoom {
  return class ConfiguredClassroomRoom extends ClassroomRoom {
    override config = config;
  };
}
