/** Shared fixtures of the classroom tests. */
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import type { Content, Scenario } from '../../content/schema.ts';
import { createClassroom, reduceClassroom } from '../classroom.ts';
import { defaultSetup } from '../setup.ts';
import type { ClassroomEffect, ClassroomIntent, ClassroomState } from '../state.ts';
import type { ClassroomSetup } from '../types.ts';

/** The validated fixture content (one 12-round scenario with all five roles). */
export const content: Content = loadContentOrThrow(fixtureFiles, fixtureLocale);
export const SCENARIO = FIXTURE_SCENARIO;

/** The fixture scenario. */
export function scenario(): Scenario {
  const found = content.scenarios.find((s) => s.id === SCENARIO);
  if (!found) throw new Error('fixture scenario missing');
  return found;
}

/** A default setup with names `Team 1…`, changed by `patch`. */
export function setupFor(
  teams: number,
  patch: Partial<ClassroomSetup> = {},
  seed = 7,
): ClassroomSetup {
  const base = defaultSetup(scenario(), teams, {
    seed,
    nameOf: (i) => `Team ${String(i + 1)}`,
  });
  return { ...base, ...patch };
}

/** A new session; throws on setup problems. */
export function start(setup: ClassroomSetup): ClassroomState {
  const created = createClassroom(content, setup);
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  return created.state;
}

/** Apply intents in order, collecting effects; fails on a rejected one. */
export function run(
  state: ClassroomState,
  intents: readonly ClassroomIntent[],
): { state: ClassroomState; effects: ClassroomEffect[] } {
  let current = state;
  const effects: ClassroomEffect[] = [];
  for (const intent of intents) {
    const result = reduceClassroom(current, intent);
    const rejected = result.effects.find((e) => e.kind === 'rejected');
    if (rejected) throw new Error(`rejected: ${JSON.stringify(rejected)}`);
    effects.push(...result.effects);
    current = result.state;
  }
  return { state: current, effects };
}

/** The rejection of one intent (or null if accepted). */
export function rejection(state: ClassroomState, intent: ClassroomIntent): string | null {
  const effect = reduceClassroom(state, intent).effects.find((e) => e.kind === 'rejected');
  return effect ? effect.reason + (effect.coreReason ? `:${effect.coreReason}` : '') : null;
}

/** A fake Web Storage with `key`/`length`. */
export function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      data.set(key, value);
    },
    removeItem: (key: string) => {
      data.delete(key);
    },
  };
}
