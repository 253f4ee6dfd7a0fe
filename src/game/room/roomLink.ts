/**
 * This device's connection to a classroom room (issue #18), over the Colyseus SDK on the page's
 * own origin. The room is authoritative: the link only sends messages and hands on what the room
 * says. The reconnection token is kept in the tab's `sessionStorage`, so a reload (or a teacher's
 * refresh) puts the device back in its room.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { ClassroomSetup } from '../../classroom/types.ts';
import type { Timer } from '../../classroom/timer.ts';
import {
  ROOM_NAME,
  SERVER_MESSAGES,
  type AcceptedMessage,
  type ClientMessage,
  type ClientMessageType,
  type RejectedMessage,
  type RoomView,
} from '../../server/protocol.ts';
import { TypedEmitter } from '../session/emitter.ts';
import type { RoomHook } from '../testHook.ts';
import { refusalOf, type JoinProblem } from './refusals.ts';
import { ROOM_STORAGE_KEY } from './storageKey.ts';

/** What the tab keeps to come back (never the nickname: the room knows it). */
export interface StoredRoom {
  readonly role: 'teacher' | 'student';
  readonly code: string;
  readonly token: string;
  /** The teacher's secret, to join again if the reconnection window has passed. */
  readonly teacherKey: string | null;
}

/** What the link tells its listeners. */
export interface RoomLinkEvents extends Record<string, unknown> {
  view: RoomView;
  timer: { readonly timer: Timer | null };
  rejected: RejectedMessage;
  accepted: AcceptedMessage;
  /** The connection dropped (the SDK retries) or came back. */
  connection: { readonly connected: boolean };
  /** The room is gone for this device: removed by the teacher, or the connection was lost. */
  left: { readonly removed: boolean };
}

/** A join that failed, with the refusal to explain. */
export type JoinOutcome =
  | { readonly ok: true; readonly link: RoomLink }
  | { readonly ok: false; readonly problem: JoinProblem };

/** What the link writes to: the tab's storage and the test hook. */
export interface LinkHost {
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Called with the hook's new value. */
  readonly publish: (room: RoomHook | null) => void;
  /** The page's origin (`http://host:port`). */
  readonly origin: string;
}

/** Read the tab's stored room, if any and well formed. */
export function storedRoom(storage: LinkHost['storage']): StoredRoom | null {
  try {
    const raw: unknown = JSON.parse(storage.getItem(ROOM_STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { role, code, token, teacherKey } = raw as Record<string, unknown>;
    if (role !== 'teacher' && role !== 'student') return null;
    if (typeof code !== 'string' || typeof token !== 'string') return null;
    return { role, code, token, teacherKey: typeof teacherKey === 'string' ? teacherKey : null };
  } catch {
    return null;
  }
}

/** A fresh teacher secret (24 random bytes, base64url). */
function newTeacherKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** One device's link to its room. */
export class RoomLink {
  readonly role: 'teacher' | 'student';
  private room: Room;
  private readonly host: LinkHost;
  private readonly teacherKey: string | null;
  private readonly emitter = new TypedEmitter<RoomLinkEvents>();
  private latest: RoomView | null = null;
  private connected = true;
  private ref = 0;
  private closed = false;

  private constructor(
    room: Room,
    host: LinkHost,
    role: 'teacher' | 'student',
    teacherKey: string | null,
  ) {
    this.room = room;
    this.host = host;
    this.role = role;
    this.teacherKey = teacherKey;
    this.bind();
  }

  /**
   * Whether the page's own origin runs the classroom server (`npm run serve`): the build's
   * `rooms.json` says `false`, the server answers the same path with `true`.
   */
  static async available(base: string): Promise<boolean> {
    try {
      const response = await fetch(new URL('rooms.json', base), { cache: 'no-store' });
      if (!response.ok) return false;
      const body: unknown = await response.json();
      return typeof body === 'object' && body !== null && 'rooms' in body && body.rooms === true;
    } catch {
      return false;
    }
  }

  /** The teacher opens a room for `setup`. */
  static async create(host: LinkHost, setup: ClassroomSetup): Promise<JoinOutcome> {
    const teacherKey = newTeacherKey();
    try {
      const room = await new Client(host.origin).create(ROOM_NAME, { setup, teacherKey });
      return { ok: true, link: new RoomLink(room, host, 'teacher', teacherKey) };
    } catch (error) {
      return { ok: false, problem: refusalOf(error) };
    }
  }

  /** A student joins the room `code` as `nickname`. */
  static async join(host: LinkHost, code: string, nickname: string): Promise<JoinOutcome> {
    try {
      const room = await new Client(host.origin).joinById(code, { nickname });
      return { ok: true, link: new RoomLink(room, host, 'student', null) };
    } catch (error) {
      return { ok: false, problem: refusalOf(error) };
    }
  }

  /**
   * Come back to the tab's stored room: by its reconnection token, or (the teacher) by key once
   * the token has expired. A room that is gone forgets the stored entry.
   */
  static async resume(host: LinkHost): Promise<JoinOutcome | null> {
    const stored = storedRoom(host.storage);
    if (!stored) return null;
    const client = new Client(host.origin);
    try {
      const room = await client.reconnect(stored.token);
      return { ok: true, link: new RoomLink(room, host, stored.role, stored.teacherKey) };
    } catch (error) {
      let problem = refusalOf(error);
      if (stored.role === 'teacher' && stored.teacherKey !== null) {
        try {
          const room = await client.joinById(stored.code, { teacherKey: stored.teacherKey });
          return { ok: true, link: new RoomLink(room, host, 'teacher', stored.teacherKey) };
        } catch (again) {
          problem = refusalOf(again);
        }
      }
      host.storage.removeItem(ROOM_STORAGE_KEY);
      return { ok: false, problem };
    }
  }

  /** The room's last view, once it has sent one. */
  get view(): RoomView | null {
    return this.latest;
  }

  get code(): string {
    return this.room.roomId;
  }

  get isConnected(): boolean {
    return this.connected && !this.closed;
  }

  on<K extends keyof RoomLinkEvents>(
    name: K,
    listener: (payload: RoomLinkEvents[K]) => void,
  ): () => void {
    return this.emitter.on(name, listener);
  }

  /** Send a message; returns its reference (replies echo it). */
  send<T extends ClientMessageType>(type: T, payload: Omit<ClientMessage<T>, 'ref'>): number {
    const ref = ++this.ref;
    this.room.send(type, { ...payload, ref });
    return ref;
  }

  /** Leave the room for good (forgets the stored entry). */
  async leave(): Promise<void> {
    this.closed = true;
    this.host.storage.removeItem(ROOM_STORAGE_KEY);
    this.publish();
    await this.room.leave(true).catch(() => undefined);
  }

  private bind(): void {
    const room = this.room;
    this.store();
    room.onMessage(SERVER_MESSAGES.view, (view: RoomView) => {
      this.latest = view;
      this.publish();
      this.emitter.emit('view', view);
    });
    room.onMessage(SERVER_MESSAGES.timer, (message: { timer: Timer | null }) => {
      this.emitter.emit('timer', { timer: message.timer });
    });
    room.onMessage(SERVER_MESSAGES.rejected, (message: RejectedMessage) => {
      this.emitter.emit('rejected', message);
    });
    room.onMessage(SERVER_MESSAGES.accepted, (message: AcceptedMessage) => {
      this.emitter.emit('accepted', message);
    });
    room.onMessage(SERVER_MESSAGES.removed, () => {
      this.finish(true);
    });
    room.onDrop(() => {
      this.connected = false;
      this.publish();
      this.emitter.emit('connection', { connected: false });
    });
    room.onReconnect(() => {
      this.connected = true;
      this.store();
      this.publish();
      this.emitter.emit('connection', { connected: true });
    });
    room.onLeave(() => {
      if (!this.closed) this.finish(false);
    });
  }

  private finish(removed: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.host.storage.removeItem(ROOM_STORAGE_KEY);
    this.publish();
    this.emitter.emit('left', { removed });
  }

  private store(): void {
    const entry: StoredRoom = {
      role: this.role,
      code: this.room.roomId,
      token: this.room.reconnectionToken,
      teacherKey: this.teacherKey,
    };
    this.host.storage.setItem(ROOM_STORAGE_KEY, JSON.stringify(entry));
  }

  private publish(): void {
    if (this.closed) {
      this.host.publish(null);
      return;
    }
    this.host.publish({
      code: this.room.roomId,
      role: this.role,
      team: this.role === 'student' ? (this.latest?.you.team ?? null) : null,
      connected: this.connected,
    });
  }
}
