import { describe, expect, it } from 'vitest';
import { run, setupFor, start } from '../../classroom/test/helpers.ts';
import { FACILITATOR } from '../../classroom/types.ts';
import { activeTeam, actorFor } from './roleLocks.ts';

describe('activeTeam and actorFor', () => {
  it('follow the team at the projector in hot seat', () => {
    const state = start(setupFor(3));
    expect(activeTeam(state, 'team3')?.id).toBe('team1');
    const team = activeTeam(state, null);
    expect(actorFor(state, team, 'government')).toBe('team1');
    expect(actorFor(state, team, 'civil_society')).toBeNull();
  });

  it('keep the entry team the facilitator picked until it is done, then take the next open one', () => {
    let state = start(setupFor(3, { mode: 'facilitatorEntry' }));
    expect(activeTeam(state, null)?.id).toBe('team1');
    expect(activeTeam(state, 'team3')?.id).toBe('team3');
    state = run(state, [{ kind: 'teamDone', team: 'team3' }]).state;
    expect(activeTeam(state, 'team3')?.id).toBe('team1');
    expect(activeTeam(state, 'nobody')?.id).toBe('team1');
  });

  it('hand roles nobody plays to the facilitator', () => {
    const setup = setupFor(2);
    const spare = setup.teams[1]?.roles.at(-1);
    if (!spare) throw new Error('fixture team has no role');
    const teams = setup.teams.map((t, i) => (i === 1 ? { ...t, roles: t.roles.slice(0, -1) } : t));
    const state = start({ ...setup, teams, facilitatorRoles: [spare] });
    expect(actorFor(state, activeTeam(state, null), spare)).toBe(FACILITATOR);
  });
});
