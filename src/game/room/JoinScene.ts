import { teamOf } from '../../classroom/setup.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import type { RoleId, Scenario } from '../../content/schema.ts';
import { isRoomCode, normaliseCode } from '../../server/protocol.ts';
import type { ClassroomSession } from '../classroomUi/classroomSession.ts';
import { roleNames, teamChip } from '../classroomUi/common.ts';
import type { ClassroomSessionData } from '../classroomUi/sceneData.ts';
import { updateTimer } from '../classroomUi/turnPanel.ts';
import { SceneKey } from '../keys.ts';
import { stageLabel, type RoomContext } from '../play/roomDom.ts';
import { playView } from '../play/view.ts';
import { ActEarlyScene } from '../scenes/ActEarlyScene.ts';
import type { GameServices } from '../services.ts';
import type { Translator } from '../translator.ts';
import { drawMenuBackdrop } from '../ui/backdrop.ts';
import { button, el } from '../ui/dom.ts';
import { buildScreen } from '../ui/screen.ts';
import { linkHost } from './host.ts';
import { joinProblemText, refusalText } from './refusalText.ts';
import { RoomLink } from './roomLink.ts';
import { roomSession } from './roomSession.ts';
import { keepDraft, teamDecision } from './studentTeam.ts';

/** The join scene's data: the link once joined, else the code to prefill. */
export interface JoinData {
  readonly link: RoomLink | null;
  readonly code: string;
  /** Why the last join or the room ended, already in words. */
  readonly problem?: string;
}

/**
 * A student's device in a classroom room (issue #18): join by code and nickname, pick a team,
 * then propose, see the team's proposals and submit once per round. The room decides; this
 * screen shows what it says.
 */
export class JoinScene extends ActEarlyScene {
  private link: RoomLink | null = null;
  private session: ClassroomSession | null = null;
  private code = '';
  private nickname = '';
  private problem = '';
  private selectedRole: RoleId | null = null;
  private joining = false;
  private dirty = false;

  constructor(services: GameServices) {
    super(SceneKey.ClassroomJoin, services);
  }

  init(data: Partial<JoinData>): void {
    const link = data.link ?? null;
    if (link !== this.link) {
      this.session = null;
      this.selectedRole = null;
    }
    this.link = link;
    this.code = data.code ?? this.code;
    this.problem = data.problem ?? '';
  }

  protected override rebuildData(): JoinData {
    return { link: this.link, code: this.code };
  }

  create(): void {
    this.enter();
    drawMenuBackdrop(this);
    void this.services.i18n.loadNamespaces('classroom').then(() => {
      if (!this.sys.isActive()) return;
      if (this.link) this.follow(this.link);
      else this.render();
      this.services.hook.ready = true;
    });
  }

  private get w(): Translator {
    return this.services.words;
  }

  /** Listen to the room for as long as this scene shows it. */
  private follow(link: RoomLink): void {
    const content = this.services.content;
    if (!content) return;
    // The session follows the room first, so each view below renders the state it brought.
    const ready = this.session ? null : roomSession(content, link, () => undefined);
    const offs = [
      link.on('view', () => {
        this.refresh();
      }),
      link.on('timer', () => {
        if (this.session) updateTimer(this.services, this.session);
      }),
      link.on('rejected', (message) => {
        this.problem = refusalText(this.w, message);
        this.refresh();
        this.services.ui.announce(this.problem);
      }),
      link.on('accepted', ({ type }) => {
        if (type === 'submit') this.services.ui.announce(this.w.classroom('join.submitted'));
      }),
      link.on('connection', ({ connected }) => {
        this.services.ui.announce(
          this.w.classroom(connected ? 'room.reconnected' : 'room.disconnected'),
        );
        this.refresh();
      }),
      link.on('left', ({ removed }) => {
        this.scene.restart({
          link: null,
          code: '',
          problem: this.w.classroom(removed ? 'join.removed' : 'room.roomGone'),
        } satisfies JoinData);
      }),
    ];
    this.events.once('shutdown', () => {
      for (const off of offs) off();
    });
    if (this.session) {
      this.refresh();
      return;
    }
    this.render();
    void ready?.then((session) => {
      if (!this.sys.isActive() || this.link !== link) return;
      this.session = session;
      this.refresh();
    });
  }

  /** Re-render, unless a dialog is open (then once it closes). */
  private refresh(): void {
    if (this.services.ui.modals.isOpen) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    const state = this.session?.state;
    const phase = state?.phase.kind;
    if (this.session && (phase === 'debrief' || phase === 'ended')) {
      this.scene.start(SceneKey.ClassroomDebrief, {
        session: this.session,
        ...(this.link ? { room: this.link } : {}),
      } satisfies ClassroomSessionData);
      return;
    }
    this.render();
  }

  private render(): void {
    const w = this.w;
    const keep = (document.activeElement as HTMLElement | null)?.dataset.focusKey;
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'join-screen',
      heading: w.classroom('join.heading'),
      back: () => {
        this.leave();
      },
    });
    const problem = el('p', {
      className: 'join-problem',
      id: 'join-problem',
      textContent: this.problem,
    });
    problem.setAttribute('role', 'alert');
    const link = this.link;
    const view = link?.view ?? null;
    const state = this.session?.state ?? null;
    if (!link) body.append(...this.joinForm(problem));
    else if (!view || !state) {
      body.append(el('p', { className: 'join-wait', textContent: w.classroom('join.joining') }));
    } else {
      const team = view.you.team === null ? undefined : teamOf(state.setup, view.you.team);
      body.append(this.status(state, team ?? null), problem);
      if (!team) body.append(this.teamPicker(state));
      else body.append(...this.teamPlay(state, team));
      actions.append(
        button('tool-button', w.classroom('join.leave'), () => {
          this.leave();
        }),
      );
    }
    const draft = this.services.ui.root.querySelector<HTMLInputElement>('#team-note');
    this.services.ui.show(screen);
    keepDraft(draft, screen.querySelector<HTMLInputElement>('#team-note'));
    if (this.session) updateTimer(this.services, this.session);
    const target = keep ? screen.querySelector<HTMLElement>(`[data-focus-key="${keep}"]`) : null;
    (target ?? screen.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
  }

  private joinForm(problem: HTMLElement): HTMLElement[] {
    const w = this.w;
    const code = el('input', { type: 'text', id: 'join-code' });
    code.value = this.code;
    code.maxLength = 12;
    code.autocomplete = 'off';
    code.autocapitalize = 'characters';
    code.spellcheck = false;
    code.dataset.focusKey = 'join-code';
    code.setAttribute('aria-describedby', 'join-code-hint join-problem');
    const nickname = el('input', { type: 'text', id: 'join-nickname' });
    nickname.value = this.nickname;
    nickname.maxLength = 24;
    nickname.autocomplete = 'off';
    nickname.dataset.focusKey = 'join-nickname';
    nickname.setAttribute('aria-describedby', 'join-nickname-hint join-problem');
    (this.code === '' ? code : nickname).dataset.autofocus = '';
    const label = (input: HTMLInputElement, key: 'join.code' | 'join.nickname') => {
      const node = el('label', { textContent: w.classroom(key) });
      node.htmlFor = input.id;
      return node;
    };
    const submit = button('menu-button primary', w.classroom('join.join'));
    submit.dataset.focusKey = 'join-submit';
    const form = el('form', { className: 'join-form' }, [
      label(code, 'join.code'),
      code,
      el('p', {
        className: 'field-hint',
        id: 'join-code-hint',
        textContent: w.classroom('join.codeHint'),
      }),
      label(nickname, 'join.nickname'),
      nickname,
      el('p', {
        className: 'field-hint',
        id: 'join-nickname-hint',
        textContent: w.classroom('join.nicknameHint'),
      }),
      problem,
      submit,
    ]);
    submit.type = 'submit';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.code = normaliseCode(code.value);
      this.nickname = nickname.value;
      if (!isRoomCode(this.code)) {
        this.problem = w.classroom('join.badCode');
        problem.textContent = this.problem;
        code.setAttribute('aria-invalid', 'true');
        code.focus();
        return;
      }
      void this.join(submit);
    });
    return [form];
  }

  private async join(submit: HTMLButtonElement): Promise<void> {
    if (this.joining) return;
    this.joining = true;
    submit.disabled = true;
    submit.textContent = this.w.classroom('join.joining');
    const joined = await RoomLink.join(linkHost(this.services), this.code, this.nickname);
    this.joining = false;
    if (!this.sys.isActive()) return;
    if (!joined.ok) {
      this.problem = joinProblemText(this.w, joined.problem);
      this.render();
      return;
    }
    this.problem = '';
    this.link = joined.link;
    this.follow(joined.link);
  }

  /** Who and where this device is: nickname, team, round, stage and timer. */
  private status(state: ClassroomState, team: TeamSetup | null): HTMLElement {
    const w = this.w;
    const link = this.link;
    const view = link?.view;
    const me = view?.roster.find((m) => m.id === view.you.id);
    const game = state.game;
    const words = this.scenarioWords(state);
    const ctx = { words } as RoomContext;
    const timer = el('p', { className: 'classroom-timer', id: 'classroom-timer' });
    timer.setAttribute('role', 'timer');
    timer.setAttribute('aria-label', w.classroom('play.timerLabel'));
    const parts: (HTMLElement | string)[] = [
      el('p', { className: 'join-me' }, [
        el('span', { className: 'join-nickname', textContent: me?.nickname ?? '' }),
        ...(team ? [teamChip(team, w)] : []),
      ]),
      el('p', {
        textContent: w.classroom('play.round', { round: game.round, rounds: game.model.rounds }),
      }),
      el('p', {
        className: 'stage-label',
        textContent: state.riskHidden
          ? w.classroom('play.riskHidden')
          : stageLabel(ctx, game.stage),
      }),
      timer,
    ];
    if (link && !link.isConnected) {
      parts.push(
        el('p', { className: 'join-offline', textContent: w.classroom('room.disconnected') }),
      );
    }
    if (state.paused) {
      parts.push(
        el('p', { className: 'classroom-paused', textContent: w.classroom('play.paused') }),
      );
    }
    return el('div', { className: 'join-status' }, parts);
  }

  private scenarioWords(state: ClassroomState): Translator {
    const scenario: Scenario | undefined = this.services.content?.scenarios.find(
      (s) => s.id === state.setup.scenario,
    );
    return this.w.forScenario(
      scenario,
      state.setup.intensity,
      this.services.preferences.secondLanguage,
    );
  }

  private teamPicker(state: ClassroomState): HTMLElement {
    const w = this.w;
    const content = this.services.content;
    const list = el('ul', { className: 'join-teams' });
    state.setup.teams.forEach((team, index) => {
      const pick = button('menu-button join-team', '', () => {
        this.link?.send('pickTeam', { team: team.id });
      });
      pick.append(
        teamChip(team, w),
        el('span', {
          className: 'join-team-roles',
          textContent: content ? roleNames(w, content, team.roles) : '',
        }),
      );
      pick.dataset.focusKey = `pick-${team.id}`;
      if (index === 0) pick.dataset.autofocus = '';
      list.append(el('li', {}, [pick]));
    });
    return el('section', { className: 'join-pick' }, [
      el('h2', { textContent: w.classroom('join.pickHeading') }),
      list,
      el('p', { textContent: w.classroom('join.orWait') }),
    ]);
  }

  private teamPlay(state: ClassroomState, team: TeamSetup): HTMLElement[] {
    const link = this.link;
    const view = link?.view;
    if (!link || !view) return [];
    const w = this.w;
    const phase = state.phase.kind;
    if (phase !== 'entry') {
      const key =
        phase === 'discussion'
          ? 'join.discussion'
          : phase === 'roundResults'
            ? 'join.results'
            : 'join.waitingTeacher';
      return [el('p', { className: 'join-wait', textContent: w.classroom(key) })];
    }
    if (state.done.includes(team.id)) {
      return [
        el('p', {
          className: 'join-wait join-submitted',
          textContent: w.classroom('join.submitted'),
        }),
        el('p', { className: 'join-wait', textContent: w.classroom('join.waitingOthers') }),
      ];
    }
    const game = state.game;
    const full = playView(game);
    const roles = full.roles.filter((r) => team.roles.includes(r.id));
    const selected =
      this.selectedRole && roles.some((r) => r.id === this.selectedRole)
        ? this.selectedRole
        : (roles[0]?.id ?? null);
    this.selectedRole = selected;
    return teamDecision({
      services: this.services,
      link,
      view,
      state,
      team,
      words: this.scenarioWords(state),
      playView: { ...full, roles },
      selected,
      selectRole: (role) => {
        this.selectedRole = role;
        this.render();
        this.services.ui.root.querySelector<HTMLElement>(`#tab-${role}`)?.focus();
      },
      afterDialog: () => {
        if (this.dirty) this.refresh();
      },
    });
  }

  private leave(): void {
    const link = this.link;
    this.link = null;
    this.session = null;
    if (link) void link.leave();
    this.scene.start(SceneKey.Title);
  }
}
