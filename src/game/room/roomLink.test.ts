import type { ColyseusTestServer } from '@colyseus/testing';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestRound } from '../../classroom/state.ts';
import { boot, content, setup } from '../../server/test/harness.ts';
import type { RunningServer } from '../../server/server.ts';
import type { RoomHook } from '../testHook.ts';
import { refusalOf } from './refusals.ts';
import { RoomLink, storedRoom, type LinkHost } from './roomLink.ts';
import { roomSession, teacherSender } from './roomSession.ts';
import { ROOM_STORAGE_KEY } from './storageKey.ts';

const PORT = 4298;
const ORIGIN = `http://127.0.0.1:${String(PORT)}`;

let server: RunningServer;
let test: ColyseusTestServer;

beforeAll(async () => {
  ({ server, test } = await boot(PORT, { reconnectSeconds: 5 }));
});
afterAll(async () => {
  await test.cleanup();
  await server.close();
});

/** One device's tab: its storage and the test hook it publishes. */
function tab(): LinkHost & { hook: RoomHook | null; items: Map<string, string> } {
  const items = new Map<string, string>();
  const host = {
    hook: null as RoomHook | null,
    items,
    origin: ORIGIN,
    storage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        items.set(key, value);
      },
      removeItem: (key: string) => {
        items.delete(key);
      },
    },
    publish: (room: RoomHook | null) => {
      host.hook = room;
    },
  };
  return host;
}

async function until<T>(test: () => T | null | undefined | false): Promise<T> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const value = test();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${test.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function linked(outcome: Promise<Awaited<ReturnType<typeof RoomLink.join>>>) {
  const result = await outcome;
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.link;
}

describe('a device linked to a classroom room', () => {
  it('knows whether its origin runs the classroom server', async () => {
    expect(await RoomLink.available(`${ORIGIN}/act-early/`)).toBe(true);
    expect(await RoomLink.available('http://127.0.0.1:9')).toBe(false);
    // A static host serves the build's own rooms.json, which says no.
    const probe = readFileSync(new URL('../../../public/rooms.json', import.meta.url), 'utf8');
    const host = createServer((req, res) => {
      if (req.url === '/act-early/rooms.json') res.writeHead(200).end(probe);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => host.listen(4297, '127.0.0.1', resolve));
    try {
      expect(await RoomLink.available('http://127.0.0.1:4297/act-early/')).toBe(false);
    } finally {
      host.close();
    }
  });

  it('opens, joins, follows the room and comes back after a reload', async () => {
    const desk = tab();
    const teacher = await linked(RoomLink.create(desk, setup()));
    const session = await roomSession(content, teacher, teacherSender(teacher));
    expect(session?.isRemote).toBe(true);
    const code = teacher.code;
    expect(desk.hook).toEqual({ code, role: 'teacher', team: null, connected: true });
    expect(storedRoom(desk.storage)?.role).toBe('teacher');

    const phone = tab();
    const ana = await linked(RoomLink.join(phone, code, 'Ana'));
    await until(() => ana.view);
    ana.send('pickTeam', { team: 'team1' });
    await until(() => phone.hook?.team === 'team1');
    expect(phone.hook).toEqual({ code, role: 'student', team: 'team1', connected: true });

    // The teacher's console intents go to the room; the projector only shows what comes back.
    const before = session?.state.riskHidden;
    session?.dispatch({ kind: 'hideRisk', hidden: true });
    expect(session?.state.riskHidden).toBe(before);
    await until(() => session?.state.riskHidden === true);

    // A student's team note (the field on the device) reaches the projector's session.
    const round = session ? latestRound(session.state) : 0;
    ana.send('note', { team: 'team1', round, text: 'Talk first' });
    await until(() => (session?.state.notes.length ?? 0) > 0);
    expect(session?.state.notes).toEqual([{ team: 'team1', round, text: 'Talk first' }]);

    // A refused message comes back with its reason.
    const refusals: string[] = [];
    ana.on('rejected', ({ reason }) => refusals.push(reason));
    ana.send('lock', { locked: true });
    await until(() => refusals.length > 0);
    expect(refusals).toEqual(['notTeacher']);

    // A reload: a new page of the same tab resumes with the stored token, same team.
    const stored = phone.items.get(ROOM_STORAGE_KEY);
    const reloaded = tab();
    reloaded.items.set(ROOM_STORAGE_KEY, stored ?? '');
    // The page goes away without leaving: its socket just closes.
    (
      ana as unknown as { room: { connection: { close(code?: number): void } } }
    ).room.connection.close(4000);
    const back = await RoomLink.resume(reloaded);
    if (!back?.ok) throw new Error('did not resume');
    await until(() => reloaded.hook?.team === 'team1');
    expect(back.link.role).toBe('student');
    await back.link.leave();
    expect(reloaded.hook).toBeNull();
    expect(reloaded.items.has(ROOM_STORAGE_KEY)).toBe(false);
    await teacher.leave();
  });

  it('explains a locked room, a taken nickname and a wrong code', async () => {
    const desk = tab();
    const teacher = await linked(RoomLink.create(desk, setup()));
    await until(() => teacher.view);
    await linked(RoomLink.join(tab(), teacher.code, 'Léa'));
    const taken = await RoomLink.join(tab(), teacher.code, 'LÉA');
    expect(taken).toEqual({ ok: false, problem: 'nicknameTaken' });
    teacher.send('lock', { locked: true });
    await until(() => teacher.view?.locked);
    const late = tab();
    expect(await RoomLink.join(late, teacher.code, 'Zoé')).toEqual({
      ok: false,
      problem: 'roomLocked',
    });
    expect(late.hook).toBeNull();
    const wrong = teacher.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect(await RoomLink.join(tab(), wrong, 'Zoé')).toEqual({
      ok: false,
      problem: 'unknownRoom',
    });
    expect(await RoomLink.resume(tab())).toBeNull();
    await teacher.leave();
  });

  it('turns any other failure into "unreachable"', () => {
    expect(refusalOf(new Error('socket hang up'))).toBe('unreachable');
    expect(refusalOf({ code: 4403, message: 'roomFull' })).toBe('roomFull');
    expect(refusalOf({ code: 524, message: 'expired' })).toBe('expired');
    expect(refusalOf(null)).toBe('unreachable');
  });
});
