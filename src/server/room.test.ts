import type { ColyseusTestServer } from '@colyseus/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXPIRED_RECONNECTION_CODE,
  JOIN_REFUSED_CODE,
  ROOM_NAME,
  UNKNOWN_ROOM_CODE,
  isRoomCode,
} from './protocol.ts';
import type { RunningServer } from './server.ts';
import {
  Device,
  TEACHER_KEY,
  boot,
  createRoom,
  joinError,
  joinRoom,
  legalPick,
  setup,
} from './test/harness.ts';

const RECONNECT_SECONDS = 2;
let server: RunningServer;
let test: ColyseusTestServer;

beforeAll(async () => {
  ({ server, test } = await boot(4271, { reconnectSeconds: RECONNECT_SECONDS }));
});
afterAll(async () => {
  await test.cleanup();
  await server.close();
});

describe('creating and joining a room', () => {
  it('gives the room a 6-character code without look-alikes and admits a student by it', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    expect(isRoomCode(code)).toBe(true);
    expect(code).not.toMatch(/[01OIL]/);
    expect(teacher.view?.you.role).toBe('teacher');
    const ana = await joinRoom(test, code, '  Ana  ', 'team1');
    expect(ana.view?.you).toMatchObject({ role: 'student', team: 'team1' });
    await teacher.until(() => teacher.view?.roster.some((r) => r.nickname === 'Ana'));
    expect(ana.view?.record.setup.pin).toBeNull();
  });

  it('refuses a setup the model refuses, and a create without a teacher key', async () => {
    const bad = joinError(
      test.sdk.create(ROOM_NAME, { setup: setup({ pin: '12' }), teacherKey: TEACHER_KEY }),
    );
    expect((await bad).message).toBe('invalidSetup');
    const keyless = await joinError(test.sdk.create(ROOM_NAME, { setup: setup() }));
    expect(keyless.message).toBe('invalidOptions');
  });

  it('refuses an unknown code, a bad nickname, a taken one and an unknown team', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    const unknown = await joinError(test.sdk.joinById('ZZZZZZ', { nickname: 'Bo' }));
    expect(unknown.code).toBe(UNKNOWN_ROOM_CODE);
    await joinRoom(test, code, 'Bo');
    const refused = async (options: object) =>
      joinError(test.sdk.joinById(code, options)).then((e) => [e.code, e.message]);
    expect(await refused({ nickname: 'bo' })).toEqual([JOIN_REFUSED_CODE, 'nicknameTaken']);
    expect(await refused({ nickname: '   ' })).toEqual([JOIN_REFUSED_CODE, 'nicknameEmpty']);
    expect(await refused({ nickname: 'x'.repeat(25) })).toEqual([
      JOIN_REFUSED_CODE,
      'nicknameTooLong',
    ]);
    expect(await refused({ nickname: 'Eve\u202E' })).toEqual([
      JOIN_REFUSED_CODE,
      'nicknameInvalid',
    ]);
    expect(await refused({ nickname: 'Cy', team: 'team9' })).toEqual([
      JOIN_REFUSED_CODE,
      'unknownTeam',
    ]);
    expect(await refused({ nickname: 'Cy', email: 'a@b' })).toEqual([
      JOIN_REFUSED_CODE,
      'invalidOptions',
    ]);
    expect(await refused({ teacherKey: 'x'.repeat(20) })).toEqual([
      JOIN_REFUSED_CODE,
      'wrongTeacherKey',
    ]);
  });

  it('refuses new students once the teacher locks the room, but lets the teacher back in', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    expect(await teacher.ask('lock', { locked: true })).toBeNull();
    const locked = await joinError(test.sdk.joinById(code, { nickname: 'Late' }));
    expect([locked.code, locked.message]).toEqual([JOIN_REFUSED_CODE, 'roomLocked']);
    const again = new Device(await test.sdk.joinById(code, { teacherKey: TEACHER_KEY }));
    await again.until(() => again.view?.you.role === 'teacher');
    expect(await teacher.ask('lock', { locked: false })).toBeNull();
    await joinRoom(test, code, 'Late');
  });
});

describe('moderation and teams', () => {
  it('lets the teacher rename, move and remove students, and no one else', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    const dan = await joinRoom(test, code, 'Dan');
    const id = dan.view?.you.id ?? '';
    expect((await dan.ask('rename', { student: id, nickname: 'Boss' }))?.reason).toBe('notTeacher');
    expect(await dan.ask('pickTeam', { team: 'team2' })).toBeNull();
    expect((await dan.ask('pickTeam', { team: 'team1' }))?.reason).toBe('hasTeam');
    expect(await teacher.ask('place', { student: id, team: 'team1' })).toBeNull();
    await dan.until(() => dan.view?.you.team === 'team1');
    expect(await teacher.ask('rename', { student: id, nickname: 'Daniel' })).toBeNull();
    await dan.until(() => dan.view?.roster.find((r) => r.id === id)?.nickname === 'Daniel');
    expect((await teacher.ask('place', { student: 'nobody', team: 'team1' }))?.reason).toBe(
      'unknownStudent',
    );
    const left = new Promise<number>((resolve) => {
      dan.room.onLeave((closeCode) => {
        resolve(closeCode);
      });
    });
    expect(await teacher.ask('remove', { student: id })).toBeNull();
    expect(await left).toBe(4101);
    await teacher.until(() => teacher.view?.roster.length === 0);
  });
});

describe('authority', () => {
  it('refuses a forged intent for another team, a student console intent and a second submit', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    const eva = await joinRoom(test, code, 'Eva', 'team1');
    const forged = await eva.ask('propose', {
      team: 'team2',
      pick: { kind: 'take', role: 'government', measure: 'x' },
    });
    expect(forged?.reason).toBe('otherTeam');
    expect((await eva.ask('intent', { intent: { kind: 'advanceRound' } }))?.reason).toBe(
      'notTeacher',
    );
    const otherRole = teacher.session().setup.teams[1]?.roles[0] ?? 'partners';
    const notMine = await eva.ask('propose', {
      pick: { kind: 'take', role: otherRole, measure: 'x' },
    });
    expect(notMine?.reason).toBe('roleNotYours');
    const pick = legalPick(eva.session(), 'team1');
    expect(pick).not.toBeNull();
    expect(await eva.ask('propose', { pick })).toBeNull();
    const revision = await eva.until(() => eva.view?.proposals.team1?.revision);
    expect((await eva.ask('submit', { revision: revision - 1 }))?.reason).toBe('staleProposals');
    expect(await eva.ask('submit', { revision })).toBeNull();
    await teacher.until(() => teacher.view?.record.done.includes('team1'));
    expect(teacher.session().attribution).toContain('team1');
    const again = await eva.ask('submit', { revision: eva.view?.proposals.team1?.revision ?? 0 });
    expect(again?.reason).toBe('teamDone');
  });
});

describe('bad input', () => {
  it('refuses malformed, unknown and oversized messages and keeps the room alive', async () => {
    const teacher = await createRoom(test);
    const fay = await joinRoom(test, teacher.view?.code ?? '', 'Fay', 'team1');
    expect((await fay.ask('propose', { pick: { kind: 'steal' } }))?.reason).toBe('invalidMessage');
    expect((await fay.ask('submit', { revision: 'one' }))?.reason).toBe('invalidMessage');
    expect((await fay.ask('note', { round: 1, text: 'n'.repeat(3000) }))?.reason).toBe('tooLarge');
    expect((await teacher.ask('intent', { intent: { kind: 'tick', ms: 1e9 } }))?.reason).toBe(
      'invalidMessage',
    );
    fay.room.send('shout', { ref: 99 });
    const unknown = await fay.until(() => fay.replies.find((r) => r.ref === null));
    expect(unknown).toMatchObject({ type: 'shout', reason: 'unknownMessage' });
    fay.room.send('sync', 'not an object');
    expect(await fay.ask('sync')).toBeNull();
    expect(await fay.ask('note', { round: 1, text: 'We act early.' })).toBeNull();
    await teacher.until(() => teacher.view?.record.notes.some((n) => n.text === 'We act early.'));
  });

  it('answers a flood with rateLimited, then serves the client again', async () => {
    const teacher = await createRoom(test);
    const gus = await joinRoom(test, teacher.view?.code ?? '', 'Gus', 'team1');
    for (let i = 0; i < 40; i++) gus.room.send('sync', { ref: 1000 + i });
    await gus.until(() => gus.replies.some((r) => 'reason' in r && r.reason === 'rateLimited'));
    const served = gus.replies.filter((r) => r.ref !== null && r.ref >= 1000 && !('reason' in r));
    expect(served.length).toBeLessThan(30);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await gus.ask('sync')).toBeNull();
  });
});

describe('reconnection', () => {
  it('puts a dropped student back in the same team with its proposals and the others kept', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    const hal = await joinRoom(test, code, 'Hal', 'team1');
    const ivy = await joinRoom(test, code, 'Ivy', 'team1');
    const pick = legalPick(hal.session(), 'team1');
    expect(await hal.ask('propose', { pick })).toBeNull();
    const token = hal.room.reconnectionToken;
    const id = hal.view?.you.id;
    hal.room.reconnection.enabled = false;
    hal.room.connection.close(4002);
    await teacher.until(() => teacher.view?.roster.find((r) => r.id === id)?.connected === false);
    expect(await ivy.ask('note', { round: 1, text: 'While Hal was away' })).toBeNull();
    hal.rebind(await test.sdk.reconnect(token));
    expect(await hal.ask('sync')).toBeNull();
    expect(hal.view?.you).toMatchObject({ id, team: 'team1' });
    expect(hal.view?.proposals.team1?.proposals).toHaveLength(1);
    expect(hal.view?.record.notes.map((n) => n.text)).toEqual(['While Hal was away']);
    await teacher.until(() => teacher.view?.roster.find((r) => r.id === id)?.connected === true);
    const revision = hal.view?.proposals.team1?.revision ?? -1;
    expect(await hal.ask('submit', { revision })).toBeNull();
    await teacher.until(() => teacher.view?.record.done.includes('team1'));
  });

  it('forgets a student that did not come back within the window', async () => {
    const teacher = await createRoom(test);
    const jo = await joinRoom(test, teacher.view?.code ?? '', 'Jo', 'team2');
    const token = jo.room.reconnectionToken;
    jo.room.reconnection.enabled = false;
    jo.room.connection.close(4002);
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_SECONDS * 1000 + 300));
    await teacher.until(() => teacher.view?.roster.length === 0);
    const late = await joinError(test.sdk.reconnect(token));
    expect(late.code).toBe(EXPIRED_RECONNECTION_CODE);
  });

  it('lets the teacher resume with the key after its device dropped', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    await teacher.room.leave(true);
    const resumed = new Device(await test.sdk.joinById(code, { teacherKey: TEACHER_KEY }));
    await resumed.until(() => resumed.view?.you.role === 'teacher');
    expect(await resumed.ask('intent', { intent: { kind: 'hideRisk', hidden: true } })).toBeNull();
    await resumed.until(() => resumed.view?.record.riskHidden);
  });
});
