import type { RoleId, Scenario } from '../../content/schema.ts';
import type { GameEvent, Stage } from '../../core/index.ts';
import { SceneKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import { explainRound, type Wording } from '../play/explain.ts';
import { contentNames, resultList } from '../play/results.ts';
import {
  buildCalendar,
  buildFeed,
  buildRoles,
  stageLabel,
  type RoomContext,
} from '../play/roomDom.ts';
import {
  drawRoomBoard,
  regionLabels,
  regionLevels,
  roomPanelTabs,
  type RoomBoard,
  type RoomPanel,
} from '../play/roomBoard.ts';
import { playView } from '../play/view.ts';
import type { GameServices } from '../services.ts';
import { connectSessionAudio } from '../session/audioBridge.ts';
import type { GameSession } from '../session/session.ts';
import { contentText, formatNumber } from '../text.ts';
import { button, el } from '../ui/dom.ts';
import { languageButton } from '../ui/languagePicker.ts';
import { isLetterShortcut } from '../ui/shortcut.ts';
import { openSettingsPanel } from '../ui/settingsPanel.ts';
import { ScenarioWords } from '../words.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

/** The situation room: renders the session's state and sends the player's intents back. */
export class PlayScene extends ActEarlyScene {
  private session: GameSession | null = null;
  private selectedRole: RoleId | null = null;
  private scenario: Scenario | undefined;
  private board: RoomBoard | null = null;
  private words: ScenarioWords | null = null;
  private compactPanel: RoomPanel = 'measures';
  /** Signs to animate in on the next render; cleared once shown. */
  private arriving = new Set<number>();
  private justPlayed: RoomContext['justPlayed'] = null;
  /** While a round's results are open, the meter keeps showing the stage before them. */
  private heldStage: Stage | null = null;

  constructor(services: GameServices) {
    super(SceneKey.Play, services);
  }

  create(): void {
    this.enter();
    const session = this.services.session;
    if (!session) {
      this.scene.start(SceneKey.Title);
      return;
    }
    this.session = session;
    this.selectedRole = session.state.roles[0] ?? null;
    const scenario = session.content.scenarios.find((s) => s.id === session.state.model.scenarioId);
    this.scenario = scenario;
    this.words = new ScenarioWords(
      this.services.i18n,
      scenario,
      session.intensity,
      this.services.preferences.secondLanguage,
    );

    this.cameras.main.setBackgroundColor(Ink.night);
    this.board = drawRoomBoard(
      this,
      session.state.model.scenarioId,
      scenario?.profile?.regions ?? [],
      this.services.ui.compact,
    );

    const unsubscribe = [
      connectSessionAudio(session, this.services.audio),
      session.on('changed', ({ action, events }) => {
        this.justPlayed =
          action.kind === 'takeMeasure' || action.kind === 'withdrawMeasure'
            ? { measure: action.measure, taken: action.kind === 'takeMeasure' }
            : null;
        if (action.kind === 'endRound') {
          const change = events.find((event) => event.type === 'stageChanged');
          this.heldStage = change ? change.from : null;
        }
        this.render();
        this.justPlayed = null;
        if (action.kind === 'endRound') this.showConsequences(events);
      }),
      session.on('rejected', ({ reason }) => {
        this.services.ui.announce(this.t(`blocker.${reason}`));
      }),
    ];
    this.events.once('shutdown', () => {
      for (const off of unsubscribe) off();
    });
    this.render();
    this.services.hook.ready = true;
  }

  private context(): RoomContext {
    const session = this.session;
    const words = this.words ?? new ScenarioWords(this.services.i18n, undefined, 'standard');
    const stepKey = this.scenario?.tutorialStepKeys?.[(session?.state.round ?? 1) - 1];
    return {
      i18n: this.services.i18n,
      words,
      tutorialStep: stepKey ? words.text(stepKey) : null,
      arriving: this.arriving,
      justPlayed: this.justPlayed,
      take: (role, measure) => session?.takeMeasure(role, measure),
      withdraw: (role, measure) => session?.withdrawMeasure(role, measure),
      selectRole: (role) => {
        this.selectedRole = role;
        this.compactPanel = 'measures';
        this.render(`tab-${role}`);
      },
    };
  }

  private text(key: string, values: Record<string, unknown> = {}): string {
    return contentText(this.services.i18n, key, this.session?.intensity, values);
  }

  private render(focusKey?: string): void {
    const session = this.session;
    if (!session) return;
    const t = this.t;
    const state = session.state;
    const view = playView(state);
    const ctx = this.context();
    const keepFocus = focusKey ?? (document.activeElement as HTMLElement | null)?.dataset.focusKey;

    const board = this.board;
    if (!board) return;
    const levels = regionLevels(board, state.threat);
    board.map.draw(levels);
    board.meter.show(this.heldStage ?? state.stage);
    const labels = regionLabels(board, levels, {
      i18n: this.services.i18n,
      text: (key) => this.text(key),
    });

    const endRound = button(
      'menu-button primary end-round',
      state.round >= state.model.rounds ? t('play.endLastRound') : t('play.endRound'),
    );
    endRound.dataset.focusKey = 'end-round';
    endRound.addEventListener('click', () => {
      session.endRound();
    });

    const tool = (key: 'help' | 'settings' | 'menu', action: () => void): HTMLButtonElement => {
      const control = button('tool-button', t(`play.${key}`));
      control.dataset.focusKey = `tool-${key}`;
      control.addEventListener('click', action);
      return control;
    };

    const compact = this.services.ui.compact;
    const screen = el('main', { className: `screen play-screen show-${this.compactPanel}` }, [
      el('header', { className: 'play-top' }, [
        el('div', { className: 'play-title' }, [
          el('h1', {
            textContent: this.text(
              this.scenario?.countryKey ?? `scenario.${state.model.scenarioId}.country`,
            ),
          }),
          el('p', { textContent: t('play.round', { round: view.round, rounds: view.rounds }) }),
        ]),
        el('p', { className: 'stage-label', textContent: stageLabel(ctx, state.stage) }),
        el('nav', { className: 'play-tools' }, [
          languageButton(this.services),
          // A phone has no room for four tools: help and settings move into the menu.
          ...(compact
            ? []
            : [
                tool('help', () => {
                  this.openHelp();
                }),
                tool('settings', () => {
                  openSettingsPanel(this.services);
                }),
              ]),
          tool('menu', () => {
            this.openMenu();
          }),
        ]),
      ]),
      ...(compact ? [this.panelTabs(view.signs.length)] : []),
      labels,
      buildCalendar(ctx, view),
      buildFeed(ctx, view),
      buildRoles(ctx, view, this.selectedRole ?? state.roles[0] ?? 'government'),
      endRound,
    ]);
    screen.addEventListener('keydown', (event) => {
      this.onKey(event);
    });
    this.services.ui.show(screen);
    const target = keepFocus
      ? screen.querySelector<HTMLElement>(`[data-focus-key="${keepFocus}"]`)
      : null;
    (target ?? screen.querySelector<HTMLElement>('.role-tab[aria-selected="true"]'))?.focus();
  }

  /** Tabs that choose which part of the room a small screen shows. */
  private panelTabs(signCount: number): HTMLElement {
    return roomPanelTabs(this.services.i18n, signCount, this.compactPanel, (panel) => {
      this.compactPanel = panel;
      this.render(`panel-${panel}`);
    });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement || this.services.ui.modals.isOpen) return;
    const session = this.session;
    if (!session) return;
    // Digits by position, so they work on AZERTY too, where 1–5 need Shift.
    const digit = /^Digit([1-5])$/.exec(event.code)?.[1];
    const role = digit ? session.state.roles[Number(digit) - 1] : undefined;
    if (role) {
      this.selectedRole = role;
      this.compactPanel = 'measures';
      this.render(`tab-${role}`);
    } else if (event.key === 'Escape') {
      this.openMenu();
    } else if (isLetterShortcut(event, 'h') || event.key === '?') {
      this.openHelp();
    } else if (isLetterShortcut(event, 'e')) {
      session.endRound();
    } else {
      return;
    }
    event.preventDefault();
  }

  private showConsequences(events: readonly GameEvent[]): void {
    const session = this.session;
    if (!session) return;
    const t = this.t;
    const state = session.state;
    const wording: Wording = {
      ui: (key, values) => (t as unknown as (k: string, v?: object) => string)(key, values),
      name: contentNames(state.model, this.words, (key) => this.text(key)),
      number: (value, digits) => formatNumber(this.services.i18n, value, digits),
      list: (items, or) =>
        new Intl.ListFormat(this.services.i18n.resolvedLanguage ?? 'en', {
          type: or ? 'disjunction' : 'conjunction',
        }).format(items),
    };
    const lines = explainRound(events, state, wording);
    const resolved = state.history.at(-1)?.round ?? state.round - 1;
    const heading = t('results.heading', { round: resolved });
    const list = resultList(this.services.i18n, lines);
    const finished = state.finished;
    const next = button('menu-button', finished ? t('results.toDebrief') : t('results.continue'));
    const body: HTMLElement[] = [el('h2', { id: 'results-heading', textContent: heading })];
    body.push(lines.length > 0 ? list : el('p', { textContent: t('results.quiet') }));
    const close = this.services.ui.modals.dialog('results-heading', body, [next]);
    const newSigns = lines.filter((line) => line.tone === 'warning').length;
    this.services.ui.announce(
      t('results.announce', {
        round: resolved,
        stage: stageLabel(this.context(), state.stage),
        count: newSigns,
      }),
    );
    next.addEventListener('click', () => {
      close();
      if (finished) {
        this.scene.start(SceneKey.Debrief);
        return;
      }
      // Once the results are read, the meter moves and the new signs arrive in the feed.
      const reduced = this.services.reducedMotion;
      this.board?.meter.show(state.stage, !reduced);
      this.heldStage = null;
      this.arriving = new Set(
        playView(state)
          .signs.filter((sign) => sign.fresh)
          .map((sign) => sign.uid),
      );
      this.render();
      this.arriving = new Set();
    });
  }

  private openHelp(): void {
    const t = this.t;
    const close = button('menu-button', t('help.close'));
    const keys = ['roles', 'tab', 'enter', 'endRound', 'help', 'menu'] as const;
    const stages = [1, 2, 3, 4, 5].map((stage) =>
      el('li', {}, [
        el('strong', {
          textContent: `${t('debrief.stageShort', { stage })}: ${this.text(`stage.${String(stage)}.name`)}. `,
        }),
        this.text(`stage.${String(stage)}.description`),
      ]),
    );
    const kinds = (['structural', 'operational', 'non_recurrence'] as const).map((kind) =>
      el('li', {}, [
        el('strong', { textContent: `${this.text(`kind.${kind}.name`)}: ` }),
        this.text(`kind.${kind}.description`),
      ]),
    );
    const closeModal = this.services.ui.modals.dialog(
      'help-heading',
      [
        el('h2', { id: 'help-heading', textContent: t('help.heading') }),
        el('p', { textContent: t('help.goal') }),
        el('h3', { textContent: t('help.keysHeading') }),
        el(
          'dl',
          { className: 'shortcut-list' },
          keys.flatMap((key) => [
            el('dt', { textContent: t(`help.keys.${key}`) }),
            el('dd', { textContent: t(`help.does.${key}`) }),
          ]),
        ),
        el('h3', { textContent: t('help.stagesHeading') }),
        el('ul', { className: 'plain-list' }, stages),
        el('h3', { textContent: t('help.kindsHeading') }),
        el('ul', { className: 'plain-list' }, kinds),
      ],
      [close],
    );
    close.addEventListener('click', closeModal);
  }

  private openMenu(): void {
    const t = this.t;
    const resume = button('menu-button', t('gameMenu.resume'));
    const leave = button('menu-button secondary', t('gameMenu.leave'));
    const extra = this.services.ui.compact
      ? [
          button('menu-button', t('play.help'), () => {
            close();
            this.openHelp();
          }),
          button('menu-button', t('play.settings'), () => {
            close();
            openSettingsPanel(this.services);
          }),
        ]
      : [];
    const close = this.services.ui.modals.dialog(
      'menu-heading',
      [
        el('h2', { id: 'menu-heading', textContent: t('gameMenu.heading') }),
        el('p', { textContent: t('gameMenu.saved') }),
      ],
      [resume, ...extra, leave],
    );
    resume.addEventListener('click', close);
    leave.addEventListener('click', () => {
      close();
      this.services.session = null;
      this.scene.start(SceneKey.Title);
    });
  }
}
