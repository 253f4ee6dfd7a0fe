/** The classroom briefing: the scenario read out to the class, and its teams, before starting. */
import type { Content, RoleId, Scenario } from '../../content/schema.ts';
import type { ClassroomSetup, TeamSetup } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import { buildScreen } from '../ui/screen.ts';
import { roleNames, teamChip, wordsAround } from './common.ts';

/**
 * How students may join on their own devices: `start` opens a room, `null` explains that the
 * page is not served by the classroom server, `undefined` (not known yet) shows nothing.
 */
export type DevicesChoice =
  { readonly start: () => void; readonly problem: string | null } | null | undefined;

/**
 * Show the briefing of `setup`; `back` returns to the set-up, `start` starts the session on this
 * projector, `devices` with students on their devices.
 */
export function showBriefing(
  services: GameServices,
  content: Content,
  setup: ClassroomSetup,
  scenario: Scenario,
  actions: {
    readonly back: () => void;
    readonly start: () => void;
    readonly devices: DevicesChoice;
  },
): void {
  const w = services.words.forScenario(scenario, setup.intensity);
  const t = w.ui;
  const text = w.text;
  const {
    screen,
    body,
    actions: bar,
  } = buildScreen(services, {
    className: 'classroom-briefing-screen',
    heading: w.classroom('briefing.heading', { scenario: text(scenario.nameKey) }),
    back: actions.back,
  });
  const main = keyboardScrollable(el('div', { className: 'briefing-main' }), {
    label: text(scenario.countryKey ?? scenario.nameKey),
  });
  if (scenario.contentNoteKey) {
    main.append(
      el('section', { className: 'content-note' }, [
        el('h2', { textContent: t('briefing.contentNote') }),
        el('p', { textContent: text(scenario.contentNoteKey) }),
      ]),
    );
  }
  main.append(
    el('h2', { textContent: text(scenario.countryKey ?? scenario.nameKey) }),
    el('p', { className: 'briefing-text', textContent: text(scenario.briefingKey) }),
    el('h2', { textContent: t('briefing.actingEarlyHeading') }),
    el('p', { textContent: text('actingEarly') }),
  );
  // Each language punctuates "team: roles" its own way (a full-width colon in Chinese).
  const line = (team: TeamSetup | null, roles: readonly RoleId[]) =>
    el(
      'li',
      {},
      wordsAround(w, 'briefing.teamRoles', 'team', teamChip(team, w), {
        roles: roleNames(services.words, content, roles),
      }),
    );
  const side = el('div', { className: 'briefing-side' }, [
    el('h2', { id: 'briefing-teams-heading', textContent: w.classroom('briefing.teams') }),
    el('ul', { className: 'profile-list' }, [
      ...setup.teams.map((team) => line(team, team.roles)),
      ...(setup.facilitatorRoles.length > 0 ? [line(null, setup.facilitatorRoles)] : []),
    ]),
    el('p', { className: 'seed-line', textContent: t('briefing.seed', { seed: setup.seed }) }),
  ]);
  body.append(main, keyboardScrollable(side, { labelledBy: 'briefing-teams-heading' }));
  const start = button('menu-button primary', w.classroom('briefing.start'), actions.start);
  bar.append(button('tool-button', w.classroom('briefing.back'), actions.back));
  const devices = actions.devices;
  if (devices) {
    const problem = el('p', {
      className: 'classroom-problems',
      id: 'devices-problem',
      textContent: devices.problem ?? '',
    });
    problem.setAttribute('role', 'alert');
    const join = button('menu-button', w.classroom('room.devicesStart'), devices.start);
    join.dataset.entry = 'devices';
    join.setAttribute('aria-describedby', 'devices-problem');
    bar.append(el('div', { className: 'actions-end' }, [problem, join]));
  } else if (devices === null) {
    bar.append(
      el('p', { className: 'devices-note', textContent: w.classroom('room.devicesUnavailable') }),
    );
  }
  bar.append(start);
  services.ui.show(screen);
  start.focus();
}
