import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import { compileScenario, createGame, newGame, step } from '../../core/index.ts';
import { playView } from './view.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

describe('playView', () => {
  it('shows each role with its cards and the capacity left', () => {
    let state = createGame(content, FIXTURE_SCENARIO, { seed: 4 });
    const before = playView(state).roles.find((role) => role.id === 'government');
    state = step(state, {
      kind: 'takeMeasure',
      role: 'government',
      measure: 'risk_assessment',
    }).state;
    const view = playView(state);
    const government = view.roles.find((role) => role.id === 'government');
    expect(government?.capacityLeft).toBe((before?.capacityLeft ?? 0) - 2);
    const card = government?.cards.find((c) => c.measure.id === 'risk_assessment');
    expect(card?.status).toBe('pending');
    expect(card?.activeFrom).toBeGreaterThanOrEqual(1);
    expect(card?.canWithdraw).toBe(true);
    expect(view.inPlay.map((m) => m.id)).toEqual(['risk_assessment']);
    // The round's total stays what it was: points spent are part of it.
    expect(government?.capacity).toBe(before?.capacity);
  });

  it("counts points carried over in the round's total, so never more left than in all", () => {
    const model = compileScenario(content, FIXTURE_SCENARIO);
    let state = newGame({ ...model, params: { ...model.params, capacityCarry: 2 } }, { seed: 4 });
    const base = playView(state).roles.find((role) => role.id === 'nhri')?.capacity ?? 0;
    state = step(state, { kind: 'endRound' }).state;
    const nhri = playView(state).roles.find((role) => role.id === 'nhri');
    expect(nhri?.capacity).toBe(base + 2);
    expect(nhri?.capacityLeft).toBe(base + 2);
    state = step(state, { kind: 'takeMeasure', role: 'nhri', measure: 'nhri_monitoring' }).state;
    const after = playView(state).roles.find((role) => role.id === 'nhri');
    expect(after?.capacity).toBe(base + 2);
    expect(after?.capacityLeft).toBe(base);
  });

  it('marks cards that cost more than is left as blocked, with the reason', () => {
    let state = createGame(content, FIXTURE_SCENARIO, { seed: 4 });
    const government = () => playView(state).roles.find((role) => role.id === 'government');
    while ((government()?.capacityLeft ?? 0) > 0) {
      const available = government()?.cards.find((c) => c.status === 'available');
      if (!available) break;
      state = step(state, {
        kind: 'takeMeasure',
        role: 'government',
        measure: available.measure.id,
      }).state;
    }
    const blocked = government()?.cards.filter((c) => c.status === 'blocked') ?? [];
    for (const card of blocked) expect(card.blocker).not.toBeNull();
  });

  it('lists detected signs newest first, and never an undetected one', () => {
    let state = createGame(content, FIXTURE_SCENARIO, { seed: 11 });
    for (let i = 0; i < 8; i++) state = step(state, { kind: 'endRound' }).state;
    const view = playView(state);
    const detected = state.signs.filter((sign) => sign.detectedRound !== null);
    expect(view.signs.map((s) => s.uid)).toEqual(detected.map((s) => s.uid).reverse());
    for (const sign of view.signs) {
      expect(sign.confidence).toBeGreaterThan(0);
      expect(sign.seenFrom).toBeLessThanOrEqual(state.round);
    }
  });

  it('puts the scheduled triggers on the calendar by round', () => {
    const state = createGame(content, FIXTURE_SCENARIO, { seed: 1 });
    const view = playView(state);
    const scheduled = state.model.turns.flatMap((turn, i) =>
      turn.triggers.filter((trigger) => trigger.announced).map(() => i + 1),
    );
    expect(scheduled.length).toBeGreaterThan(0);
    expect(view.calendar.map((entry) => entry.round)).toEqual(scheduled);
  });

  it('shows a trigger the facilitator brought forward in its new round', () => {
    const state = step(createGame(content, FIXTURE_SCENARIO, { seed: 1 }), {
      kind: 'advanceTrigger',
      trigger: 'election',
    }).state;
    const calendar = playView(state).calendar.map((entry) => [entry.round, entry.trigger]);
    expect(calendar).toContainEqual([1, 'election']);
    expect(calendar).not.toContainEqual([9, 'election']);
  });
});
