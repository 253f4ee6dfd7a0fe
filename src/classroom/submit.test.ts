import { describe, expect, it } from 'vitest';
import { submitTeam } from './submit.ts';
import { setupFor, start } from './test/helpers.ts';

const entry = () => start(setupFor(2, { mode: 'facilitatorEntry' }));
const take = { kind: 'take', role: 'government', measure: 'risk_assessment' } as const;

describe('submitTeam', () => {
  it('applies every pick and finishes the team, attributed to it', () => {
    const state = entry();
    const result = submitTeam(state, 'team1', [take]);
    expect(result.state.done).toEqual(['team1']);
    expect(result.state.attribution.filter((a) => a === 'team1').length).toBeGreaterThan(1);
    expect(result.state.game.measures.map((m) => m.id)).toEqual(['risk_assessment']);
    expect(result.effects.at(-1)).toEqual({ kind: 'persist' });
    expect(result.effects.filter((e) => e.kind === 'persist')).toHaveLength(1);
  });

  it('changes nothing when one pick is refused, and reports the first refusal', () => {
    const state = entry();
    const bad = { kind: 'take', role: 'un_system', measure: 'mediation' } as const;
    const result = submitTeam(state, 'team1', [take, bad]);
    expect(result.state).toBe(state);
    expect(result.effects).toHaveLength(1);
    expect(result.effects[0]).toMatchObject({ kind: 'rejected', reason: 'roleNotYours' });
  });

  it('refuses a second submit in the same round', () => {
    const once = submitTeam(entry(), 'team1', []).state;
    const again = submitTeam(once, 'team1', []);
    expect(again.state).toBe(once);
    expect(again.effects[0]).toMatchObject({ kind: 'rejected', reason: 'teamDone' });
  });

  it('dry-runs proposals without finishing the team', () => {
    const state = entry();
    const dry = submitTeam(state, 'team1', [take], false);
    expect(dry.state.done).toEqual([]);
    expect(dry.state.game.measures).toHaveLength(1);
    const twice = submitTeam(state, 'team1', [take, take], false);
    expect(twice.effects[0]).toMatchObject({ kind: 'rejected', reason: 'core' });
  });
});
