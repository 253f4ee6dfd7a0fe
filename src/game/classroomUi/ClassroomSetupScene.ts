import { ROLE_IDS, type RoleId } from '../../content/schema.ts';
import { defaultSetup, validateSetup, type SetupProblem } from '../classroom/setup.ts';
import { lessonSchedule } from '../classroom/presets.ts';
import { ClassroomStore, type ClassroomListing } from '../classroom/store.ts';
import {
  CLASSROOM_MODES,
  LESSON_PRESETS,
  MAX_TEAMS,
  MIN_TEAMS,
  TEAM_COLOURS,
  type ClassroomSetup,
  type TeamSetup,
} from '../classroom/types.ts';
import { SceneKey } from '../keys.ts';
import { openPrintViewLazily } from '../print/open.ts';
import { ActEarlyScene } from '../scenes/ActEarlyScene.ts';
import type { GameServices } from '../services.ts';
import { contentText, formatNumber, freshSeed } from '../text.ts';
import { drawMenuBackdrop } from '../ui/backdrop.ts';
import { button, el } from '../ui/dom.ts';
import { openModal } from '../ui/modal.ts';
import { buildScreen } from '../ui/screen.ts';
import { ClassroomSession } from './classroomSession.ts';
import {
  classroom,
  classroomWords,
  roleName,
  roleNames,
  scenarioOf,
  teamChip,
  type Words,
} from './common.ts';

/** Saved sessions to continue, and a new session's set-up; then the briefing and start. */
export class ClassroomSetupScene extends ActEarlyScene {
  private store = new ClassroomStore(window.localStorage);

  constructor(services: GameServices) {
    super(SceneKey.ClassroomSetup, services);
  }

  create(): void {
    this.enter();
    drawMenuBackdrop(this);
    void this.services.i18n.loadNamespaces('classroom').then(() => {
      if (!this.sys.isActive()) return;
      if (classroom.step === 'briefing' && classroom.draft) this.renderBriefing(classroom.draft);
      else this.render();
      this.services.hook.ready = true;
    });
  }

  private get w(): Words {
    return classroomWords(this.services);
  }

  private text(key: string): string {
    return contentText(this.services.i18n, key, classroom.draft?.intensity);
  }

  private toTitle(): void {
    classroom.draft = null;
    classroom.step = 'setup';
    this.scene.start(SceneKey.Title);
  }

  private draft(): ClassroomSetup {
    const content = this.services.content;
    if (classroom.draft) return classroom.draft;
    const scenario = content?.scenarios.find((s) => s.id !== 'tutorial') ?? content?.scenarios[0];
    const setup = defaultSetup(scenario ?? { id: '', roles: [] }, 3, {
      seed: freshSeed(),
      nameOf: (i) => this.w('defaultName', { colour: this.w(`colour.${String(i)}`) }),
    });
    classroom.draft = setup;
    return setup;
  }

  private render(focusKey?: string): void {
    const content = this.services.content;
    if (!content) return;
    const w = this.w;
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'classroom-setup-screen',
      heading: w('setup.heading'),
      back: () => {
        this.toTitle();
      },
    });
    const saved = this.savedSection();
    const form = this.formSection();
    body.append(saved, form);

    const problemsLine = el('p', { className: 'classroom-problems', id: 'setup-problems' });
    problemsLine.setAttribute('aria-live', 'polite');
    const next = button('menu-button primary', w('setup.toBriefing'), () => {
      const setup = this.draft();
      const scenario = scenarioOf(content, setup.scenario);
      if (!scenario || validateSetup(setup, scenario).length > 0) {
        problemsLine.textContent = w('setup.fixProblems');
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      classroom.step = 'briefing';
      this.renderBriefing(setup);
    });
    next.dataset.focusKey = 'to-briefing';
    const cards = button('tool-button', w('setup.roleCards'), () => {
      void openPrintViewLazily(this.services, 'roleCards');
    });
    const guide = button('tool-button', w('setup.teacherGuide'), () => {
      void openPrintViewLazily(this.services, 'teacherGuide');
    });
    actions.append(cards, guide, problemsLine, next);
    this.services.ui.show(screen);
    this.refresh();
    const target = focusKey
      ? screen.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)
      : screen.querySelector<HTMLElement>('.saved-session button, #setup-scenario');
    target?.focus();
  }

  private savedSection(): HTMLElement {
    const content = this.services.content;
    const w = this.w;
    const { sessions, setAside } = this.store.list();
    const section = el('section', { className: 'classroom-saved' }, [
      el('h2', { textContent: w('setup.savedHeading') }),
    ]);
    if (setAside.length > 0) section.append(el('p', { textContent: w('setup.setAside') }));
    if (sessions.length === 0) {
      section.append(el('p', { className: 'empty-note', textContent: w('setup.noSaved') }));
      return section;
    }
    const list = el('ul', { className: 'saved-list' });
    for (const listing of sessions) {
      const scenario = content ? scenarioOf(content, listing.scenario) : undefined;
      const name = scenario ? contentText(this.services.i18n, scenario.nameKey) : listing.id;
      const line =
        listing.problem !== null
          ? w('setup.otherVersion')
          : w(listing.finished ? 'setup.savedFinished' : 'setup.savedLine', {
              scenario: name,
              teams: listing.teams.join(', '),
              rounds: listing.roundsPlayed,
            });
      const when = new Intl.DateTimeFormat(this.services.i18n.resolvedLanguage ?? 'en', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date(listing.savedAt));
      const cont = button('tool-button', w('setup.continue'), () => {
        this.continueSession(listing);
      });
      cont.setAttribute('aria-label', w('setup.continueNamed', { name: `${name} (${when})` }));
      cont.disabled = listing.problem !== null;
      cont.dataset.focusKey = `continue-${listing.id}`;
      const del = button('tool-button secondary', w('setup.delete'), () => {
        this.confirmDelete(listing, `${name} (${when})`);
      });
      del.setAttribute('aria-label', w('setup.deleteNamed', { name: `${name} (${when})` }));
      list.append(
        el('li', { className: 'saved-session' }, [
          el('p', {}, [
            el('strong', { textContent: line }),
            el('br'),
            w('setup.savedAt', { when }),
          ]),
          el('div', { className: 'saved-actions' }, [cont, del]),
        ]),
      );
    }
    section.append(list);
    return section;
  }

  private continueSession(listing: ClassroomListing): void {
    const content = this.services.content;
    if (!content) return;
    const loaded = ClassroomSession.load(content, this.store, listing.id);
    if (!loaded.ok) {
      this.render();
      return;
    }
    classroom.session = loaded.session;
    const phase = loaded.session.state.phase.kind;
    this.scene.start(
      phase === 'debrief' || phase === 'ended' ? SceneKey.ClassroomDebrief : SceneKey.ClassroomPlay,
    );
  }

  private confirmDelete(listing: ClassroomListing, name: string): void {
    const w = this.w;
    const yes = button('menu-button secondary', w('setup.deleteConfirm'));
    const no = button('menu-button', w('setup.deleteCancel'));
    const close = openModal(
      this.services.ui.root,
      'delete-heading',
      [
        el('h2', { id: 'delete-heading', textContent: w('setup.deleteHeading') }),
        el('p', { textContent: w('setup.deleteBody', { name }) }),
      ],
      [no, yes],
    );
    no.addEventListener('click', close);
    yes.addEventListener('click', () => {
      close();
      this.store.delete(listing.id);
      this.render();
    });
  }

  private field(label: string, control: HTMLElement, id: string, hint?: string): HTMLElement {
    const problem = el('span', { className: 'field-problem', id: `${id}-problem` });
    const described = [`${id}-problem`];
    const parts: (HTMLElement | string)[] = [el('label', { textContent: label }), control];
    (parts[0] as HTMLLabelElement).htmlFor = id;
    control.id = id;
    if (hint) {
      parts.push(el('span', { className: 'field-hint', id: `${id}-hint`, textContent: hint }));
      described.push(`${id}-hint`);
    }
    parts.push(problem);
    control.setAttribute('aria-describedby', described.join(' '));
    return el('div', { className: 'field' }, parts);
  }

  private select<T extends string>(
    options: readonly { value: T; label: string }[],
    value: T,
    onChange: (value: T) => void,
  ): HTMLSelectElement {
    const select = el('select');
    for (const option of options) {
      const node = el('option', { textContent: option.label });
      node.value = option.value;
      node.selected = option.value === value;
      select.append(node);
    }
    select.addEventListener('change', () => {
      onChange(select.value as T);
    });
    return select;
  }

  private change(change: Partial<ClassroomSetup>, rerender?: string): void {
    classroom.draft = { ...this.draft(), ...change };
    if (rerender) this.render(rerender);
    else this.refresh();
  }

  private updateTeam(index: number, change: Partial<TeamSetup>, rerender?: string): void {
    const teams = this.draft().teams.map((team, i) =>
      i === index ? { ...team, ...change } : team,
    );
    this.change({ teams }, rerender);
  }

  /** Roles nobody plays go to the facilitator. */
  private withFacilitator(setup: ClassroomSetup): ClassroomSetup {
    const scenario = this.services.content && scenarioOf(this.services.content, setup.scenario);
    const roles = scenario?.roles ?? [];
    const facilitatorRoles = roles.filter((r) => !setup.teams.some((t) => t.roles.includes(r)));
    return { ...setup, facilitatorRoles };
  }

  private formSection(): HTMLElement {
    const content = this.services.content;
    const w = this.w;
    const t = this.t;
    const setup = this.draft();
    const section = el('section', { className: 'classroom-new' }, [
      el('h2', { textContent: w('setup.newHeading') }),
    ]);
    if (!content) return section;
    const scenarioSelect = this.select(
      content.scenarios.map((s) => ({
        value: s.id,
        label: contentText(this.services.i18n, s.nameKey),
      })),
      setup.scenario,
      (id) => {
        const scenario = scenarioOf(content, id);
        if (!scenario) return;
        const fresh = defaultSetup(scenario, setup.teams.length, { seed: setup.seed });
        const teams = fresh.teams.map((team, i) => ({
          ...team,
          name: setup.teams[i]?.name ?? team.name,
          colour: setup.teams[i]?.colour ?? team.colour,
        }));
        this.change({ scenario: id, teams, facilitatorRoles: [] }, 'scenario');
      },
    );
    scenarioSelect.dataset.focusKey = 'scenario';
    const intensity = this.select(
      (['standard', 'gentle'] as const).map((value) => ({
        value,
        label: t(`select.intensity.${value}`),
      })),
      setup.intensity,
      (value) => {
        this.change({ intensity: value });
      },
    );
    const seed = el('input', { type: 'text' });
    seed.inputMode = 'numeric';
    seed.value = String(setup.seed);
    seed.addEventListener('input', () => {
      const value = Number.parseInt(seed.value.replace(/\D/g, ''), 10);
      if (Number.isFinite(value) && value > 0 && value < 1e9) this.change({ seed: value });
    });
    const count = this.select(
      Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => {
        const n = String(MIN_TEAMS + i);
        return { value: n, label: formatNumber(this.services.i18n, MIN_TEAMS + i) };
      }),
      String(setup.teams.length),
      (value) => {
        const scenario = scenarioOf(content, setup.scenario);
        if (!scenario) return;
        const n = Number(value);
        const fresh = defaultSetup(scenario, n, {
          seed: setup.seed,
          nameOf: (i) => w('defaultName', { colour: w(`colour.${String(i)}`) }),
        });
        this.change({ teams: fresh.teams, facilitatorRoles: [] }, 'team-count');
      },
    );
    count.dataset.focusKey = 'team-count';

    const general = el('div', { className: 'field-grid' }, [
      this.field(w('setup.scenario'), scenarioSelect, 'setup-scenario'),
      this.field(w('setup.intensity'), intensity, 'setup-intensity'),
      this.field(w('setup.seed'), seed, 'setup-seed', w('setup.seedHint')),
      this.field(w('setup.teamCount'), count, 'setup-team-count'),
    ]);

    const scenario = scenarioOf(content, setup.scenario);
    const teams = el('div', { className: 'team-grid' });
    setup.teams.forEach((team, index) => {
      teams.append(this.teamFieldset(team, index, scenario?.roles ?? []));
    });
    const facilitator = el('p', { className: 'facilitator-roles', id: 'facilitator-roles' });

    const mode = el('fieldset', { className: 'radio-group' }, [
      el('legend', { textContent: w('setup.mode') }),
    ]);
    for (const value of CLASSROOM_MODES) {
      const input = el('input', { type: 'radio' });
      input.name = 'classroom-mode';
      input.value = value;
      input.checked = setup.mode === value;
      input.addEventListener('change', () => {
        this.change({ mode: value });
      });
      const key = value === 'hotSeat' ? 'setup.modeHotSeat' : 'setup.modeFacilitatorEntry';
      mode.append(el('label', {}, [input, ` ${w(key)}`]));
    }
    const presetKey = (p: string) => `setup.preset${p.charAt(0).toUpperCase()}${p.slice(1)}`;
    const preset = this.select(
      LESSON_PRESETS.map((value) => ({ value, label: w(presetKey(value)) })),
      setup.preset,
      (value) => {
        this.change({ preset: value });
      },
    );
    const plan = el('ul', { className: 'lesson-plan', id: 'lesson-plan' });
    plan.setAttribute('aria-live', 'polite');
    const pin = el('input', { type: 'text' });
    pin.inputMode = 'numeric';
    pin.autocomplete = 'off';
    pin.value = setup.pin ?? '';
    pin.addEventListener('input', () => {
      this.change({ pin: pin.value.trim() === '' ? null : pin.value.trim() });
    });
    section.append(
      general,
      el('h3', { textContent: w('setup.teamsHeading') }),
      teams,
      facilitator,
      el('div', { className: 'field-grid' }, [
        mode,
        el('div', {}, [this.field(w('setup.preset'), preset, 'setup-preset'), plan]),
        this.field(w('setup.pin'), pin, 'setup-pin', w('setup.pinHint')),
      ]),
    );
    return section;
  }

  private teamFieldset(team: TeamSetup, index: number, roles: readonly RoleId[]): HTMLElement {
    const w = this.w;
    const content = this.services.content;
    const number = index + 1;
    const name = el('input', { type: 'text' });
    name.value = team.name;
    name.maxLength = 60;
    name.addEventListener('input', () => {
      this.updateTeam(index, { name: name.value });
    });
    const colour = this.select(
      Array.from({ length: TEAM_COLOURS }, (_, i) => ({
        value: String(i),
        label: w(`colour.${String(i)}`),
      })),
      String(team.colour),
      (value) => {
        this.updateTeam(index, { colour: Number(value) }, `colour-${String(index)}`);
      },
    );
    colour.dataset.focusKey = `colour-${String(index)}`;
    const roleBoxes = el('fieldset', { className: 'role-picker' }, [
      el('legend', { textContent: w('setup.teamRoles', { number }) }),
    ]);
    roleBoxes.id = `team-${String(index)}-roles`;
    for (const role of ROLE_IDS.filter((r) => roles.includes(r))) {
      const box = el('input', { type: 'checkbox' });
      box.checked = team.roles.includes(role);
      box.dataset.focusKey = `role-${String(index)}-${role}`;
      box.addEventListener('change', () => {
        const current = this.draft().teams[index]?.roles ?? [];
        const next = box.checked
          ? ROLE_IDS.filter((r) => r === role || current.includes(r))
          : current.filter((r) => r !== role);
        this.updateTeam(index, { roles: next });
      });
      roleBoxes.append(
        el('label', {}, [box, ` ${content ? roleName(this.services, content, role) : role}`]),
      );
    }
    roleBoxes.append(
      el('span', { className: 'field-problem', id: `team-${String(index)}-roles-problem` }),
    );
    const legend = el('legend', {}, [teamChip(team, w)]);
    legend.id = `team-${String(index)}-legend`;
    const set = el('fieldset', { className: 'team-fieldset' }, [
      legend,
      this.field(w('setup.teamName', { number }), name, `team-${String(index)}-name`),
      this.field(w('setup.teamColour', { number }), colour, `team-${String(index)}-colour`),
      roleBoxes,
    ]);
    set.dataset.team = team.id;
    return set;
  }

  /** Problems beside their fields, the facilitator's roles and the lesson plan, in place. */
  private refresh(): void {
    const content = this.services.content;
    const root = this.services.ui.root;
    if (!content) return;
    const w = this.w;
    classroom.draft = this.withFacilitator(this.draft());
    const setup = classroom.draft;
    const scenario = scenarioOf(content, setup.scenario);
    const problems: SetupProblem[] = scenario ? validateSetup(setup, scenario) : [];
    for (const node of root.querySelectorAll<HTMLElement>('.field-problem')) node.textContent = '';
    for (const node of root.querySelectorAll<HTMLElement>('[aria-invalid]'))
      node.removeAttribute('aria-invalid');
    const indexOf = (team: string) => setup.teams.findIndex((t) => t.id === team);
    const place = (id: string, message: string) => {
      const spot = root.querySelector<HTMLElement>(`#${id}-problem`);
      if (spot) spot.textContent = spot.textContent ? `${spot.textContent} ${message}` : message;
      root.querySelector<HTMLElement>(`#${id}`)?.setAttribute('aria-invalid', 'true');
    };
    for (const problem of problems) {
      const message = this.problemText(problem);
      switch (problem.kind) {
        case 'emptyName':
        case 'nameTooLong':
        case 'duplicateName':
        case 'badTeamId':
        case 'duplicateTeamId':
          place(`team-${String(indexOf(problem.team))}-name`, message);
          break;
        case 'badColour':
        case 'duplicateColour':
          place(`team-${String(indexOf(problem.team))}-colour`, message);
          break;
        case 'noRoles':
          place(`team-${String(indexOf(problem.team))}-roles`, message);
          break;
        case 'badPin':
          place('setup-pin', message);
          break;
        case 'teamCount':
          place('setup-team-count', message);
          break;
        default:
          place('setup-scenario', message);
      }
    }
    const facilitator = root.querySelector('#facilitator-roles');
    if (facilitator) {
      facilitator.textContent =
        setup.facilitatorRoles.length > 0
          ? w('setup.facilitatorRoles', {
              roles: roleNames(this.services, content, setup.facilitatorRoles),
            })
          : w('setup.noFacilitatorRoles');
    }
    const plan = root.querySelector('#lesson-plan');
    if (plan && scenario) {
      const s = lessonSchedule(setup.preset, scenario.turns.length, setup.teams.length, setup.mode);
      const lines: string[] = [];
      if (s.turnSeconds === null) lines.push(w('setup.planUntimed'));
      else {
        const turnKey = setup.mode === 'hotSeat' ? 'setup.planTurn' : 'setup.planRound';
        lines.push(w(turnKey, { seconds: s.turnSeconds }));
        lines.push(
          w('setup.planPauses', { count: s.pauseAfter.length, seconds: s.pauseSeconds ?? 0 }),
        );
        lines.push(w('setup.planDebrief', { minutes: s.debriefMinutes ?? 0 }));
        lines.push(
          w('setup.planTotal', {
            minutes: formatNumber(this.services.i18n, s.plannedMinutes ?? 0),
          }),
        );
        if (!s.fits) lines.push(w('setup.planOverrun'));
      }
      plan.replaceChildren(...lines.map((line) => el('li', { textContent: line })));
    }
  }

  private problemText(problem: SetupProblem): string {
    const content = this.services.content;
    const w = this.w;
    const values: Record<string, unknown> = { ...problem };
    if ('role' in problem && content) values.role = roleName(this.services, content, problem.role);
    return w(`setup.problem.${problem.kind}`, values);
  }

  private renderBriefing(setup: ClassroomSetup): void {
    const content = this.services.content;
    if (!content) return;
    const scenario = scenarioOf(content, setup.scenario);
    if (!scenario) return;
    const w = this.w;
    const t = this.t;
    const back = (): void => {
      classroom.step = 'setup';
      this.render('to-briefing');
    };
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'classroom-briefing-screen',
      heading: w('briefing.heading', { scenario: this.text(scenario.nameKey) }),
      back,
    });
    const main = el('div', { className: 'briefing-main' });
    if (scenario.contentNoteKey) {
      main.append(
        el('section', { className: 'content-note' }, [
          el('h2', { textContent: t('briefing.contentNote') }),
          el('p', { textContent: this.text(scenario.contentNoteKey) }),
        ]),
      );
    }
    main.append(
      el('h2', { textContent: this.text(scenario.countryKey ?? scenario.nameKey) }),
      el('p', { className: 'briefing-text', textContent: this.text(scenario.briefingKey) }),
      el('h2', { textContent: t('briefing.actingEarlyHeading') }),
      el('p', { textContent: this.text('actingEarly') }),
    );
    const side = el('div', { className: 'briefing-side' }, [
      el('h2', { textContent: w('briefing.teams') }),
      el('ul', { className: 'profile-list' }, [
        ...setup.teams.map((team) =>
          el('li', {}, [teamChip(team, w), `: ${roleNames(this.services, content, team.roles)}`]),
        ),
        ...(setup.facilitatorRoles.length > 0
          ? [
              el('li', {}, [
                teamChip(null, w),
                `: ${roleNames(this.services, content, setup.facilitatorRoles)}`,
              ]),
            ]
          : []),
      ]),
      el('p', { className: 'seed-line', textContent: t('briefing.seed', { seed: setup.seed }) }),
    ]);
    body.append(main, side);
    const backButton = button('tool-button', w('briefing.back'), back);
    const start = button('menu-button primary', w('briefing.start'), () => {
      const created = ClassroomSession.create(content, setup, this.store);
      if (!created.ok) {
        back();
        return;
      }
      classroom.session = created.session;
      classroom.draft = null;
      classroom.step = 'setup';
      this.scene.start(SceneKey.ClassroomPlay);
    });
    actions.append(backButton, start);
    this.services.ui.show(screen);
    start.focus();
  }
}
