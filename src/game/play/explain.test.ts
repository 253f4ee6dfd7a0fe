import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import {
  POLICIES,
  createGame,
  openRng,
  seedRng,
  step,
  type Cause,
  type GameEvent,
  type GameState,
} from '../../core/index.ts';
import { loadProjectContent } from '../../tools/content-dir.ts';
import { explainRound, factorChanges, type Wording } from './explain.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

const wording: Wording = {
  ui: (key, values) => `${key}${values ? JSON.stringify(values) : ''}`,
  name: (kind, id) => `<${kind}:${id}>`,
  stage: (stage) => `<stage:${String(stage)}>`,
  number: (value, digits) => value.toFixed(digits),
  list: (items, or) => items.join(or ? ' | ' : ', '),
};

function playRounds(seed: number, rounds: number): { state: GameState; events: GameEvent[] } {
  let state = createGame(content, FIXTURE_SCENARIO, { seed });
  let events: GameEvent[] = [];
  for (let round = 0; round < rounds; round++) {
    const result = step(state, { kind: 'endRound' });
    state = result.state;
    events = [...result.events];
  }
  return { state, events };
}

describe('explainRound', () => {
  it('explains every trigger, stage change and visible factor change with a reason', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { state, events } = playRounds(seed, 6);
      const lines = explainRound(events, state, wording);
      const triggers = events.filter((event) => event.type === 'triggerFired').length;
      expect(lines.filter((line) => line.text.startsWith('line.trigger'))).toHaveLength(triggers);
      const stageChanges = events.filter((event) => event.type === 'stageChanged').length;
      expect(lines.filter((line) => line.text.startsWith('line.stage'))).toHaveLength(stageChanges);
      for (const line of lines) expect(line.why.length).toBeGreaterThan(0);
    }
  });

  it('never names a warning sign the players could not see', () => {
    let unseenChecked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { state, events } = playRounds(seed, 8);
      const unseen = state.signs
        .filter((sign) => sign.detectedRound === null)
        .map((sign) => sign.id);
      const seen = new Set(state.signs.filter((s) => s.detectedRound !== null).map((s) => s.id));
      const text = explainRound(events, state, wording)
        .map((line) => `${line.text} ${line.why}`)
        .join('\n');
      for (const id of unseen) {
        if (seen.has(id)) continue;
        unseenChecked++;
        expect(text).not.toContain(`<sign:${id}>`);
      }
    }
    expect(unseenChecked).toBeGreaterThan(0);
  });

  it('calls a rising risk worse and rising resilience better', () => {
    const { state, events } = playRounds(3, 4);
    const lines = explainRound(events, state, wording);
    const risk = lines.find((line) => line.text.includes('<factor:hate_speech>'));
    if (risk?.text.startsWith('line.rose')) expect(risk.tone).toBe('worse');
    const worseRises = lines.filter((l) => l.text.startsWith('line.rose') && l.tone === 'worse');
    expect(worseRises.length).toBeGreaterThan(0);
  });
});

describe('what happened in the country (the model issue #15)', () => {
  it('opens with the country as a whole: danger grew, eased or held, and what pushed most', () => {
    let rose = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { state, events } = playRounds(seed, 5);
      const [first] = explainRound(events, state, wording);
      const before = state.history.at(-2)?.threat ?? 0;
      const after = state.history.at(-1)?.threat ?? 0;
      if (after - before >= 1) {
        rose++;
        expect(first?.text).toMatch(/^line\.countryRose/);
        expect(first?.tone).toBe('worse');
        expect(first?.why).toMatch(/^why\.countryRose/);
      } else if (before - after >= 1) {
        expect(first?.text).toMatch(/^line\.countryFell/);
      } else {
        expect(first?.text).toMatch(/^line\.countrySteady/);
      }
    }
    expect(rose).toBeGreaterThan(0);
  });

  it('names the prevention that blunted a new sign, without naming the sign', () => {
    const { state } = playRounds(1, 1);
    const events: GameEvent[] = [
      {
        type: 'signOccurred',
        sign: 'militia_formed',
        uid: 99,
        round: 1,
        factor: 'violence_capacity',
        cause: { kind: 'drift' },
        anticipatedBy: 'mediation',
      },
    ];
    const lines = explainRound(events, state, wording);
    const blunted = lines.find((line) => line.text.startsWith('line.signBlunted'));
    expect(blunted?.text).toContain('<measure:mediation>');
    expect(blunted?.why).toBe('why.blunted');
    expect(lines.map((line) => line.text).join(' ')).not.toContain('militia_formed');
  });

  it('says when a seen sign came back after an answer, weaker', () => {
    const { state } = playRounds(1, 1);
    const occurred: GameEvent = {
      type: 'signOccurred',
      sign: 'inflammatory_rhetoric',
      uid: 7,
      round: 1,
      factor: 'hate_speech',
      cause: { kind: 'drift' },
      recurring: true,
    };
    const detected: GameEvent = {
      type: 'signDetected',
      sign: 'inflammatory_rhetoric',
      uid: 7,
      occurredRound: 1,
      confidence: 0.8,
      clarity: 'high',
    };
    const again = explainRound([occurred, detected], state, wording);
    expect(again.find((l) => l.text.startsWith('line.signSeen'))?.why).toBe('why.recurring');
    const fresh = explainRound([{ ...occurred, recurring: false }, detected], state, wording);
    expect(fresh.find((l) => l.text.startsWith('line.signSeen'))?.why).toBe('why.clarity.high');
  });

  it('lists the points each role saved for the next round', () => {
    const { state } = playRounds(1, 1);
    const lines = explainRound(
      [{ type: 'roundStarted', round: 2, carried: { nhri: 1, government: 2 } }],
      state,
      wording,
    );
    const saved = lines.find((line) => line.text.startsWith('line.saved'));
    expect(saved?.text).toContain('<role:nhri>');
    expect(saved?.text).toContain('<role:government>');
    expect(saved?.why).toBe(`why.saved{"most":${String(state.model.params.capacityCarry)}}`);
    const none = explainRound([{ type: 'roundStarted', round: 2, carried: {} }], state, wording);
    expect(none.some((line) => line.text.startsWith('line.saved'))).toBe(false);
  });

  it('says a measure that answers a seen sign is aimed and works harder', () => {
    let informed = 0;
    for (let seed = 1; seed <= 30 && informed === 0; seed++) {
      let state = createGame(content, FIXTURE_SCENARIO, { seed });
      const rng = openRng(seedRng(seed));
      while (!state.finished) {
        for (const role of state.roles) {
          for (let i = 0; i < 4; i++) {
            const action = POLICIES.signs.next(state, role, rng);
            state = step(state, action).state;
            if (action.kind === 'endTurn') break;
          }
        }
        const { state: next, events } = step(state, { kind: 'endRound' });
        const lines = explainRound(events, next, wording);
        for (const event of events) {
          if (event.type !== 'measureActivated') continue;
          const aimed = next.measures.some((m) => m.uid === event.uid && m.informed);
          const line = lines.find((l) => l.text.includes(`<measure:${event.measure}>`));
          expect(line?.why).toBe(aimed ? 'why.informed' : 'why.delayOver');
          if (aimed) informed++;
        }
        state = next;
      }
    }
    expect(informed).toBeGreaterThan(0);
  });
});

describe('cause lines (1,000 seeded rounds of the project content)', () => {
  const project = loadProjectContent();
  it('never name a cause that pushed a factor against its net change', () => {
    if (!project.ok) throw new Error('project content does not load');
    const scenarios = project.content.scenarios.filter((s) => s.id !== 'tutorial');
    let rounds = 0;
    let lines = 0;
    for (let seed = 1; rounds < 1000; seed++) {
      const scenario = scenarios[seed % scenarios.length];
      if (!scenario) throw new Error('no scenario');
      let state = createGame(project.content, scenario.id, { seed });
      const rng = openRng(seedRng(seed));
      const policy = POLICIES[seed % 2 === 0 ? 'randomFull' : 'early'];
      while (!state.finished) {
        for (const role of state.roles) {
          for (let i = 0; i < 8; i++) {
            const action = policy.next(state, role, rng);
            state = step(state, action).state;
            if (action.kind === 'endTurn') break;
          }
        }
        const { state: next, events } = step(state, { kind: 'endRound' });
        for (const change of factorChanges(events)) {
          const own = events
            .filter((e) => e.type === 'factorChanged' && e.factor === change.factor)
            .filter((e) => e.type === 'factorChanged' && sameCause(e.cause, change.cause))
            .reduce((total, e) => total + (e.type === 'factorChanged' ? e.delta : 0), 0);
          expect(Math.sign(own), `${scenario.id} seed ${String(seed)} ${change.factor}`).toBe(
            Math.sign(change.delta),
          );
          lines++;
        }
        state = next;
        rounds++;
      }
    }
    expect(lines).toBeGreaterThan(5000);
  }, 60_000);

  it('word monitoring running down as decay, not as growing tensions', () => {
    if (!project.ok) throw new Error('project content does not load');
    const state = createGame(project.content, 'election', { seed: 3 });
    const { events } = step(state, { kind: 'endRound' });
    const monitoring = factorChanges(events).find((c) => c.factor === 'nhri_monitoring');
    expect(monitoring?.delta).toBeLessThan(0);
    expect(monitoring?.cause).toEqual({ kind: 'decay' });
    const lines = explainRound(events, state, wording);
    expect(lines.some((l) => l.why.startsWith('why.decay'))).toBe(true);
    expect(lines.some((l) => l.text.includes('nhri_monitoring') && l.why === 'why.drift')).toBe(
      false,
    );
  });
});

function sameCause(a: Cause, b: Cause): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
