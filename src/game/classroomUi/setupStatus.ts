/**
 * What follows from the set-up, shown in place as the teacher edits: each problem beside its
 * field, the roles the facilitator plays, and the lesson plan.
 */
import type { Content, Scenario } from '../../content/schema.ts';
import { lessonSchedule } from '../../classroom/presets.ts';
import { validateSetup, type SetupProblem } from '../../classroom/setup.ts';
import type { ClassroomSetup } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { SETUP_PROBLEM_KEYS } from '../textKeys.ts';
import { el } from '../ui/dom.ts';
import { roleName, roleNames } from './common.ts';
import type { Translator } from '../translator.ts';

/** The id (without `-problem`) of the field a problem belongs to. */
function fieldOf(problem: SetupProblem, setup: ClassroomSetup): string {
  const team = (id: string) => `team-${String(setup.teams.findIndex((t) => t.id === id))}`;
  switch (problem.kind) {
    case 'emptyName':
    case 'nameTooLong':
    case 'duplicateName':
    case 'badTeamId':
    case 'duplicateTeamId':
      return `${team(problem.team)}-name`;
    case 'badColour':
    case 'duplicateColour':
      return `${team(problem.team)}-colour`;
    case 'noRoles':
      return `${team(problem.team)}-roles`;
    case 'badPin':
      return 'setup-pin';
    case 'teamCount':
      return 'setup-team-count';
    default:
      return 'setup-scenario';
  }
}

function problemText(w: Translator, content: Content, problem: SetupProblem): string {
  const values: Record<string, unknown> = { ...problem };
  if ('role' in problem) values.role = roleName(w, content, problem.role);
  return w.classroom(SETUP_PROBLEM_KEYS[problem.kind], values);
}

/** Mark each problem beside its field, clearing the old marks. */
function markProblems(
  services: GameServices,
  content: Content,
  setup: ClassroomSetup,
  problems: readonly SetupProblem[],
): void {
  const root = services.ui.root;
  for (const node of root.querySelectorAll<HTMLElement>('.field-problem')) node.textContent = '';
  for (const node of root.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    node.removeAttribute('aria-invalid');
  }
  for (const problem of problems) {
    const id = fieldOf(problem, setup);
    const message = problemText(services.words, content, problem);
    const spot = root.querySelector<HTMLElement>(`#${id}-problem`);
    if (spot) spot.textContent = spot.textContent ? `${spot.textContent} ${message}` : message;
    root.querySelector<HTMLElement>(`#${id}`)?.setAttribute('aria-invalid', 'true');
  }
}

/** The lesson plan's lines: timers, pauses, debrief, total, and whether it fits the lesson. */
function lessonPlanLines(
  services: GameServices,
  w: Translator,
  setup: ClassroomSetup,
  scenario: Scenario,
): string[] {
  const s = lessonSchedule(setup.preset, scenario.turns.length, setup.teams.length, setup.mode);
  if (s.turnSeconds === null) return [w.classroom('setup.planUntimed')];
  const turnKey = setup.mode === 'hotSeat' ? 'setup.planTurn' : 'setup.planRound';
  const lines = [
    w.classroom(turnKey, { seconds: s.turnSeconds }),
    w.classroom('setup.planPauses', { count: s.pauseAfter.length, seconds: s.pauseSeconds ?? 0 }),
    w.classroom('setup.planDebrief', { minutes: s.debriefMinutes ?? 0 }),
    w.classroom('setup.planTotal', { minutes: services.words.number(s.plannedMinutes ?? 0) }),
  ];
  if (!s.fits) lines.push(w.classroom('setup.planOverrun'));
  return lines;
}

/**
 * Problems beside their fields, the facilitator's roles and the lesson plan, in place; returns
 * the problems (none: the set-up is ready to start).
 */
export function showSetupStatus(
  services: GameServices,
  content: Content,
  setup: ClassroomSetup,
  scenario: Scenario | undefined,
): SetupProblem[] {
  const root = services.ui.root;
  const w = services.words;
  const problems = scenario ? validateSetup(setup, scenario) : [];
  markProblems(services, content, setup, problems);
  const facilitator = root.querySelector('#facilitator-roles');
  if (facilitator) {
    facilitator.textContent =
      setup.facilitatorRoles.length > 0
        ? w.classroom('setup.facilitatorRoles', {
            roles: roleNames(services.words, content, setup.facilitatorRoles),
          })
        : w.classroom('setup.noFacilitatorRoles');
  }
  const plan = root.querySelector('#lesson-plan');
  if (plan && scenario) {
    const lines = lessonPlanLines(services, w, setup, scenario);
    plan.replaceChildren(...lines.map((line) => el('li', { textContent: line })));
  }
  return problems;
}
