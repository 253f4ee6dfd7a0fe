import { matchMaker } from '@colyseus/core';
import type { ColyseusTestServer } from '@colyseus/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './server.ts';
import { boot, createRoom, joinRoom, legalPick, type Device } from './test/harness.ts';

let server: RunningServer;
let test: ColyseusTestServer;
const RETENTION_MINUTES = 0.02;

beforeAll(async () => {
  ({ server, test } = await boot(4272, {
    rateLimit: { burst: 1000, perSecond: 1000 },
    retentionMinutes: RETENTION_MINUTES,
  }));
});
afterAll(async () => {
  await test.cleanup();
  await server.close();
});

/** The teacher moves on from results and discussions until a round opens or the debrief. */
async function continueToPlay(teacher: Device): Promise<void> {
  for (;;) {
    const phase = await teacher.until(() => teacher.view?.record.phase);
    if (phase.kind === 'entry' || phase.kind === 'debrief') return;
    expect(await teacher.ask('intent', { intent: { kind: 'continue' } })).toBeNull();
    await teacher.until(() => teacher.view?.record.phase !== phase);
  }
}

describe('a classroom game on devices', () => {
  it('is played by two teams of two to its debrief, and the room is forgotten after it ends', async () => {
    const teacher = await createRoom(test);
    const code = teacher.view?.code ?? '';
    const teams = {
      team1: [await joinRoom(test, code, 'Ana', 'team1'), await joinRoom(test, code, 'Ben')],
      team2: [await joinRoom(test, code, 'Chloé', 'team2'), await joinRoom(test, code, '小明')],
    };
    const ben = teams.team1[1];
    const ming = teams.team2[1];
    if (!ben?.view || !ming?.view) throw new Error('no view');
    expect(await ben.ask('pickTeam', { team: 'team1' })).toBeNull();
    expect(await teacher.ask('place', { student: ming.view.you.id, team: 'team2' })).toBeNull();
    expect(await teacher.ask('lock', { locked: true })).toBeNull();

    const rounds = teacher.session().game.model.rounds;
    let taken = 0;
    for (let round = 1; round <= rounds; round++) {
      for (const [team, [proposer, submitter]] of Object.entries(teams)) {
        if (!proposer || !submitter) throw new Error('team of two');
        const pick = legalPick(proposer.session(), team);
        if (pick) {
          expect(await proposer.ask('propose', { pick })).toBeNull();
          taken++;
        }
        const revision = await submitter.until(() => {
          const mine = submitter.view?.proposals[team];
          return mine?.proposals.length === (pick ? 1 : 0) ? mine.revision : null;
        });
        expect(Object.keys(submitter.view?.proposals ?? {})).toEqual([team]);
        expect(await submitter.ask('submit', { revision })).toBeNull();
      }
      await continueToPlay(teacher);
    }

    const end = teacher.session();
    expect(teacher.view?.record.phase).toEqual({ kind: 'debrief', early: false });
    expect(end.game.finished).toBe(true);
    expect(end.game.log.filter((a) => a.kind === 'endRound')).toHaveLength(rounds);
    expect(end.game.measures).toHaveLength(taken);
    expect(taken).toBeGreaterThan(rounds);
    expect(new Set(end.attribution)).toEqual(new Set(['team1', 'team2', 'facilitator']));
    const ana = teams.team1[0];
    await ana?.until(() => ana.view?.record.phase.kind === 'debrief');
    expect(ana?.session().game.log).toEqual(end.game.log);

    expect(await teacher.ask('intent', { intent: { kind: 'endSession' } })).toBeNull();
    expect(await matchMaker.query({ roomId: code })).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, RETENTION_MINUTES * 60_000 + 800));
    expect(await matchMaker.query({ roomId: code })).toHaveLength(0);
  }, 30_000);
});
