/** Simulated devices for the classroom server tests (Colyseus's testing tools and SDK). */
import { ColyseusTestServer } from '@colyseus/testing';
import type { Room as SdkRoom } from '@colyseus/sdk';
import {
  defaultSetup,
  restoreClassroom,
  submitTeam,
  type ClassroomSetup,
  type ClassroomState,
  type TeamPick,
} from '../../classroom/index.ts';
import type { Content } from '../../content/schema.ts';
import { loadProjectContent } from '../../tools/content-dir.ts';
import type { RateLimit } from '../rateLimit.ts';
import {
  ROOM_NAME,
  type AcceptedMessage,
  type RejectedMessage,
  type RoomView,
} from '../protocol.ts';
import { startServer, type RunningServer } from '../server.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('content does not load');
/** The game's content. */
export const content: Content = loaded.content;
export const TEACHER_KEY = 'teacher-key-0123456789';

/** A two-team setup of the first scenario with a short untimed lesson. */
export function setup(patch: Partial<ClassroomSetup> = {}): ClassroomSetup {
  const scenario = content.scenarios.find((s) => s.roles.length >= 2) ?? content.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  return {
    ...defaultSetup(scenario, 2, {
      seed: 11,
      mode: 'facilitatorEntry',
      preset: 'untimed',
      nameOf: (i) => `Team ${String(i + 1)}`,
    }),
    ...patch,
  };
}

/** A server on `port` and Colyseus's test client for it. */
export async function boot(
  port: number,
  options: { rateLimit?: RateLimit; retentionMinutes?: number; reconnectSeconds?: number } = {},
): Promise<{ server: RunningServer; test: ColyseusTestServer }> {
  const server = await startServer({ content, port, host: '127.0.0.1', distDir: null, ...options });
  return { server, test: new ColyseusTestServer(server.colyseus) };
}

/** One simulated device: its room connection, the last view and every reply. */
export class Device {
  room: SdkRoom;
  view: RoomView | null = null;
  readonly replies: (AcceptedMessage | RejectedMessage)[] = [];
  private ref = 0;
  private waiters: (() => void)[] = [];

  constructor(room: SdkRoom) {
    this.room = room;
    this.listen();
  }

  /** Follow a new connection of the same device (after a reconnection). */
  rebind(room: SdkRoom): void {
    this.room = room;
    this.listen();
  }

  private listen(): void {
    this.room.onMessage('*', (type: string | number, payload: unknown) => {
      if (type === 'view') this.view = payload as RoomView;
      if (type === 'accepted' || type === 'rejected') {
        this.replies.push(payload as AcceptedMessage | RejectedMessage);
      }
      const waiting = this.waiters;
      this.waiters = [];
      for (const wake of waiting) wake();
    });
  }

  /** Resolves when `test` holds, checked after every message (fails after 5 s). */
  async until<T>(test: () => T | null | undefined | false): Promise<T> {
    const deadline = Date.now() + 2500;
    for (;;) {
      const value = test();
      if (value !== null && value !== undefined && value !== false) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for the room: ${test.toString()}`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 100);
      });
    }
  }

  /** Send a message and wait for its reply: null when accepted, else the refusal. */
  async ask(type: string, payload: object = {}): Promise<RejectedMessage | null> {
    const ref = ++this.ref;
    this.room.send(type, { ...payload, ref });
    const reply = await this.until(() => this.replies.find((r) => r.ref === ref));
    return 'reason' in reply ? reply : null;
  }

  /** The session as this device can rebuild it from its view (a replay of the record). */
  session(): ClassroomState {
    if (!this.view) throw new Error('no view yet');
    const restored = restoreClassroom(content, this.view.record);
    if (!restored.ok) throw new Error(`record does not restore: ${restored.problem}`);
    return restored.state;
  }
}

/** The teacher creates a room. */
export async function createRoom(test: ColyseusTestServer, roomSetup = setup()): Promise<Device> {
  const room = await test.sdk.create(ROOM_NAME, { setup: roomSetup, teacherKey: TEACHER_KEY });
  const teacher = new Device(room);
  await teacher.until(() => teacher.view);
  return teacher;
}

/** A student joins by code. */
export async function joinRoom(
  test: ColyseusTestServer,
  code: string,
  nickname: string,
  team?: string,
): Promise<Device> {
  const options = team === undefined ? { nickname } : { nickname, team };
  const device = new Device(await test.sdk.joinById(code, options));
  await device.until(() => device.view);
  return device;
}

/** The error a refused join throws: `{ code, message }`. */
export async function joinError(
  promise: Promise<unknown>,
): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (e) {
    const error = e as { code?: number; message?: string };
    return { code: error.code ?? 0, message: error.message ?? '' };
  }
  throw new Error('the join was accepted');
}

/** A measure the team may take now (by a dry run of the model), if any. */
export function legalPick(state: ClassroomState, team: string): TeamPick | null {
  const roles = state.setup.teams.find((t) => t.id === team)?.roles ?? [];
  for (const measure of content.measures) {
    if (!roles.includes(measure.role)) continue;
    const pick: TeamPick = { kind: 'take', role: measure.role, measure: measure.id };
    const dry = submitTeam(state, team, [pick], false);
    if (!dry.effects.some((e) => e.kind === 'rejected')) return pick;
  }
  return null;
}
