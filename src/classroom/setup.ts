import * as z from 'zod';
import {
  INTENSITIES,
  ROLE_IDS,
  type Intensity,
  type RoleId,
  type Scenario,
} from '../content/schema.ts';
import {
  CLASSROOM_MODES,
  FACILITATOR,
  LESSON_PRESETS,
  MAX_TEAMS,
  MIN_TEAMS,
  TEAM_COLOURS,
  TEAM_ID_PATTERN,
  TEAM_NAME_MAX,
  type ActorId,
  type ClassroomMode,
  type ClassroomSetup,
  type LessonPreset,
  type TeamSetup,
} from './types.ts';

/** The part of a scenario the setup needs. */
export type ScenarioRoles = Pick<Scenario, 'id' | 'roles'>;

const roleId = z.enum(ROLE_IDS);

/** Schema of a team (shape only; `validateSetup` checks the rules between fields). */
export const teamSetupSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  colour: z.number().int(),
  roles: z.array(roleId),
});

/** Schema of a classroom setup, for saves and exported sessions. */
export const classroomSetupSchema = z.strictObject({
  scenario: z.string(),
  intensity: z.enum(INTENSITIES),
  seed: z.number().int(),
  teams: z.array(teamSetupSchema),
  facilitatorRoles: z.array(roleId),
  mode: z.enum(CLASSROOM_MODES),
  preset: z.enum(LESSON_PRESETS),
  pin: z.string().nullable(),
}) satisfies z.ZodType<ClassroomSetup>;

/**
 * Sensible role groups when the scenario has all five roles: national vs international pillars
 * for 2 teams; the NHRI stays apart from the government from 4 teams on (its independence, ¶19);
 * with 6 teams the government, which has the most measures, is shared by two teams.
 */
const FULL_GROUPS: Readonly<Record<number, readonly (readonly RoleId[])[]>> = {
  2: [
    ['government', 'nhri', 'civil_society'],
    ['un_system', 'partners'],
  ],
  3: [['government', 'nhri'], ['civil_society'], ['un_system', 'partners']],
  4: [['government'], ['nhri'], ['civil_society'], ['un_system', 'partners']],
  5: [['government'], ['nhri'], ['civil_society'], ['un_system'], ['partners']],
  6: [['government'], ['nhri'], ['civil_society'], ['un_system'], ['partners'], ['government']],
};

/** Split `roles` among `count` teams: even contiguous groups, or shared round-robin if fewer. */
export function groupRoles(roles: readonly RoleId[], count: number): RoleId[][] {
  const ordered = ROLE_IDS.filter((r) => roles.includes(r));
  const full = FULL_GROUPS[count];
  if (full && ordered.length === ROLE_IDS.length) return full.map((g) => [...g]);
  if (ordered.length === 0) return Array.from({ length: count }, () => []);
  if (count >= ordered.length) {
    return Array.from({ length: count }, (_, i) =>
      ordered.filter((__, k) => k === i % ordered.length),
    );
  }
  const groups: RoleId[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(ordered.length / count) + (i < ordered.length % count ? 1 : 0);
    groups.push(ordered.slice(at, at + size));
    at += size;
  }
  return groups;
}

/** Options of `defaultSetup`. */
export interface DefaultSetupOptions {
  readonly seed: number;
  readonly intensity?: Intensity;
  readonly mode?: ClassroomMode;
  readonly preset?: LessonPreset;
  /** Default team name (the UI passes a translated "Team {{n}}"); empty names otherwise. */
  readonly nameOf?: (index: number) => string;
}

/**
 * A ready-to-edit setup for `teamCount` teams (clamped to 2–6): ids `team1…`, colours 0…, every
 * role of the scenario given to a team (see `groupRoles`), hot seat, 50-minute lesson, no PIN.
 */
export function defaultSetup(
  scenario: ScenarioRoles,
  teamCount: number,
  options: DefaultSetupOptions,
): ClassroomSetup {
  const count = Math.min(MAX_TEAMS, Math.max(MIN_TEAMS, Math.trunc(teamCount)));
  const groups = groupRoles(scenario.roles, count);
  const teams: TeamSetup[] = groups.map((roles, i) => ({
    id: `team${String(i + 1)}`,
    name: options.nameOf?.(i) ?? '',
    colour: i % TEAM_COLOURS,
    roles,
  }));
  return {
    scenario: scenario.id,
    intensity: options.intensity ?? 'standard',
    seed: options.seed | 0,
    teams,
    facilitatorRoles: [],
    mode: options.mode ?? 'hotSeat',
    preset: options.preset ?? 'min50',
    pin: null,
  };
}

/** Roles of the scenario that no team plays, in role order. */
export function unplayedRoles(teams: readonly TeamSetup[], roles: readonly RoleId[]): RoleId[] {
  return ROLE_IDS.filter((r) => roles.includes(r) && !teams.some((t) => t.roles.includes(r)));
}

/** The setup with the facilitator playing exactly the scenario's roles that no team plays. */
export function withFacilitatorRoles(
  setup: ClassroomSetup,
  scenario: ScenarioRoles,
): ClassroomSetup {
  return { ...setup, facilitatorRoles: unplayedRoles(setup.teams, scenario.roles) };
}

function sameRoles(a: readonly RoleId[], b: readonly RoleId[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/** Whether every team still plays the roles `groupRoles` suggests for its place. */
function hasSuggestedRoles(teams: readonly TeamSetup[], roles: readonly RoleId[]): boolean {
  const groups = groupRoles(roles, teams.length);
  return teams.every((team, i) => sameRoles(team.roles, groups[i] ?? []));
}

function withSuggestedRoles(teams: readonly TeamSetup[], roles: readonly RoleId[]): TeamSetup[] {
  const groups = groupRoles(roles, teams.length);
  return teams.map((team, i) => ({ ...team, roles: groups[i] ?? [] }));
}

/** The scenario role played by the fewest teams (the first in role order on a tie). */
function leastPlayed(teams: readonly TeamSetup[], roles: readonly RoleId[]): RoleId | undefined {
  let best: RoleId | undefined;
  let fewest = Infinity;
  for (const role of ROLE_IDS.filter((r) => roles.includes(r))) {
    const count = teams.filter((t) => t.roles.includes(role)).length;
    if (count < fewest) [best, fewest] = [role, count];
  }
  return best;
}

/**
 * Roles for the teams at `needy`: the roles no team plays, split among them in order; a team
 * left without one shares the role the fewest teams play.
 */
function giveRoles(
  teams: readonly TeamSetup[],
  needy: readonly number[],
  roles: readonly RoleId[],
): TeamSetup[] {
  const out = [...teams];
  let free = unplayedRoles(out, roles);
  needy.forEach((index, k) => {
    const team = out[index];
    if (!team) return;
    const take = Math.ceil(free.length / (needy.length - k));
    const shared = take === 0 ? leastPlayed(out, roles) : undefined;
    out[index] = { ...team, roles: shared ? [shared] : free.slice(0, take) };
    free = free.slice(take);
  });
  return out;
}

/**
 * The setup with `count` teams (clamped to 2–6). Teams that stay keep their id, name and
 * colour; teams come and go at the end. New teams get a free id and colour and the name
 * `nameOf(colour)`. While every team plays the roles `groupRoles` suggests, roles follow the
 * suggestion for the new count; otherwise teams keep the roles the teacher chose, new teams
 * take the roles no team plays (or share one), and roles of removed teams go to the facilitator.
 */
export function resizeTeams(
  setup: ClassroomSetup,
  count: number,
  scenario: ScenarioRoles,
  nameOf?: (colour: number) => string,
): ClassroomSetup {
  const wanted = Math.min(MAX_TEAMS, Math.max(MIN_TEAMS, Math.trunc(count)));
  const teams = setup.teams.slice(0, wanted);
  const added: number[] = [];
  for (let i = teams.length; i < wanted; i++) {
    const colour =
      Array.from({ length: TEAM_COLOURS }, (_, c) => c).find(
        (c) => !teams.some((t) => t.colour === c),
      ) ?? 0;
    let number = 1;
    while (teams.some((t) => t.id === `team${String(number)}`)) number++;
    const id = `team${String(number)}`;
    teams.push({ id, name: nameOf?.(colour) ?? '', colour, roles: [] });
    added.push(i);
  }
  const next = hasSuggestedRoles(setup.teams, scenario.roles)
    ? withSuggestedRoles(teams, scenario.roles)
    : giveRoles(teams, added, scenario.roles);
  return withFacilitatorRoles({ ...setup, teams: next }, scenario);
}

/**
 * The setup moved from scenario `from` to `to`, keeping teams, names and colours. Roles follow
 * `groupRoles` while they are still its suggestion for `from`; otherwise each team keeps its
 * roles that `to` has, and a team left with none takes a role no team plays (or shares one).
 */
export function retargetScenario(
  setup: ClassroomSetup,
  from: ScenarioRoles | undefined,
  to: ScenarioRoles,
): ClassroomSetup {
  let teams: TeamSetup[];
  if (from && hasSuggestedRoles(setup.teams, from.roles)) {
    teams = withSuggestedRoles(setup.teams, to.roles);
  } else {
    teams = setup.teams.map((t) => ({ ...t, roles: t.roles.filter((r) => to.roles.includes(r)) }));
    const emptied = teams.flatMap((t, i) =>
      t.roles.length === 0 && (setup.teams[i]?.roles.length ?? 0) > 0 ? [i] : [],
    );
    teams = giveRoles(teams, emptied, to.roles);
  }
  return withFacilitatorRoles({ ...setup, scenario: to.id, teams }, to);
}

/** Something wrong with a setup; the UI explains each kind in words. */
export type SetupProblem =
  | { readonly kind: 'wrongScenario'; readonly scenario: string }
  | {
      readonly kind: 'teamCount';
      readonly count: number;
      readonly min: number;
      readonly max: number;
    }
  | { readonly kind: 'badTeamId'; readonly team: string }
  | { readonly kind: 'duplicateTeamId'; readonly team: string }
  | { readonly kind: 'emptyName'; readonly team: string }
  | { readonly kind: 'nameTooLong'; readonly team: string; readonly max: number }
  | { readonly kind: 'duplicateName'; readonly team: string; readonly sameAs: string }
  | { readonly kind: 'badColour'; readonly team: string }
  | { readonly kind: 'duplicateColour'; readonly team: string; readonly sameAs: string }
  | { readonly kind: 'noRoles'; readonly team: string }
  | { readonly kind: 'roleNotInScenario'; readonly role: RoleId; readonly actor: ActorId }
  | { readonly kind: 'roleUnplayed'; readonly role: RoleId }
  | { readonly kind: 'facilitatorRoleTaken'; readonly role: RoleId; readonly team: string }
  | { readonly kind: 'badPin' };

/** Characters of a string (graphemes where the platform can tell). */
export function characters(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/**
 * Every problem of a setup for a scenario (empty = ready to start): team count 2–6, ids, names
 * (non-empty, ≤ 40 characters, unique ignoring case), colours 0–5 and distinct, each team with a
 * role, every role of the scenario played by a team or the facilitator (not both), PIN 4–8 digits.
 */
export function validateSetup(setup: ClassroomSetup, scenario: ScenarioRoles): SetupProblem[] {
  const problems: SetupProblem[] = [];
  if (setup.scenario !== scenario.id) {
    problems.push({ kind: 'wrongScenario', scenario: setup.scenario });
  }
  const count = setup.teams.length;
  if (count < MIN_TEAMS || count > MAX_TEAMS) {
    problems.push({ kind: 'teamCount', count, min: MIN_TEAMS, max: MAX_TEAMS });
  }
  const ids = new Set<string>();
  const names = new Map<string, string>();
  const colours = new Map<number, string>();
  for (const team of setup.teams) {
    if (!TEAM_ID_PATTERN.test(team.id) || team.id === FACILITATOR) {
      problems.push({ kind: 'badTeamId', team: team.id });
    } else if (ids.has(team.id)) problems.push({ kind: 'duplicateTeamId', team: team.id });
    ids.add(team.id);
    const key = nameKey(team.name);
    const sameName = names.get(key);
    if (key === '') problems.push({ kind: 'emptyName', team: team.id });
    else if (characters(team.name.trim()).length > TEAM_NAME_MAX) {
      problems.push({ kind: 'nameTooLong', team: team.id, max: TEAM_NAME_MAX });
    } else if (sameName !== undefined) {
      problems.push({ kind: 'duplicateName', team: team.id, sameAs: sameName });
    }
    if (key !== '' && sameName === undefined) names.set(key, team.id);
    const sameColour = colours.get(team.colour);
    if (!Number.isInteger(team.colour) || team.colour < 0 || team.colour >= TEAM_COLOURS) {
      problems.push({ kind: 'badColour', team: team.id });
    } else if (sameColour !== undefined) {
      problems.push({ kind: 'duplicateColour', team: team.id, sameAs: sameColour });
    } else colours.set(team.colour, team.id);
    if (team.roles.length === 0) problems.push({ kind: 'noRoles', team: team.id });
    for (const role of new Set(team.roles)) {
      if (!scenario.roles.includes(role)) {
        problems.push({ kind: 'roleNotInScenario', role, actor: team.id });
      }
    }
  }
  for (const role of new Set(setup.facilitatorRoles)) {
    if (!scenario.roles.includes(role)) {
      problems.push({ kind: 'roleNotInScenario', role, actor: FACILITATOR });
    }
    const team = setup.teams.find((t) => t.roles.includes(role));
    if (team) problems.push({ kind: 'facilitatorRoleTaken', role, team: team.id });
  }
  for (const role of scenario.roles) {
    const played =
      setup.facilitatorRoles.includes(role) || setup.teams.some((t) => t.roles.includes(role));
    if (!played) problems.push({ kind: 'roleUnplayed', role });
  }
  if (setup.pin !== null && !/^[0-9]{4,8}$/.test(setup.pin)) problems.push({ kind: 'badPin' });
  return problems;
}

/**
 * A PIN as typed, with Arabic-Indic, Persian and full-width digits turned into ASCII digits and
 * everything else dropped, so a PIN set on one keyboard works on another.
 */
export function normalisePin(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x30 && code <= 0x39) out += ch;
    else if (code >= 0x660 && code <= 0x669) out += String(code - 0x660);
    else if (code >= 0x6f0 && code <= 0x6f9) out += String(code - 0x6f0);
    else if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
  }
  return out;
}

/** Whether `input` opens the facilitator console (always, when no PIN is set). */
export function pinMatches(setup: ClassroomSetup, input: string): boolean {
  return setup.pin === null || normalisePin(input) === setup.pin;
}

/** Teams playing a role, in setup order. */
export function teamsPlaying(setup: ClassroomSetup, role: RoleId): TeamSetup[] {
  return setup.teams.filter((t) => t.roles.includes(role));
}

/** The team with this id, if any. */
export function teamOf(setup: ClassroomSetup, id: ActorId): TeamSetup | undefined {
  return setup.teams.find((t) => t.id === id);
}
