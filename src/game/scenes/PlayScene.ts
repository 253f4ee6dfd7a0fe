import type { RoleId, Scenario } from '../../content/schema.ts';
import type { Action, GameEvent, Stage } from '../../core/index.ts';
import { SceneKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import { explainRound } from '../play/explain.ts';
import { resultList, roundWording } from '../play/results.ts';
import { SAVE_STORAGE_KEY } from '../session/save.ts';
import { downloadSave } from '../storage/saveNotice.ts';
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
import { playView, type PlayView } from '../play/view.ts';
import type { GameServices } from '../services.ts';
import { connectSessionAudio } from '../session/audioBridge.ts';
import type { GameSession } from '../session/session.ts';
import { button, el } from '../ui/dom.ts';
import { languageButton } from '../ui/languagePicker.ts';
import { isLetterShortcut } from '../ui/shortcut.ts';
import { openSettingsPanel } from '../ui/settingsPanel.ts';
import {
  BLOCKER_KEYS,
  MEASURE_KIND_KEYS,
  SHORTCUT_KEYS,
  STAGE_KEYS,
  TOOL_KEYS,
} from '../textKeys.ts';
import type { ContentKey, TextValues, Translator } from '../translator.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

/**
 * What one render shows beyond the session's state and the room's own choices (role, panel):
 * the move just made, signs arriving now, and the stage the meter holds while a round's results
 * are open. Passed to each render, so nothing has to be set before and reset after it.
 */
interface RoomMoment {
  readonly justPlayed: RoomContext['justPlayed'];
  readonly arriving: ReadonlySet<number>;
  readonly heldStage: Stage | null;
}

const STILL: RoomMoment = { justPlayed: null, arriving: new Set(), heldStage: null };

/** The measure a move took or withdrew, for the room to show it happening. */
function justPlayedBy(action: Action): RoomContext['justPlayed'] {
  return action.kind === 'takeMeasure' || action.kind === 'withdrawMeasure'
    ? { measure: action.measure, taken: action.kind === 'takeMeasure' }
    : null;
}

/** The stage a round's results start from, when the round moved it. */
function stageBefore(events: readonly GameEvent[]): Stage | null {
  const change = events.find((event) => event.type === 'stageChanged');
  return change ? change.from : null;
}

/** The situation room: renders the session's state and sends the player's intents back. */
export class PlayScene extends ActEarlyScene {
  private session: GameSession | null = null;
  private selectedRole: RoleId | null = null;
  private scenario: Scenario | undefined;
  private board: RoomBoard | null = null;
  private words: Translator = this.services.words;
  private compactPanel: RoomPanel = 'measures';

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
    this.words = this.services.words.forScenario(
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
        const ended = action.kind === 'endRound';
        this.render({
          ...STILL,
          justPlayed: justPlayedBy(action),
          // While a round's results are open, the meter keeps showing the stage before them.
          heldStage: ended ? stageBefore(events) : null,
        });
        if (ended) this.showConsequences(events);
      }),
      session.on('rejected', ({ reason }) => {
        this.services.ui.announce(this.t(BLOCKER_KEYS[reason]));
      }),
    ];
    this.events.once('shutdown', () => {
      for (const off of unsubscribe) off();
    });
    this.render();
    this.services.hook.ready = true;
  }

  private context(moment: RoomMoment = STILL): RoomContext {
    const session = this.session;
    const words = this.words;
    const stepKey = this.scenario?.tutorialStepKeys?.[(session?.state.round ?? 1) - 1];
    return {
      words,
      tutorialStep: stepKey ? words.text(stepKey) : null,
      arriving: moment.arriving,
      justPlayed: moment.justPlayed,
      take: (role, measure) => session?.takeMeasure(role, measure),
      withdraw: (role, measure) => session?.withdrawMeasure(role, measure),
      selectRole: (role) => {
        this.selectedRole = role;
        this.compactPanel = 'measures';
        this.render(STILL, `tab-${role}`);
      },
    };
  }

  private text(key: ContentKey, values: TextValues = {}): string {
    return this.words.text(key, values);
  }

  private render(moment: RoomMoment = STILL, focusKey?: string): void {
    const session = this.session;
    const board = this.board;
    if (!session || !board) return;
    const state = session.state;
    const view = playView(state);
    const ctx = this.context(moment);
    const keepFocus = focusKey ?? (document.activeElement as HTMLElement | null)?.dataset.focusKey;
    const levels = regionLevels(board, state.threat);
    board.map.draw(levels);
    board.meter.show(moment.heldStage ?? state.stage);
    const screen = el('main', { className: `screen play-screen show-${this.compactPanel}` }, [
      this.topBar(session, view, ctx),
      ...(this.services.ui.compact ? [this.panelTabs(view.signs.length)] : []),
      regionLabels(board, levels, this.words),
      buildCalendar(ctx, view),
      buildFeed(ctx, view),
      buildRoles(ctx, view, this.selectedRole ?? state.roles[0] ?? 'government'),
      this.endRoundButton(session),
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

  /** The country, the round, the stage and the tools. */
  private topBar(session: GameSession, view: PlayView, ctx: RoomContext): HTMLElement {
    const t = this.t;
    const state = session.state;
    const tool = (key: 'help' | 'settings' | 'menu', action: () => void): HTMLButtonElement => {
      const control = button('tool-button', t(TOOL_KEYS[key]), action);
      control.dataset.focusKey = `tool-${key}`;
      return control;
    };
    return el('header', { className: 'play-top' }, [
      el('div', { className: 'play-title' }, [
        el('h1', {
          textContent: this.scenario
            ? this.text(this.scenario.countryKey ?? this.scenario.nameKey)
            : '',
        }),
        el('p', { textContent: t('play.round', { round: view.round, rounds: view.rounds }) }),
      ]),
      el('p', { className: 'stage-label', textContent: stageLabel(ctx, state.stage) }),
      el('nav', { className: 'play-tools' }, [
        languageButton(this.services),
        // A phone has no room for four tools: help and settings move into the menu.
        ...(this.services.ui.compact
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
    ]);
  }

  private endRoundButton(session: GameSession): HTMLButtonElement {
    const last = session.state.round >= session.state.model.rounds;
    const endRound = button(
      'menu-button primary end-round',
      last ? this.t('play.endLastRound') : this.t('play.endRound'),
      () => {
        session.endRound();
      },
    );
    endRound.dataset.focusKey = 'end-round';
    return endRound;
  }

  /** Tabs that choose which part of the room a small screen shows. */
  private panelTabs(signCount: number): HTMLElement {
    return roomPanelTabs(this.words, signCount, this.compactPanel, (panel) => {
      this.compactPanel = panel;
      this.render(STILL, `panel-${panel}`);
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
      this.render(STILL, `tab-${role}`);
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
    const lines = explainRound(events, state, roundWording(state.model, this.words));
    const resolved = state.history.at(-1)?.round ?? state.round - 1;
    const heading = t('results.heading', { round: resolved });
    const list = resultList(this.words, lines);
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
      const arriving = playView(state)
        .signs.filter((sign) => sign.fresh)
        .map((sign) => sign.uid);
      this.render({ ...STILL, arriving: new Set(arriving) });
    });
  }

  private openHelp(): void {
    const t = this.t;
    const close = button('menu-button', t('help.close'));
    const shortcuts = Object.values(SHORTCUT_KEYS);
    const stages = ([1, 2, 3, 4, 5] as const).map((stage) =>
      el('li', {}, [
        el('strong', {
          textContent: `${t('debrief.stageShort', { stage })}: ${this.text(STAGE_KEYS[stage].name)}. `,
        }),
        this.text(STAGE_KEYS[stage].description),
      ]),
    );
    const kinds = (['structural', 'operational', 'non_recurrence'] as const).map((kind) =>
      el('li', {}, [
        el('strong', { textContent: `${this.text(MEASURE_KIND_KEYS[kind].name)}: ` }),
        this.text(MEASURE_KIND_KEYS[kind].description),
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
          shortcuts.flatMap((shortcut) => [
            el('dt', { textContent: t(shortcut.keys) }),
            el('dd', { textContent: t(shortcut.does) }),
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
    // Storage refused the save: say so, and offer it as a file instead.
    const unsaved = this.services.storage.unsaved(SAVE_STORAGE_KEY);
    const save = unsaved
      ? [
          button('menu-button', t('storage.download'), () => {
            downloadSave(this.services.storage, SAVE_STORAGE_KEY);
          }),
        ]
      : [];
    const close = this.services.ui.modals.dialog(
      'menu-heading',
      [
        el('h2', { id: 'menu-heading', textContent: t('gameMenu.heading') }),
        el('p', { textContent: t(unsaved ? 'gameMenu.notSaved' : 'gameMenu.saved') }),
      ],
      [resume, ...save, ...extra, leave],
    );
    resume.addEventListener('click', close);
    leave.addEventListener('click', () => {
      close();
      this.services.session = null;
      this.scene.start(SceneKey.Title);
    });
  }
}
