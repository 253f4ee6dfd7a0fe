import { describe, expect, it } from 'vitest';
import { loadProjectContent } from '../tools/content-dir.ts';
import { projectBase } from '../tools/scenario-report.ts';
import { balanceVerdict, scenarioVerdict } from './balanceVerdict.ts';
import { type ScenarioBalance, balanceOf } from './scenarioBalance.ts';
import { type ScenarioFile, exportScenario } from './scenarioFile.ts';
import type { Scenario } from './schema.ts';

const RISK = [
  'hate_speech',
  'discrimination',
  'impunity',
  'civic_space',
  'instability',
  'violence_capacity',
];
const loaded = loadProjectContent();

function exported(id: string): ScenarioFile {
  const file = exportScenario(projectBase(), id);
  if (!file) throw new Error(`no scenario ${id}`);
  return file;
}

function variant(id: string, change: (scenario: Scenario) => Partial<Scenario>): ScenarioFile {
  const file = exported(id);
  return { ...file, scenario: { ...file.scenario, ...change(file.scenario) } };
}

const risk = (value: number) => Object.fromEntries(RISK.map((factor) => [factor, value]));

function codes(file: ScenarioFile, seeds: number): string[] {
  const balance = balanceOf(projectBase(), file, seeds);
  return scenarioVerdict(file.scenario, balance).findings.map((f) => f.code);
}

describe.runIf(loaded.source === 'data')('the balance verdict on real scenarios', () => {
  const ids = loaded.ok ? loaded.content.scenarios.map((s) => s.id) : [];
  it.each(ids)(
    '%s plays well, after 100 seeds and after 500',
    (id) => {
      expect(codes(exported(id), 100)).toEqual([]);
      expect(codes(exported(id), 500)).toEqual([]);
    },
    60_000,
  );

  it('calls a crisis with no triggers and low risk trivial', () => {
    const calm = variant('election', (s) => ({
      turns: s.turns.map(() => ({ triggers: [] })),
      initial: { ...s.initial, ...risk(10) },
    }));
    expect(codes(calm, 100)).toEqual(['trivial']);
  });

  it('calls a crisis with very high risk and drift unwinnable', () => {
    const doomed = variant('unhealed_past', (s) => ({
      initial: { ...s.initial, ...risk(85) },
      drift: { ...s.drift, ...risk(10) },
    }));
    expect(codes(doomed, 100)).toEqual(['unwinnable']);
  });

  it('tells when an introductory scenario leaves nothing worth doing', () => {
    const bare = variant('tutorial', () => ({ measures: ['commission_of_inquiry'] }));
    expect(codes(bare, 100)).toEqual(['noReward']);
  });
});

/** Figures of four policies: [atrocity, averted, score] each. */
function figures(
  none: [number, number, number],
  early: [number, number, number],
  late: [number, number, number],
  randomFull: [number, number, number],
): ScenarioBalance {
  const of = ([atrocityRate, avertedRate, meanScore]: [number, number, number]) => ({
    atrocityRate,
    avertedRate,
    meanScore,
  });
  return { none: of(none), early: of(early), late: of(late), randomFull: of(randomFull) };
}

describe('the balance verdict on figures', () => {
  it('finds that timing does not matter when acting late averts nearly as often', () => {
    const verdict = balanceVerdict(
      figures([0.9, 0, 5], [0, 0.9, 600], [0, 0.7, 400], [0.3, 0.4, 350]),
    );
    expect(verdict).toEqual({
      playsWell: false,
      findings: [
        {
          code: 'timingIrrelevant',
          earlyAverted: 0.9,
          lateAverted: 0.7,
          change: [
            { setting: 'drift', direction: 'up' },
            { setting: 'triggers', direction: 'up' },
            { setting: 'rounds', direction: 'up' },
          ],
        },
      ],
    });
  });

  it('finds that choices do not matter when random choices avert nearly as often', () => {
    const verdict = balanceVerdict(
      figures([0.9, 0, 5], [0, 0.9, 600], [0.1, 0, 200], [0, 0.8, 550]),
    );
    expect(verdict.findings.map((f) => f.code)).toEqual(['choicesIrrelevant']);
    expect(verdict.findings[0]).toMatchObject({ earlyAverted: 0.9, randomAverted: 0.8 });
  });

  it('keeps an introductory scenario apart from a trivial one, with the same figures', () => {
    const calm = figures([0, 1, 320], [0, 1, 440], [0, 1, 320], [0, 1, 430]);
    expect(balanceVerdict(calm, { introductory: true })).toEqual({ playsWell: true, findings: [] });
    expect(balanceVerdict(calm).findings.map((f) => f.code)).toEqual(['trivial']);
  });

  it('sits each threshold between the figures on either side of it', () => {
    const base = figures([0.9, 0, 5], [0, 0.6, 600], [0.1, 0.29, 200], [0.3, 0.39, 350]);
    expect(balanceVerdict(base).playsWell).toBe(true);
    const hopeless = figures([0.9, 0, 5], [0, 0.59, 600], [0.1, 0, 200], [0.3, 0, 350]);
    expect(balanceVerdict(hopeless).findings.map((f) => f.code)).toEqual(['unwinnable']);
    const easy = figures([0.49, 0.2, 100], [0, 0.9, 600], [0, 0.1, 200], [0, 0.4, 350]);
    expect(balanceVerdict(easy).findings.map((f) => f.code)).toEqual(['trivial']);
  });
});
