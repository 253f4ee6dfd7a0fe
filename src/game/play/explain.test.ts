import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import { createGame, step, type GameEvent, type GameState } from '../../core/index.ts';
import { explainRound, type Wording } from './explain.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

const wording: Wording = {
  ui: (key, values) => `${key}${values ? JSON.stringify(values) : ''}`,
  name: (kind, id) => `<${kind}:${id}>`,
  number: (value, digits) => value.toFixed(digits),
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
