import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import { playGame, score, type Action, type GameState } from '../../core/index.ts';
import { playScript } from '../../core/test/helpers.ts';
import { LATE_RESPONSE, debriefView } from './debriefView.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

function play(seed: number, actions: Record<number, Action[]>): GameState {
  return playScript(content, FIXTURE_SCENARIO, seed, actions);
}

describe('debriefView', () => {
  it("shows the core's own score and a counterfactual without any measure", () => {
    const state = play(21, {
      1: [{ kind: 'takeMeasure', role: 'government', measure: 'risk_assessment' }],
      2: [{ kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' }],
    });
    const view = debriefView(state);
    expect(view.score).toEqual(score(state));
    expect(view.dimensions.reduce((sum, d) => sum + d.points, 0)).toBeCloseTo(view.score.total);
    const none = playGame(state.model, state.seed, 'none', state.roles);
    expect(view.counterfactual.measuresTaken).toBe(0);
    expect(view.counterfactual.peakStage).toBe(none.peakStage);
    expect(view.player).toHaveLength(state.model.rounds + 1);
    for (const mark of view.signMarks) {
      expect(mark.round).toBeGreaterThanOrEqual(1);
      expect(mark.round).toBeLessThanOrEqual(state.model.rounds);
    }
    expect(view.measureMarks).toEqual([
      { round: 1, count: 1 },
      { round: 2, count: 1 },
    ]);
  });

  it('lists each used measure once, with its first round', () => {
    const state = play(2, {
      1: [{ kind: 'takeMeasure', role: 'un_system', measure: 'urgent_appeal' }],
      4: [{ kind: 'takeMeasure', role: 'un_system', measure: 'urgent_appeal' }],
    });
    const used = debriefView(state).usedMeasures.filter((m) => m.id === 'urgent_appeal');
    expect(used).toHaveLength(1);
    expect(used[0]?.firstRound).toBe(1);
  });

  it('counts unanswered (once per sign) or late-answered visible signs as missed windows', () => {
    let recurred = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const state = play(seed, {});
      const view = debriefView(state);
      const seen = state.signs.filter((s) => s.detectedRound !== null);
      const late = seen.filter((s) => s.response !== null && s.response.delay >= LATE_RESPONSE);
      // A sign that recurred unanswered is one missed window.
      const never = new Set(seen.filter((s) => s.response === null).map((s) => s.id));
      expect(view.missedWindows).toHaveLength(late.length + never.size);
      expect(view.stagesReached).toContain(state.peakStage);
      if (seen.filter((s) => s.response === null).length > never.size) recurred++;
    }
    // Some of these games saw an unanswered sign come back, so the grouping was exercised.
    expect(recurred).toBeGreaterThan(0);
  });
});
