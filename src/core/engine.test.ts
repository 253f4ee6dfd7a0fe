import { describe, expect, it } from 'vitest';
import { counterfactual, counterfactualFor, timelineOf } from './counterfactual.ts';
import { visibilityOf } from './escalation.ts';
import { compileScenario, indexOf } from './model.ts';
import { score } from './scoring.ts';
import { playGame } from './simulate.ts';
import { createGame } from './state.ts';
import { legalActions, replay, roundEvents, step } from './step.ts';
import { SCENARIO, advanceTo, content, finish, game, play } from './test/helpers.ts';
import type { Action, GameEvent, GameState } from './types.ts';

describe('createGame and step', () => {
  it('starts at round 1 with full capacity and a round-0 history entry', () => {
    const state = game(7);
    expect(state.round).toBe(1);
    expect(state.model.rounds).toBe(12);
    expect(state.capacity).toEqual({
      government: 3,
      nhri: 2,
      civil_society: 2,
      un_system: 2,
      partners: 2,
    });
    expect(state.history).toHaveLength(1);
    expect(state.history[0]?.round).toBe(0);
  });

  it('never changes the state it is given', () => {
    const state = game(3);
    const before = JSON.stringify(state);
    step(state, { kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' });
    step(state, { kind: 'endRound' });
    expect(JSON.stringify(state)).toBe(before);
  });

  it('rejects an illegal action with a reason and leaves the state as it was', () => {
    const state = game(3);
    const result = step(state, {
      kind: 'takeMeasure',
      role: 'nhri',
      measure: 'national_action_plan',
    });
    expect(result.state).toBe(state);
    expect(result.events).toEqual([
      {
        type: 'actionRejected',
        action: { kind: 'takeMeasure', role: 'nhri', measure: 'national_action_plan' },
        reason: 'wrongRole',
      },
    ]);
    const poor = play(state, [
      { kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' },
    ]).state;
    expect(
      step(poor, { kind: 'takeMeasure', role: 'government', measure: 'risk_assessment' }).events[0],
    ).toMatchObject({ type: 'actionRejected', reason: 'insufficientCapacity' });
  });

  it('lets a role withdraw a pending measure, refunded in the same round only', () => {
    const take: Action = {
      kind: 'takeMeasure',
      role: 'government',
      measure: 'national_action_plan',
    };
    const withdraw: Action = {
      kind: 'withdrawMeasure',
      role: 'government',
      measure: 'national_action_plan',
    };
    const same = play(game(1), [take, withdraw]);
    expect(same.state.capacity.government).toBe(3);
    expect(same.events.at(-1)).toMatchObject({ type: 'measureWithdrawn', refunded: 2 });
    const later = play(game(1), [take, { kind: 'endRound' }, withdraw]);
    expect(later.events.at(-1)).toMatchObject({ type: 'measureWithdrawn', refunded: 0 });
    expect(legalActions(later.state, 'government')).toContainEqual(take);
  });

  it('lets every role act in a round, and plays only the chosen roles', () => {
    const actions = legalActions(game(1));
    const roles = new Set(actions.flatMap((a) => ('role' in a ? [a.role] : [])));
    expect([...roles].sort()).toEqual([
      'civil_society',
      'government',
      'nhri',
      'partners',
      'un_system',
    ]);
    const solo = createGame(content, SCENARIO, { seed: 1, roles: ['government'] });
    expect(legalActions(solo, 'nhri')).toEqual([{ kind: 'endRound' }]);
    expect(solo.capacity).toEqual({ government: 3 });
  });

  it('explains a trigger that meets accumulated risk', () => {
    const { events } = play(game(5), [
      { kind: 'endRound' },
      { kind: 'endRound' },
      { kind: 'endRound' },
    ]);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'triggerFired', trigger: 'economic_shock' }),
    );
    const change = events.find(
      (e) => e.type === 'factorChanged' && e.cause.kind === 'trigger' && e.factor === 'instability',
    );
    expect(change).toMatchObject({
      cause: { kind: 'trigger', id: 'economic_shock', amplifier: 'discrimination' },
    });
  });

  it('reports when a measure takes effect and expires', () => {
    const { events } = play(game(2), [
      { kind: 'takeMeasure', role: 'partners', measure: 'mediation' },
      { kind: 'endRound' },
      { kind: 'endRound' },
    ]);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['measureActivated', 'measureExpired']),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'factorChanged',
        factor: 'instability',
        cause: expect.objectContaining({ kind: 'measure', id: 'mediation' }) as unknown,
      }),
    );
  });

  it('ends the game after the last round with an outcome', () => {
    const state = finish(game(4));
    expect(state.finished).toBe(true);
    expect(state.history).toHaveLength(13);
    expect(legalActions(state)).toEqual([]);
    expect(step(state, { kind: 'endRound' }).events[0]).toMatchObject({ reason: 'finished' });
  });
});

describe('model features', () => {
  it('weakens a focal point without a risk assessment or action plan (¶42)', () => {
    const alone = play(game(1), [
      { kind: 'takeMeasure', role: 'government', measure: 'focal_point' },
      { kind: 'endRound' },
      { kind: 'endRound' },
    ]);
    expect(alone.events).toContainEqual(
      expect.objectContaining({
        type: 'measureWeakened',
        measure: 'focal_point',
        multiplier: 0.25,
      }),
    );
    const paired = play(game(1), [
      { kind: 'takeMeasure', role: 'government', measure: 'risk_assessment' },
      { kind: 'takeMeasure', role: 'government', measure: 'focal_point' },
      { kind: 'endRound' },
      { kind: 'endRound' },
    ]);
    expect(paired.events.filter((e) => e.type === 'measureWeakened')).toEqual([]);
  });

  it('speeds up CERD urgent action when civil society knows the procedure (¶21)', () => {
    const cerd: Action = { kind: 'takeMeasure', role: 'un_system', measure: 'cerd_urgent_action' };
    const plain = play(game(1), [cerd]).state.measures[0];
    const informed = play(game(1), [
      { kind: 'takeMeasure', role: 'civil_society', measure: 'inform_cso_cerd' },
      cerd,
    ]);
    expect(plain?.activeFrom).toBe(3);
    expect(informed.state.measures[1]?.activeFrom).toBe(2);
    expect(informed.events).toContainEqual(
      expect.objectContaining({ type: 'synergy', effect: 'speed', with: 'inform_cso_cerd' }),
    );
  });

  it('makes pressure without cooperation backfire (¶6, ¶29)', () => {
    const start = game(1);
    const hostile: GameState = { ...start, factors: { ...start.factors, cooperation: 10 } };
    const { events, state } = play(hostile, [
      { kind: 'takeMeasure', role: 'un_system', measure: 'urgent_appeal' },
      { kind: 'endRound' },
    ]);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'backfire', measure: 'urgent_appeal' }),
    );
    expect(state.measures[0]?.backfired).toBe(true);
    const friendly = play(start, [
      { kind: 'takeMeasure', role: 'un_system', measure: 'urgent_appeal' },
      { kind: 'endRound' },
    ]);
    expect(friendly.events.filter((e) => e.type === 'backfire')).toEqual([]);
  });

  it('lets signs act on the state even when nobody sees them, and reveals some with a confidence', () => {
    const states = Array.from({ length: 30 }, (_, i) => finish(game(i + 1)));
    const signs = states.flatMap((s) => s.signs);
    expect(signs.some((s) => s.detectedRound === null)).toBe(true);
    const seen = signs.filter((s) => s.detectedRound !== null);
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('sees signs more clearly with monitoring capacity, and blurred by closed civic space', () => {
    const detectedAtOnce = (change: Record<string, number>) => {
      let seen = 0;
      let total = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const start = game(seed);
        const state = finish({ ...start, factors: { ...start.factors, ...change } });
        total += state.signs.length;
        seen += state.signs.filter((s) => s.detectedRound === s.round).length;
      }
      return seen / Math.max(1, total);
    };
    const monitored = detectedAtOnce({
      nhri_monitoring: 100,
      risk_assessment: 100,
      special_procedures: 100,
    });
    const baseline = detectedAtOnce({});
    const closed = detectedAtOnce({ civic_space: 90 });
    expect(monitored).toBeGreaterThan(baseline);
    expect(closed).toBeLessThan(baseline);
    const index = indexOf(game(1).model);
    const v = (f: Record<string, number>) =>
      visibilityOf(game(1).model, index, { ...game(1).factors, ...f });
    expect(v({ nhri_monitoring: 80 })).toBeGreaterThan(v({ nhri_monitoring: 0 }));
    expect(v({ civic_space: 80 })).toBeLessThan(v({ civic_space: 10 }));
  });
});

describe('content-driven extras', () => {
  it('adds role capacity while a resourcing measure is in effect (¶42)', () => {
    const { state } = play(game(1), [
      { kind: 'takeMeasure', role: 'government', measure: 'dedicated_resources' },
      { kind: 'endRound' },
      { kind: 'endRound' },
    ]);
    expect(state.capacity.nhri).toBe(3);
  });

  it('softens a trigger while a measure that damps it is in effect', () => {
    const damping = (actions: Action[]) => {
      const { events } = play(advanceTo(game(8), 8), [
        ...actions,
        { kind: 'endRound' },
        { kind: 'endRound' },
      ]);
      const fired = events.find((e) => e.type === 'triggerFired' && e.trigger === 'election');
      return fired?.type === 'triggerFired' ? fired.damping : NaN;
    };
    const plain = damping([]);
    const workshops = damping([
      { kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' },
    ]);
    expect(workshops).toBeCloseTo(plain * 0.7, 1);
  });

  it('lets a sign occur only near its trigger', () => {
    let occurred = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const sign of finish(game(seed)).signs) {
        if (sign.id !== 'voter_roll_purge') continue;
        occurred++;
        // The election is in round 9; the purge may come only in the 3 rounds before it.
        expect([6, 7, 8, 9]).toContain(sign.round);
      }
    }
    expect(occurred).toBeGreaterThan(0);
  });
});

describe('determinism, replay and saves', () => {
  const script: Action[] = [
    { kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' },
    { kind: 'takeMeasure', role: 'nhri', measure: 'nhri_monitoring' },
    { kind: 'endTurn', role: 'nhri' },
    { kind: 'endRound' },
    { kind: 'takeMeasure', role: 'partners', measure: 'mediation' },
    { kind: 'endRound' },
    { kind: 'endRound' },
  ];

  it('gives identical state, events and score for the same seed and actions', () => {
    const a = play(game(11), script);
    const b = play(game(11), script);
    expect(b.state).toEqual(a.state);
    expect(b.events).toEqual(a.events);
    expect(score(b.state)).toEqual(score(a.state));
    expect(play(game(12), script).state.factors).not.toEqual(a.state.factors);
  });

  it('rebuilds the same state from seed + action log', () => {
    const a = play(game(11), script);
    const r = replay(content, SCENARIO, 11, a.state.log);
    expect(r.state).toEqual(a.state);
    expect(r.events).toEqual(a.events);
    expect(() =>
      replay(content, SCENARIO, 11, [
        { kind: 'endTurn', role: 'nhri' },
        { kind: 'endTurn', role: 'nhri' },
      ]),
    ).toThrow(/rejected/);
  });

  it('rebuilds the events of any resolved round from the log alone', () => {
    let state = game(11);
    const perRound: GameEvent[][] = [];
    for (const action of script) {
      const result = step(state, action);
      if (action.kind === 'endRound') perRound.push([...result.events]);
      state = result.state;
    }
    expect(perRound).toHaveLength(3);
    perRound.forEach((events, index) => {
      expect(roundEvents(state, index + 1)).toEqual(events);
    });
    expect(perRound[0]).not.toEqual(perRound[1]);
    expect(roundEvents(state, 4)).toEqual([]);
  });

  it('survives a JSON round-trip and continues identically', () => {
    const a = play(game(9), script).state;
    const copy = JSON.parse(JSON.stringify(a)) as GameState;
    expect(copy).toEqual(a);
    const rest: Action[] = [
      { kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' },
      { kind: 'endRound' },
      { kind: 'endRound' },
    ];
    expect(play(copy, rest)).toEqual(play(a, rest));
    expect(score(copy)).toEqual(score(a));
  });
});

describe('counterfactual', () => {
  it('takes no measures and matches a `none` policy run and a game of only endRound', () => {
    const mine = finish(
      play(game(21), [{ kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' }])
        .state,
    );
    const cf = counterfactual(mine);
    expect(cf.measuresTaken).toBe(0);
    expect(cf.timeline).toHaveLength(13);
    const none = playGame(compileScenario(content, SCENARIO), 21, 'none');
    expect(none.measures).toEqual([]);
    expect(cf.timeline).toEqual(timelineOf(none));
    expect(cf.timeline).toEqual(timelineOf(finish(game(21))));
    expect(counterfactualFor(content, SCENARIO, 21)).toEqual(cf);
    // Same luck: the start is identical; prevention makes the difference.
    expect(cf.timeline[0]).toEqual(timelineOf(mine)[0]);
    expect(mine.stage).toBeLessThanOrEqual(cf.finalStage);
  });

  it('shows prevention working: an early strategy ends lower than its counterfactual', () => {
    const model = compileScenario(content, SCENARIO);
    const early = playGame(model, 5, 'early');
    const cf = counterfactual(early);
    expect(early.peakStage).toBeLessThan(cf.peakStage);
    expect(advanceTo(game(5), 3).round).toBe(3);
  });
});
