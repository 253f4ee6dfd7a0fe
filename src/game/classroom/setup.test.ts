import { describe, expect, it } from 'vitest';
import {
  classroomSetupSchema,
  defaultSetup,
  normalisePin,
  pinMatches,
  validateSetup,
} from './setup.ts';
import { scenario, setupFor } from './test/helpers.ts';
import type { ClassroomSetup } from './types.ts';

const kinds = (setup: ClassroomSetup) => validateSetup(setup, scenario()).map((p) => p.kind);

describe('defaultSetup', () => {
  it('gives every role to a team, by pillar, for 2 to 6 teams', () => {
    const roles = (teams: number) => setupFor(teams).teams.map((t) => t.roles.join('+'));
    expect(roles(2)).toEqual(['government+nhri+civil_society', 'un_system+partners']);
    expect(roles(3)).toEqual(['government+nhri', 'civil_society', 'un_system+partners']);
    expect(roles(4)).toEqual(['government', 'nhri', 'civil_society', 'un_system+partners']);
    expect(roles(5)).toEqual(['government', 'nhri', 'civil_society', 'un_system', 'partners']);
    // Six teams: the government is shared by two teams (they share its capacity).
    expect(roles(6)).toEqual([
      'government',
      'nhri',
      'civil_society',
      'un_system',
      'partners',
      'government',
    ]);
    for (let n = 2; n <= 6; n++) expect(kinds(setupFor(n)), String(n)).toEqual([]);
  });

  it('shares the only role of a one-role scenario and clamps the team count', () => {
    const tutorial = { id: 'tutorial', roles: ['nhri' as const] };
    const setup = defaultSetup(tutorial, 9, { seed: 1 });
    expect(setup.teams.map((t) => t.roles)).toEqual(Array.from({ length: 6 }, () => ['nhri']));
    expect(setup.teams.map((t) => t.id)).toEqual([
      'team1',
      'team2',
      'team3',
      'team4',
      'team5',
      'team6',
    ]);
    expect(setup.teams.map((t) => t.colour)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(setup.teams.every((t) => t.name === '')).toBe(true);
    expect(defaultSetup(tutorial, 1, { seed: 1 }).teams).toHaveLength(2);
    expect(validateSetup(setup, tutorial).map((p) => p.kind)).toEqual(
      Array.from({ length: 6 }, () => 'emptyName'),
    );
  });

  it('matches its zod schema', () => {
    const setup = setupFor(3, { pin: '2468' });
    expect(classroomSetupSchema.parse(JSON.parse(JSON.stringify(setup)))).toEqual(setup);
    expect(classroomSetupSchema.safeParse({ ...setup, mode: 'chaos' }).success).toBe(false);
  });
});

describe('validateSetup', () => {
  it('reports empty, too long and duplicate names (ignoring case and spaces)', () => {
    const base = setupFor(3);
    const named = (names: string[]): ClassroomSetup => ({
      ...base,
      teams: base.teams.map((t, i) => ({ ...t, name: names[i] ?? '' })),
    });
    expect(validateSetup(named(['  ', 'B', 'C']), scenario())).toEqual([
      { kind: 'emptyName', team: 'team1' },
    ]);
    expect(validateSetup(named(['Lions', ' lions ', 'C']), scenario())).toEqual([
      { kind: 'duplicateName', team: 'team2', sameAs: 'team1' },
    ]);
    expect(kinds(named(['x'.repeat(41), 'B', 'C']))).toEqual(['nameTooLong']);
    // 40 Arabic letters with diacritics are 40 characters, not 80 code points.
    expect(kinds(named(['بَ'.repeat(40), 'B', 'C']))).toEqual([]);
  });

  it('reports a role nobody plays, roles outside the scenario, and facilitator overlaps', () => {
    const base = setupFor(2);
    const [first, second] = base.teams;
    if (!first || !second) throw new Error('two teams');
    const withoutPartners: ClassroomSetup = {
      ...base,
      teams: [first, { ...second, roles: ['un_system'] }],
    };
    expect(validateSetup(withoutPartners, scenario())).toEqual([
      { kind: 'roleUnplayed', role: 'partners' },
    ]);
    expect(kinds({ ...withoutPartners, facilitatorRoles: ['partners'] })).toEqual([]);
    expect(validateSetup({ ...base, facilitatorRoles: ['government'] }, scenario())).toEqual([
      { kind: 'facilitatorRoleTaken', role: 'government', team: 'team1' },
    ]);
    expect(kinds({ ...base, teams: [first, { ...second, roles: [] }] })).toEqual([
      'noRoles',
      'roleUnplayed',
      'roleUnplayed',
    ]);
    const tutorial = { id: SCENARIO_ID, roles: ['nhri' as const] };
    expect(validateSetup(base, tutorial).map((p) => p.kind)).toContain('roleNotInScenario');
  });

  it('reports team count, ids, colours, scenario and PIN problems', () => {
    const base = setupFor(2);
    const [first, second] = base.teams;
    if (!first || !second) throw new Error('two teams');
    expect(validateSetup({ ...base, teams: [first] }, scenario())).toContainEqual({
      kind: 'teamCount',
      count: 1,
      min: 2,
      max: 6,
    });
    expect(kinds({ ...base, teams: [first, { ...second, id: 'team1' }] })).toEqual([
      'duplicateTeamId',
    ]);
    expect(kinds({ ...base, teams: [first, { ...second, id: 'facilitator' }] })).toEqual([
      'badTeamId',
    ]);
    expect(kinds({ ...base, teams: [first, { ...second, colour: 0 }] })).toEqual([
      'duplicateColour',
    ]);
    expect(kinds({ ...base, teams: [first, { ...second, colour: 6 }] })).toEqual(['badColour']);
    expect(kinds({ ...base, scenario: 'elsewhere' })).toEqual(['wrongScenario']);
    for (const pin of ['123', '123456789', '12a4', '']) {
      expect(kinds({ ...base, pin }), pin).toEqual(['badPin']);
    }
    expect(kinds({ ...base, pin: '0042' })).toEqual([]);
  });
});

const SCENARIO_ID = scenario().id;

describe('PIN', () => {
  it('accepts the PIN typed with Arabic-Indic, Persian or full-width digits', () => {
    const setup = setupFor(2, { pin: '2024' });
    expect(pinMatches(setup, '2024')).toBe(true);
    expect(pinMatches(setup, '٢٠٢٤')).toBe(true);
    expect(pinMatches(setup, '۲۰۲۴')).toBe(true);
    expect(pinMatches(setup, '２０２４')).toBe(true);
    expect(pinMatches(setup, '2025')).toBe(false);
    expect(pinMatches(setupFor(2), 'anything')).toBe(true);
    expect(normalisePin(' 12-34 ')).toBe('1234');
  });
});
