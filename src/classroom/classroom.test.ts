import { describe, expect, it } from 'vitest';
import type { RoleId } from '../core/index.ts';
import { createClassroom, reduceClassroom } from './classroom.ts';
import type { ClassroomState } from './state.ts';
import { content, rejection, run, setupFor, start } from './test/helpers.ts';

const take = (by: string, role: RoleId, measure: string) =>
  ({ kind: 'takeMeasure', by, role, measure }) as const;

/** Hot seat: every team takes its turn without acting. */
function passRound(state: ClassroomState): ClassroomState {
  let current = state;
  while (current.phase.kind === 'handoff') {
    const team = current.phase.team;
    current = run(current, [{ kind: 'startTurn' }, { kind: 'teamDone', team }]).state;
  }
  return current;
}

describe('createClassroom', () => {
  it('refuses a setup with problems and starts a valid one at the first handoff', () => {
    const bad = createClassroom(content, { ...setupFor(2), pin: '12' });
    expect(bad).toEqual({ ok: false, problems: [{ kind: 'badPin' }] });
    const state = start(setupFor(3));
    expect(state.phase).toEqual({ kind: 'handoff', team: 'team1' });
    expect(state.timer).toBeNull();
    expect(state.game.roles).toEqual([
      'government',
      'nhri',
      'civil_society',
      'un_system',
      'partners',
    ]);
    expect(state.schedule.turnSeconds).toBeGreaterThan(0);
  });
});

describe('hot seat', () => {
  it('lets only the team on turn act, for its own roles, and attributes every core action', () => {
    let state = start(setupFor(3));
    expect(rejection(state, take('team1', 'government', 'risk_assessment'))).toBe('notYourTurn');
    state = run(state, [{ kind: 'startTurn' }]).state;
    expect(state.phase).toEqual({ kind: 'turn', team: 'team1' });
    expect(state.timer?.limitMs).toBe((state.schedule.turnSeconds ?? 0) * 1000);
    expect(rejection(state, take('team2', 'civil_society', 'media_workshops'))).toBe('notYourTurn');
    expect(rejection(state, take('team1', 'civil_society', 'media_workshops'))).toBe(
      'roleNotYours',
    );
    expect(rejection(state, take('team1', 'government', 'mediation'))).toBe('core:wrongRole');
    expect(rejection(state, { kind: 'teamDone', team: 'team2' })).toBe('notYourTurn');

    const took = run(state, [take('team1', 'government', 'risk_assessment')]);
    expect(took.effects.map((e) => e.kind)).toEqual(['core', 'persist']);
    const done = run(took.state, [{ kind: 'teamDone', team: 'team1' }]);
    expect(done.state.game.ended).toEqual(['government', 'nhri']);
    expect(done.state.phase).toEqual({ kind: 'handoff', team: 'team2' });
    expect(done.state.timer).toBeNull();
    expect(done.effects.filter((e) => e.kind === 'phase')).toHaveLength(1);

    state = run(done.state, [
      { kind: 'startTurn' },
      take('team2', 'civil_society', 'media_workshops'),
    ]).state;
    state = run(state, [{ kind: 'teamDone', team: 'team2' }, { kind: 'startTurn' }]).state;
    const resolved = run(state, [{ kind: 'teamDone', team: 'team3' }]);
    expect(resolved.state.phase).toMatchObject({ kind: 'roundResults', round: 1 });
    const coreKinds = resolved.effects.flatMap((e) => (e.kind === 'core' ? [e.action.kind] : []));
    expect(coreKinds).toEqual(['endTurn', 'endTurn', 'endRound']);
    const game = resolved.state.game;
    expect(game.round).toBe(2);
    expect(resolved.state.attribution).toHaveLength(game.log.length);
    expect(resolved.state.attribution).toEqual([
      'team1',
      'team1',
      'team1',
      'team2',
      'team2',
      'team3',
      'team3',
      'facilitator',
    ]);
  });

  it('shares a role played by two teams: its turn ends only when both are done', () => {
    let state = start(setupFor(6));
    state = run(state, [
      { kind: 'startTurn' },
      take('team1', 'government', 'risk_assessment'),
      { kind: 'teamDone', team: 'team1' },
    ]).state;
    expect(state.game.ended).toEqual([]);
    for (const team of ['team2', 'team3', 'team4', 'team5']) {
      state = run(state, [{ kind: 'startTurn' }, { kind: 'teamDone', team }]).state;
    }
    state = run(state, [{ kind: 'startTurn' }]).state;
    expect(state.phase).toEqual({ kind: 'turn', team: 'team6' });
    // The shared capacity: 3 points, 2 already spent by team 1.
    expect(state.game.capacity.government).toBe(1);
    expect(rejection(state, take('team6', 'government', 'dedicated_resources'))).toBe(
      'core:insufficientCapacity',
    );
    const withdraw = {
      kind: 'withdrawMeasure',
      by: 'team6',
      role: 'government',
      measure: 'risk_assessment',
    } as const;
    expect(rejection(state, withdraw)).toBe('notYourMeasure');
    state = run(state, [take('team6', 'government', 'focal_point')]).state;
    const last = run(state, [{ kind: 'teamDone', team: 'team6' }]);
    const ends = last.effects.flatMap((e) =>
      e.kind === 'core' && e.action.kind === 'endTurn' ? [[e.by, e.action.role]] : [],
    );
    expect(ends).toEqual([['team6', 'government']]);
    expect(last.state.phase.kind).toBe('roundResults');
  });

  it('lets a team withdraw its own pending measure', () => {
    let state = run(start(setupFor(3)), [
      { kind: 'startTurn' },
      take('team1', 'government', 'risk_assessment'),
    ]).state;
    state = run(state, [
      { kind: 'withdrawMeasure', by: 'team1', role: 'government', measure: 'risk_assessment' },
    ]).state;
    expect(state.game.capacity.government).toBe(3);
    expect(state.attribution).toEqual(['team1', 'team1']);
  });
});

describe('facilitator entry', () => {
  it('has no handoffs: the facilitator enters any team’s choices, in any order', () => {
    let state = start(setupFor(3, { mode: 'facilitatorEntry' }));
    expect(state.phase).toEqual({ kind: 'entry' });
    expect(state.timer?.limitMs).toBe((state.schedule.turnSeconds ?? 0) * 1000);
    expect(rejection(state, { kind: 'startTurn' })).toBe('wrongPhase');
    state = run(state, [
      take('team3', 'partners', 'mediation'),
      take('team1', 'government', 'focal_point'),
      { kind: 'teamDone', team: 'team3' },
    ]).state;
    expect(state.game.ended).toEqual(['un_system', 'partners']);
    expect(rejection(state, take('team3', 'un_system', 'urgent_appeal'))).toBe('teamDone');
    expect(rejection(state, { kind: 'teamDone', team: 'team3' })).toBe('teamDone');
    const skipped = run(state, [{ kind: 'skipTeam', team: 'team2' }]);
    expect(skipped.state.phase.kind).toBe('entry');
    const resolved = run(skipped.state, [{ kind: 'teamDone', team: 'team1' }]).state;
    expect(resolved.phase).toMatchObject({ kind: 'roundResults', round: 1 });
    expect(resolved.attribution).toEqual([
      'team3',
      'team1',
      'team3',
      'team3',
      'facilitator',
      'team1',
      'team1',
      'facilitator',
    ]);
    let next = run(resolved, [{ kind: 'continue' }]).state;
    if (next.phase.kind === 'discussion') next = run(next, [{ kind: 'continue' }]).state;
    expect(next.phase).toEqual({ kind: 'entry' });
    expect(next.done).toEqual([]);
    expect(next.timer?.elapsedMs).toBe(0);
  });
});

describe('facilitator console', () => {
  it('plays its own roles in any play phase, attributed to the facilitator', () => {
    const base = setupFor(2);
    const teams = base.teams.map((t) =>
      t.id === 'team2' ? { ...t, roles: ['un_system' as const] } : t,
    );
    let state = start({ ...base, teams, facilitatorRoles: ['partners'] });
    expect(rejection(state, take('team2', 'partners', 'mediation'))).toBe('roleNotYours');
    state = run(state, [take('facilitator', 'partners', 'mediation')]).state;
    expect(state.attribution).toEqual(['facilitator']);
    expect(rejection(state, take('facilitator', 'government', 'focal_point'))).toBe('roleNotYours');
  });

  it('pauses, extends and skips the timer, skips teams and advances the round', () => {
    let state = run(start(setupFor(3)), [{ kind: 'startTurn' }]).state;
    state = run(state, [{ kind: 'pause' }]).state;
    expect(state.paused).toBe(true);
    expect(rejection(state, take('team1', 'government', 'focal_point'))).toBe('paused');
    expect(reduceClassroom(state, { kind: 'tick', ms: 5000 })).toEqual({ state, effects: [] });
    state = run(state, [{ kind: 'resume' }, { kind: 'extendTimer' }]).state;
    expect(state.timer?.extraMs).toBe(60_000);
    state = run(state, [{ kind: 'skipTimer' }]).state;
    expect(state.timer?.skipped).toBe(true);
    state = run(state, [{ kind: 'skipTeam', team: 'team1' }]).state;
    expect(state.phase).toEqual({ kind: 'handoff', team: 'team2' });
    expect(rejection(state, { kind: 'extendTimer' })).toBe('noTimer');
    // Skipping a team that has not played yet passes it over later.
    state = run(state, [{ kind: 'skipTeam', team: 'team3' }, { kind: 'startTurn' }]).state;
    const resolved = run(state, [{ kind: 'advanceRound' }]);
    expect(resolved.state.phase).toMatchObject({ kind: 'roundResults', round: 1 });
    expect(resolved.state.attribution.at(-1)).toBe('facilitator');
    expect(rejection(resolved.state, { kind: 'advanceRound' })).toBe('wrongPhase');
  });

  it('prompts once when time runs out and never stops the team', () => {
    let state = run(start(setupFor(2)), [{ kind: 'startTurn' }]).state;
    const limit = state.timer?.limitMs ?? 0;
    const quiet = reduceClassroom(state, { kind: 'tick', ms: 1000 });
    expect(quiet.effects).toEqual([]);
    const expiry = reduceClassroom(quiet.state, { kind: 'tick', ms: limit });
    expect(expiry.effects).toEqual([{ kind: 'timerExpired', team: 'team1' }, { kind: 'persist' }]);
    state = expiry.state;
    expect(reduceClassroom(state, { kind: 'tick', ms: 500 }).effects).toEqual([]);
    state = run(state, [take('team1', 'government', 'focal_point')]).state;
    expect(state.game.measures).toHaveLength(1);
  });

  it('brings a trigger forward, attributed to the facilitator', () => {
    const state = start(setupFor(2));
    const moved = run(state, [{ kind: 'advanceTrigger', trigger: 'election' }]);
    expect(moved.effects[0]).toMatchObject({
      kind: 'core',
      by: 'facilitator',
      events: [{ type: 'triggerAdvanced', trigger: 'election', from: 9, to: 1 }],
    });
    expect(moved.state.phase).toEqual(state.phase);
    expect(rejection(moved.state, { kind: 'advanceTrigger', trigger: 'election' })).toBe(
      'core:triggerNotScheduled',
    );
  });

  it('hides the risk meter, reveals the debrief early and ends the session', () => {
    let state = run(start(setupFor(2)), [{ kind: 'hideRisk', hidden: true }]).state;
    expect(state.riskHidden).toBe(true);
    state = run(state, [{ kind: 'revealDebrief' }]).state;
    expect(state.phase).toEqual({ kind: 'debrief', early: true });
    expect(rejection(state, take('team1', 'government', 'focal_point'))).toBe('wrongPhase');
    state = run(state, [{ kind: 'endSession' }]).state;
    expect(state.phase).toEqual({ kind: 'ended' });
    expect(rejection(state, { kind: 'continue' })).toBe('sessionEnded');
  });
});

describe('notes', () => {
  it('keeps one trimmed note per team and round, cut to 140 characters', () => {
    let state = start(setupFor(2));
    state = run(state, [
      { kind: 'note', team: 'team1', round: 1, text: '  first idea ' },
      { kind: 'note', team: 'team1', round: 1, text: 'x'.repeat(200) },
      { kind: 'note', team: 'team2', round: 1, text: 'لأن الخطاب يتصاعد' },
    ]).state;
    expect(state.notes).toEqual([
      { team: 'team1', round: 1, text: 'x'.repeat(140) },
      { team: 'team2', round: 1, text: 'لأن الخطاب يتصاعد' },
    ]);
    expect(rejection(state, { kind: 'note', team: 'team1', round: 2, text: 'later' })).toBe(
      'badRound',
    );
    expect(rejection(state, { kind: 'note', team: 'nobody', round: 1, text: 'x' })).toBe(
      'unknownTeam',
    );
    state = run(state, [{ kind: 'note', team: 'team1', round: 1, text: '   ' }]).state;
    expect(state.notes.map((n) => n.team)).toEqual(['team2']);
  });
});

describe('rounds and discussion pauses', () => {
  it('pauses at each new stage with its question, at preset points, and ends in the debrief', () => {
    let state = start(setupFor(2, { preset: 'min50' }));
    const stages: number[] = [];
    while (state.phase.kind !== 'debrief') {
      state = passRound(state);
      if (state.phase.kind !== 'roundResults') throw new Error(state.phase.kind);
      const { round, discussion } = state.phase;
      const history = state.game.history;
      const changed = history[round]?.stage !== history[round - 1]?.stage;
      const stage = history[round]?.stage ?? 0;
      if (discussion?.reason === 'stage') {
        expect(changed).toBe(true);
        expect(stages).not.toContain(stage);
        expect(discussion).toEqual({
          round,
          reason: 'stage',
          stage,
          questionKey: `discussion.stage${String(stage)}`,
          ns: 'content',
        });
        stages.push(stage);
      } else if (discussion?.reason === 'preset') {
        expect(round).toBe(6);
        expect(discussion.questionKey).toBe('pause.signs');
        expect(discussion.ns).toBe('classroom');
      } else if (!state.game.finished) {
        expect(changed && !stages.includes(stage)).toBe(false);
        expect(round === 6).toBe(false);
      }
      state = run(state, [{ kind: 'continue' }]).state;
      if (state.phase.kind === 'discussion') {
        expect(state.timer?.limitMs).toBe((state.schedule.pauseSeconds ?? 0) * 1000);
        state = run(state, [{ kind: 'continue' }]).state;
      }
    }
    expect(state.game.finished).toBe(true);
    expect(state.phase).toEqual({ kind: 'debrief', early: false });
    // Doing nothing escalates: the class discussed at least one new stage.
    expect(stages.length).toBeGreaterThan(0);
    expect(state.discussions.filter((d) => d.reason === 'stage').map((d) => d.stage)).toEqual(
      stages,
    );
  });

  it('merges a preset pause into a stage pause in the same round and cycles the questions', () => {
    const discussed = (preset: 'min90' | 'untimed') => {
      let state = start(setupFor(2, { preset }, 2));
      while (state.phase.kind !== 'debrief') {
        state = passRound(state);
        state = run(state, [{ kind: 'continue' }]).state;
        if (state.phase.kind === 'discussion') state = run(state, [{ kind: 'continue' }]).state;
      }
      return state.discussions.map((d) => [d.round, d.questionKey]);
    };
    // Seed 2, doing nothing: stage 3 after round 4, 4 after round 6, 5 after round 8. The preset
    // pause of round 6 merges into the stage pause; its question moves on to round 9.
    expect(discussed('min90')).toEqual([
      [3, 'pause.signs'],
      [4, 'discussion.stage3'],
      [6, 'discussion.stage4'],
      [8, 'discussion.stage5'],
      [9, 'pause.together'],
    ]);
    expect(discussed('untimed')).toEqual([
      [4, 'discussion.stage3'],
      [6, 'discussion.stage4'],
      [8, 'discussion.stage5'],
    ]);
  });
});
