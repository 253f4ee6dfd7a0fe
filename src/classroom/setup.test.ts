import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS, type RoleId } from '../content/schema.ts';
import {
  classroomSetupSchema,
  defaultSetup,
  normalisePin,
  pinMatches,
  resizeTeams,
  retargetScenario,
  validateSetup,
  withFacilitatorRoles,
  type ScenarioRoles,
} from './setup.ts';
import { scenario, setupFor } from './test/helpers.ts';
import type { ClassroomSetup, TeamSetup } from './types.ts';

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

const TUTORIAL = { id: 'tutorial', roles: ['nhri' as const] };
const colourName = (colour: number) => `Colour ${String(colour)}`;
const roleLists = (setup: ClassroomSetup) => setup.teams.map((t) => t.roles.join('+'));
/** A 3-team setup with typed names, a changed colour and roles the teacher chose. */
function customised(): ClassroomSetup {
  const base = setupFor(3);
  const teams: TeamSetup[] = [
    { id: 'team1', name: 'Lions', colour: 4, roles: ['government'] },
    { id: 'team2', name: 'Owls', colour: 1, roles: ['nhri', 'civil_society'] },
    { id: 'team3', name: 'Bees', colour: 2, roles: ['un_system', 'partners'] },
  ];
  return { ...base, teams };
}

describe('resizeTeams', () => {
  it('keeps typed names and colours, and adds teams with a free id, colour and name', () => {
    const named = withNames(setupFor(3), ['Lions', 'Owls', 'Bees']);
    const five = resizeTeams(named, 5, scenario(), colourName);
    expect(five.teams.map((t) => t.name)).toEqual([
      'Lions',
      'Owls',
      'Bees',
      'Colour 3',
      'Colour 4',
    ]);
    expect(five.teams.map((t) => t.id)).toEqual(['team1', 'team2', 'team3', 'team4', 'team5']);
    expect(five.teams.map((t) => t.colour)).toEqual([0, 1, 2, 3, 4]);
    const two = resizeTeams(five, 2, scenario(), colourName);
    expect(two.teams.map((t) => t.name)).toEqual(['Lions', 'Owls']);
    // A colour the teacher picked is not given again; ids stay unique.
    const [lions, owls] = two.teams;
    if (!lions || !owls) throw new Error('two teams');
    const recoloured = {
      ...two,
      teams: [
        { ...lions, colour: 2 },
        { ...owls, id: 'team3' },
      ],
    };
    const three = resizeTeams(recoloured, 3, scenario(), colourName);
    expect(three.teams.map((t) => [t.id, t.colour, t.name])).toEqual([
      ['team1', 2, 'Lions'],
      ['team3', 1, 'Owls'],
      ['team2', 0, 'Colour 0'],
    ]);
  });

  it('follows the suggested roles for the new count while the teacher has not changed them', () => {
    for (let from = 2; from <= 6; from++) {
      for (let to = 2; to <= 6; to++) {
        const resized = resizeTeams(setupFor(from), to, scenario(), colourName);
        expect(roleLists(resized), `${String(from)} to ${String(to)}`).toEqual(
          roleLists(setupFor(to)),
        );
        expect(kinds(resized)).toEqual([]);
      }
    }
  });

  it('keeps roles the teacher chose: removed teams hand theirs to the facilitator', () => {
    const two = resizeTeams(customised(), 2, scenario(), colourName);
    expect(roleLists(two)).toEqual(['government', 'nhri+civil_society']);
    expect(two.facilitatorRoles).toEqual(['un_system', 'partners']);
    expect(kinds(two)).toEqual([]);
    // A new team takes the roles nobody plays; with none left, it shares the least played role.
    const three = resizeTeams(two, 3, scenario(), colourName);
    expect(roleLists(three)).toEqual(roleLists(customised()));
    expect(three.facilitatorRoles).toEqual([]);
    const four = resizeTeams(three, 4, scenario(), colourName);
    expect(roleLists(four)).toEqual([
      'government',
      'nhri+civil_society',
      'un_system+partners',
      'government',
    ]);
    expect(three.teams[2]).toMatchObject({ id: 'team3', colour: 0, name: 'Colour 0' });
    expect(four.teams[3]).toMatchObject({ id: 'team4', colour: 2, name: 'Colour 2' });
    expect(kinds(four)).toEqual([]);
  });

  it('splits the roles nobody plays among several new teams', () => {
    const [lions, owls] = customised().teams;
    if (!lions || !owls) throw new Error('two teams');
    const lone = withFacilitatorRoles(
      { ...customised(), teams: [lions, { ...owls, roles: ['nhri'] }] },
      scenario(),
    );
    expect(lone.facilitatorRoles).toEqual(['civil_society', 'un_system', 'partners']);
    expect(roleLists(resizeTeams(lone, 4, scenario()))).toEqual([
      'government',
      'nhri',
      'civil_society+un_system',
      'partners',
    ]);
    // Nobody's role is left over for the sixth team: it shares the government, as suggested.
    expect(roleLists(resizeTeams(lone, 6, scenario()))).toEqual(roleLists(setupFor(6)));
  });

  it('clamps the count to 2–6 teams', () => {
    expect(resizeTeams(setupFor(3), 9, scenario()).teams).toHaveLength(6);
    expect(resizeTeams(setupFor(3), 0, scenario()).teams).toHaveLength(2);
  });
});

describe('retargetScenario', () => {
  it('keeps names and colours, and suggested roles follow the new scenario', () => {
    const named = withNames(setupFor(4), ['Lions', 'Owls', 'Bees', 'Ants']);
    const tutorial = retargetScenario(named, scenario(), TUTORIAL);
    expect(tutorial.scenario).toBe('tutorial');
    expect(tutorial.teams.map((t) => t.name)).toEqual(['Lions', 'Owls', 'Bees', 'Ants']);
    expect(roleLists(tutorial)).toEqual(['nhri', 'nhri', 'nhri', 'nhri']);
    expect(validateSetup(tutorial, TUTORIAL)).toEqual([]);
    const back = retargetScenario(tutorial, TUTORIAL, scenario());
    expect(back.scenario).toBe(SCENARIO_ID);
    expect(roleLists(back)).toEqual(roleLists(setupFor(4)));
    expect(back.teams.map((t) => t.name)).toEqual(['Lions', 'Owls', 'Bees', 'Ants']);
  });

  it('keeps chosen roles the new scenario has, and refills teams left without one', () => {
    const teams = customised().teams;
    const tutorial = retargetScenario(customised(), scenario(), TUTORIAL);
    expect(roleLists(tutorial)).toEqual(['nhri', 'nhri', 'nhri']);
    expect(tutorial.teams.map((t) => [t.name, t.colour])).toEqual(
      teams.map((t) => [t.name, t.colour]),
    );
    expect(validateSetup(tutorial, TUTORIAL)).toEqual([]);
    // Same roles in another scenario: nothing moves, and the facilitator keeps its role.
    const other = { ...scenario(), id: 'other' };
    const withoutPartners = withFacilitatorRoles(
      {
        ...customised(),
        teams: teams.map((t) => ({ ...t, roles: t.roles.filter((r) => r !== 'partners') })),
      },
      scenario(),
    );
    const moved = retargetScenario(withoutPartners, scenario(), other);
    expect(moved.teams).toEqual(withoutPartners.teams);
    expect(moved.facilitatorRoles).toEqual(['partners']);
    expect(validateSetup(moved, other)).toEqual([]);
  });
});

describe('team count and scenario changes', () => {
  it('always leave a valid setup and keep the names of the teams that stay', () => {
    const change = fc.oneof(
      fc.integer({ min: 0, max: 8 }).map((count) => ({ kind: 'count' as const, count })),
      fc.boolean().map((tutorial) => ({ kind: 'scenario' as const, tutorial })),
      fc
        .tuple(fc.nat(5), fc.constantFrom(...ROLE_IDS))
        .map(([team, role]) => ({ kind: 'toggle' as const, team, role })),
    );
    const start = fc.integer({ min: 2, max: 6 });
    fc.assert(
      fc.property(start, fc.array(change, { maxLength: 10 }), (n, steps) => {
        let setup = withNames(setupFor(n), ['A', 'B', 'C', 'D', 'E', 'F']);
        let current: ScenarioRoles = scenario();
        for (const step of steps) {
          const before = setup.teams.map((t) => t.name);
          if (step.kind === 'count') setup = resizeTeams(setup, step.count, current, colourName);
          else if (step.kind === 'scenario') {
            const to = step.tutorial ? TUTORIAL : scenario();
            setup = retargetScenario(setup, current, to);
            current = to;
          } else setup = toggled(setup, step.team, step.role, current);
          const after = setup.teams.map((t) => t.name);
          expect(after.slice(0, before.length)).toEqual(before.slice(0, after.length));
          expect(validateSetup(setup, current)).toEqual([]);
        }
      }),
    );
  });
});

/** The teacher ticks or unticks a role of a team (never its last one). */
function toggled(
  setup: ClassroomSetup,
  index: number,
  role: RoleId,
  current: ScenarioRoles,
): ClassroomSetup {
  const team = setup.teams[index];
  if (!team || !current.roles.includes(role)) return setup;
  const roles = team.roles.includes(role)
    ? team.roles.filter((r) => r !== role)
    : [...team.roles, role];
  if (roles.length === 0) return setup;
  const teams = setup.teams.map((t, i) => (i === index ? { ...t, roles } : t));
  return withFacilitatorRoles({ ...setup, teams }, current);
}

function withNames(setup: ClassroomSetup, names: readonly string[]): ClassroomSetup {
  return { ...setup, teams: setup.teams.map((t, i) => ({ ...t, name: names[i] ?? t.name })) };
}
