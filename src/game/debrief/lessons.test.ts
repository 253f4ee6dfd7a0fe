import { describe, expect, it } from 'vitest';
import { createGame, step, type Action, type GameState } from '../../core/index.ts';
import { loadProjectContent } from '../../tools/content-dir.ts';
import type { ContentKey } from '../../content/schema.ts';
import { playScript } from '../../core/test/helpers.ts';
import en from '../../../locales/en/content.json';
import { debriefView } from './debriefView.ts';
import { lessonLine, lessonsOf, missedLines, windowLine, type Lesson } from './lessons.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('content must load');
const content = loaded.content;

/** Play a scenario to the end, taking the given actions at the start of their rounds. */
function play(scenario: string, seed: number, actions: Record<number, Action[]>): GameState {
  return playScript(content, scenario, seed, actions);
}

describe('debrief lessons', () => {
  it('point at a known event nobody prepared for, and not once it was prepared for', () => {
    const idle = lessonsOf(play('election', 3, {}));
    expect(idle).toContainEqual(
      expect.objectContaining({ kind: 'knownTrigger', trigger: 'election', round: 7 }),
    );
    const prepared = lessonsOf(
      play('election', 3, {
        1: [{ kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' }],
      }),
    );
    expect(prepared).not.toContainEqual(
      expect.objectContaining({ kind: 'knownTrigger', trigger: 'election' }),
    );
  });

  it('say how much stronger a structural measure would have been earlier', () => {
    // Let the crisis grow, then take the national action plan late.
    let state = createGame(content, 'election', { seed: 11 });
    while (!state.finished && state.stage < 4) state = step(state, { kind: 'endRound' }).state;
    expect(state.stage).toBeGreaterThanOrEqual(4);
    state = step(state, {
      kind: 'takeMeasure',
      role: 'government',
      measure: 'national_action_plan',
    }).state;
    while (!state.finished) state = step(state, { kind: 'endRound' }).state;
    const late = lessonsOf(state).find((lesson) => lesson.kind === 'lateStage');
    expect(late).toMatchObject({ measure: 'national_action_plan', bestStage: 1 });
    expect(late?.kind === 'lateStage' && late.times).toBeGreaterThanOrEqual(1.5);
  });

  it('notice a focal point left without staff, money or a plan (¶42), and not one backed by a plan', () => {
    const alone = lessonsOf(
      play('election', 5, {
        1: [{ kind: 'takeMeasure', role: 'government', measure: 'appoint_focal_point' }],
      }),
    );
    expect(alone).toContainEqual({ kind: 'emptyFocalPoint' });
    const resourced = lessonsOf(
      play('election', 5, {
        // One capacity point a round: the plan (2 points) comes after a round of saving.
        1: [{ kind: 'takeMeasure', role: 'government', measure: 'appoint_focal_point' }],
        3: [{ kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' }],
      }),
    );
    expect(resourced).not.toContainEqual({ kind: 'emptyFocalPoint' });
  });
});

describe('lesson lines', () => {
  const every: Lesson[] = [
    { kind: 'lateStage', measure: 'm', stage: 4, bestStage: 1, times: 2.5 },
    { kind: 'knownTrigger', trigger: 'election', round: 7, measure: 'm' },
    { kind: 'earlierSight', sign: 's', count: 2 },
    { kind: 'noConsent', measure: 'm' },
    { kind: 'backfire', measure: 'm' },
    { kind: 'emptyFocalPoint' },
    { kind: 'cerdUnknown' },
  ];

  it('give each lesson its own text, with every value its text asks for', () => {
    const lines = every.map(lessonLine);
    expect(new Set(lines.map((line) => line.key)).size).toBe(every.length);
    for (const line of lines) {
      const text = lookup(line.key);
      const given = [
        ...Object.keys(line.numbers),
        ...(line.times === undefined ? [] : ['times']),
        ...(line.measure === undefined ? [] : ['measure']),
        ...(line.sign === undefined ? [] : ['sign']),
        ...(line.trigger === undefined ? [] : ['trigger']),
      ].sort();
      const asked = [...new Set([...text.matchAll(/{{(\w+)/g)].map((m) => m[1] ?? ''))]
        .filter((name) => name !== 'group' && name !== 'region')
        .sort();
      expect(given, line.key).toEqual(asked);
    }
    expect(lines[0]).toMatchObject({ numbers: { stage: 4, bestStage: 1 }, times: 2.5 });
  });

  it('say which signs were answered late and which never, with a measure that would have', () => {
    const never = windowLine({
      sign: 's',
      nameKey: 'k' as ContentKey,
      seenFrom: 3,
      waited: null,
      suggestion: { id: 'm', nameKey: 'n' as ContentKey },
    });
    expect(never).toEqual({
      key: 'missedWindow.neverAnswered',
      numbers: {},
      sign: 's',
      measure: 'm',
    });
    const late = windowLine({
      sign: 's',
      nameKey: 'k' as ContentKey,
      seenFrom: 3,
      waited: 2,
      suggestion: null,
    });
    expect(late).toEqual({
      key: 'missedWindow.lateResponse',
      numbers: { round: 3, count: 2 },
      sign: 's',
    });
  });

  it('list the signs first, then the lessons', () => {
    const state = play('election', 3, {});
    const view = debriefView(state);
    const lines = missedLines(state, view.missedWindows);
    expect(lines.length).toBe(view.missedWindows.length + lessonsOf(state).length);
    expect(lines.slice(0, view.missedWindows.length).map((l) => l.key)).toEqual(
      view.missedWindows.map((w) => windowLine(w).key),
    );
  });
});

/** The English text of a key of the content namespace (every plural form of it, joined). */
function lookup(key: string): string {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = en;
  for (const part of parts) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  const forms = Object.entries((node ?? {}) as Record<string, unknown>)
    .filter(([name]) => name === last || name.startsWith(`${last}_`))
    .map(([, text]) => text);
  if (forms.length === 0) throw new Error(`no text for ${key}`);
  return forms.join(' ');
}
