import { fixtureFiles, fixtureLocale, FIXTURE_SCENARIO } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import type { Content } from '../../content/schema.ts';
import { createGame } from '../state.ts';
import { step } from '../step.ts';
import type { Action, GameEvent, GameState } from '../types.ts';

/** The validated fixture content. */
export const content: Content = loadContentOrThrow(fixtureFiles, fixtureLocale);
export const SCENARIO = FIXTURE_SCENARIO;

/** A new fixture game. */
export function game(seed = 1): GameState {
  return createGame(content, SCENARIO, { seed });
}

/** Apply actions with the public `step`, collecting events; fails on a rejected action. */
export function play(
  state: GameState,
  actions: readonly Action[],
): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  let current = state;
  for (const action of actions) {
    const result = step(current, action);
    const rejected = result.events.find((e) => e.type === 'actionRejected');
    if (rejected) throw new Error(`rejected: ${JSON.stringify(rejected)}`);
    events.push(...result.events);
    current = result.state;
  }
  return { state: current, events };
}

/** Play `scenario` of `source` to the end, taking `actions[round]` at the start of each round. */
export function playScript(
  source: Content,
  scenario: string,
  seed: number,
  actions: Readonly<Record<number, readonly Action[]>>,
): GameState {
  let state = createGame(source, scenario, { seed });
  while (!state.finished) {
    for (const action of actions[state.round] ?? []) state = step(state, action).state;
    state = step(state, { kind: 'endRound' }).state;
  }
  return state;
}

/** End rounds until the game is at `round` (or finished). */
export function advanceTo(state: GameState, round: number): GameState {
  let current = state;
  while (!current.finished && current.round < round) {
    current = step(current, { kind: 'endRound' }).state;
  }
  return current;
}

/** End rounds until the game is over. */
export function finish(state: GameState): GameState {
  return advanceTo(state, Infinity);
}
