import { describe, expect, it } from 'vitest';
import type { RoleId } from '../core/index.ts';
import { marksIn, teamMarks } from './chart.ts';
import type { ClassroomState } from './state.ts';
import { run, setupFor, start } from './test/helpers.ts';

const take = (by: string, role: RoleId, measure: string) =>
  ({ kind: 'takeMeasure', by, role, measure }) as const;

/** Resolve the round and leave its results (and a discussion, if one follows). */
function nextRound(state: ClassroomState): ClassroomState {
  let current = run(state, [{ kind: 'advanceRound' }, { kind: 'continue' }]).state;
  if (current.phase.kind === 'discussion') current = run(current, [{ kind: 'continue' }]).state;
  return current;
}

describe('teamMarks', () => {
  it('counts each team’s measures per round, in setup order, leaving withdrawn ones out', () => {
    let state = start(setupFor(3, { mode: 'facilitatorEntry' }));
    state = run(state, [
      take('team1', 'government', 'focal_point'),
      take('team3', 'partners', 'mediation'),
      take('team1', 'government', 'risk_assessment'),
      take('team2', 'civil_society', 'media_workshops'),
      { kind: 'withdrawMeasure', by: 'team2', role: 'civil_society', measure: 'media_workshops' },
    ]).state;
    state = nextRound(state);
    state = run(state, [take('team2', 'civil_society', 'media_workshops')]).state;
    state = nextRound(state);

    const marks = teamMarks(state);
    expect(marks.map((m) => [m.actor, m.team?.name, m.marks, m.total])).toEqual([
      ['team1', 'Team 1', [{ round: 1, count: 2 }], 2],
      ['team2', 'Team 2', [{ round: 2, count: 1 }], 1],
      ['team3', 'Team 3', [{ round: 1, count: 1 }], 1],
    ]);
    const [team1, team2] = marks;
    if (!team1 || !team2) throw new Error('teams missing');
    expect([marksIn(team1, 1), marksIn(team1, 2), marksIn(team2, 1), marksIn(team2, 2)]).toEqual([
      2, 0, 0, 1,
    ]);
  });

  it('lists the facilitator last, with no team, when it plays roles', () => {
    const base = setupFor(2);
    const teams = base.teams.map((t) =>
      t.id === 'team2' ? { ...t, roles: ['un_system' as const] } : t,
    );
    let state = start({ ...base, teams, facilitatorRoles: ['partners'] });
    state = run(state, [take('facilitator', 'partners', 'mediation')]).state;
    const marks = teamMarks(state);
    expect(marks.map((m) => m.actor)).toEqual(['team1', 'team2', 'facilitator']);
    expect(marks.at(-1)).toEqual({
      actor: 'facilitator',
      team: null,
      marks: [{ round: 1, count: 1 }],
      total: 1,
    });
  });
});
