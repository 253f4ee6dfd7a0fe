import { describe, expect, it } from 'vitest';
import guide from '../../../locales/en/guide.json';
import { LESSON_PLANS } from './plans.ts';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );
}

describe('lesson plans', () => {
  it('fill a 45-minute and a 90-minute lesson exactly', () => {
    expect(LESSON_PLANS.map((plan) => plan.minutes)).toEqual([45, 90]);
    for (const plan of LESSON_PLANS) {
      expect(plan.steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(plan.minutes);
    }
  });

  it('name only steps the guide has words for', () => {
    for (const plan of LESSON_PLANS) {
      expect(typeof lookup(guide, plan.heading)).toBe('string');
      for (const step of plan.steps) expect(typeof lookup(guide, step.key)).toBe('string');
    }
  });
});
