import { describe, expect, it } from 'vitest';
import { compileScenario } from './model.ts';
import { POLICY_NAMES } from './policies.ts';
import { playGame } from './simulate.ts';
import { replay } from './step.ts';
import { SCENARIO, content } from './test/helpers.ts';

describe('built-in policies', () => {
  // playGame applies their actions without checking them, so each must be legal when chosen.
  it('only take legal actions: the log replays through the checked path to the same state', () => {
    const model = compileScenario(content, SCENARIO);
    for (const policy of POLICY_NAMES) {
      for (let seed = 1; seed <= 20; seed++) {
        const played = playGame(model, seed, policy);
        const replayed = replay(content, SCENARIO, seed, played.log).state;
        expect(JSON.stringify(replayed), `${policy} seed ${String(seed)}`).toBe(
          JSON.stringify(played),
        );
      }
    }
  });
});
