import type { RoleId, Scenario } from '../../content/schema.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import { SceneKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import type { NameOf } from '../play/explain.ts';
import { contentNames } from '../play/results.ts';
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
import { ActEarlyScene } from '../scenes/ActEarlyScene.ts';
import type { GameServices } from '../services.ts';
import { connectSessionAudio } from '../session/audioBridge.ts';
import { button, el } from '../ui/dom.ts';
import { languageButton } from '../ui/languagePicker.ts';
import { isLetterShortcut } from '../ui/shortcut.ts';
import type { ClassroomSession } from './classroomSession.ts';
import { openConsole } from './console.ts';
import { CLASSROOM_REJECT_KEYS } from '../textKeys.ts';
import type { ContentKey, Translator } from '../translator.ts';
import { discussionCard, handoffCard, openRoundResults } from './interludes.ts';
import { askPin } from './pinPrompt.ts';
import { FRESH_SETUP, type ClassroomSessionData } from './sceneData.ts';
import { activeTeam, actorFor, lockRoles } from './roleLocks.ts';
import { turnPanel, updateTimer } from './turnPanel.ts';
import type { RoomLink } from '../room/roomLink.ts';
import { openRoomDialog, roomTeamsPanel } from '../room/teacherRoom.ts';
import { refusalText } from '../room/refusalText.ts';

/** On a compact layout the classroom adds the team's panel (timer, note, Done) as a fourth part. */
type ClassroomPanel = RoomPanel | 'turn';

/**
 * The classroom situation room: the self-paced room's calendar, feed and role cards, with the
 * team whose turn it is, the other teams' roles locked, the round timer, notes, handoffs,
 * discussion pauses and the facilitator console. Rules live in the classroom model.
 */
export class ClassroomPlayScene extends ActEarlyScene {
  private session: ClassroomSession | null = null;
  private board: RoomBoard | null = null;
  private compactPanel: ClassroomPanel = 'turn';
  private scenario: Scenario | undefined;
  private words: Translator = this.services.words;
  private selectedRole: RoleId | null = null;
  /** Facilitator entry: the team whose choices are being entered. */
  private entryTeam: string | null = null;
  private consoleOpen = false;
  private unlocked = false;
  /** The room when students join on their devices: the room decides, the projector shows. */
  private room: RoomLink | null = null;
  private roomOpen = false;

  constructor(services: GameServices) {
    super(SceneKey.ClassroomPlay, services);
  }

  init(data: Partial<ClassroomSessionData>): void {
    const session = data.session ?? null;
    this.room = data.room ?? null;
    if (session === this.session) return;
    // Another session: nothing of the last one's room carries over (a PIN unlock least of all).
    this.session = session;
    this.compactPanel = 'turn';
    this.selectedRole = null;
    this.entryTeam = null;
    this.consoleOpen = false;
    this.unlocked = false;
    // A new room opens on its join screen, so the class can come in.
    this.roomOpen = this.room !== null && session?.state.game.log.length === 0;
  }

  create(): void {
    this.enter();
    const session = this.session;
    if (!session) {
      this.scene.start(SceneKey.Title);
      return;
    }
    const content = session.content;
    this.scenario = content.scenarios.find((s) => s.id === session.state.setup.scenario);
    this.words = this.services.words.forScenario(
      this.scenario,
      session.state.setup.intensity,
      this.services.preferences.secondLanguage,
    );
    this.cameras.main.setBackgroundColor(Ink.night);
    this.board = drawRoomBoard(
      this,
      session.state.setup.scenario,
      this.scenario?.profile?.regions ?? [],
      this.services.ui.compact,
    );

    const offs = [
      connectSessionAudio(session, this.services.audio),
      session.on('changed', ({ intent }) => {
        // A saved note changes nothing else on screen; re-rendering would swallow the click
        // (on Done, a card…) that took focus from the note field and saved it.
        if (intent?.kind !== 'note') this.afterChange();
      }),
      session.on('timer', () => {
        updateTimer(this.services, session);
      }),
      session.on('timerExpired', () => {
        this.services.ui.announce(this.w.classroom('play.timerExpiredAnnounce'));
      }),
      session.on('rejected', ({ reason }) => {
        this.services.ui.announce(
          this.w.classroom('play.rejected', {
            reason: this.w.classroom(CLASSROOM_REJECT_KEYS[reason]),
          }),
        );
      }),
    ];
    const room = this.room;
    if (room) offs.push(...this.followRoom(room));
    session.startClock();
    this.events.once('shutdown', () => {
      for (const off of offs) off();
    });
    void this.services.i18n.loadNamespaces('classroom').then(() => {
      if (!this.sys.isActive()) return;
      this.afterChange();
      this.services.hook.ready = true;
    });
  }

  /** The room's refusals are said aloud; its roster updates the teams' panel in place. */
  private followRoom(room: RoomLink): (() => void)[] {
    return [
      room.on('rejected', (message) => {
        this.services.ui.announce(
          this.w.classroom('play.rejected', { reason: refusalText(this.w, message) }),
        );
      }),
      room.on('view', () => {
        const state = this.state;
        const side = this.services.ui.root.querySelector('.room-side');
        if (!state || !side || !this.session) return;
        side.replaceWith(roomTeamsPanel(this.services, this.session, room, state));
      }),
      room.on('connection', ({ connected }) => {
        this.services.ui.announce(
          this.w.classroom(connected ? 'room.reconnected' : 'room.disconnected'),
        );
      }),
      room.on('left', () => {
        this.services.ui.announce(this.w.classroom('room.roomGone'));
        this.scene.start(SceneKey.ClassroomSetup, FRESH_SETUP);
      }),
    ];
  }

  private get w(): Translator {
    return this.services.words;
  }

  private get state(): ClassroomState | null {
    return this.session?.state ?? null;
  }

  private afterChange(): void {
    const state = this.state;
    if (!state) return;
    const kind = state.phase.kind;
    if (kind === 'debrief' || kind === 'ended') {
      this.session?.stopClock();
      if (this.session) {
        this.scene.start(SceneKey.ClassroomDebrief, {
          session: this.session,
          ...(this.room ? { room: this.room } : {}),
        } satisfies ClassroomSessionData);
      }
      return;
    }
    this.render();
  }

  /** The team acting now; remembers it so the entry list keeps its choice. */
  private activeTeam(state: ClassroomState): TeamSetup | null {
    // With a room, teams decide on their own devices: the projector acts only for the facilitator.
    if (this.room) return null;
    const team = activeTeam(state, this.entryTeam);
    if (state.phase.kind === 'entry') this.entryTeam = team?.id ?? null;
    return team;
  }

  private actorFor(state: ClassroomState, role: RoleId): string | null {
    return actorFor(state, this.activeTeam(state), role);
  }

  private nameOf(state: ClassroomState): NameOf {
    return contentNames(state.game.model, this.words);
  }

  private text(key: ContentKey): string {
    return this.words.text(key);
  }

  private context(state: ClassroomState): RoomContext {
    const session = this.session;
    return {
      words: this.words,
      tutorialStep: null,
      arriving: new Set(),
      justPlayed: null,
      take: (role, measure) => {
        const by = this.actorFor(state, role);
        if (by) session?.dispatch({ kind: 'takeMeasure', by, role, measure });
      },
      withdraw: (role, measure) => {
        const by = this.actorFor(state, role);
        if (by) session?.dispatch({ kind: 'withdrawMeasure', by, role, measure });
      },
      selectRole: (role) => {
        this.selectedRole = role;
        this.render(`tab-${role}`);
      },
    };
  }

  private render(focusKey?: string): void {
    const state = this.state;
    const session = this.session;
    if (!state || !session) return;
    const w = this.w;
    const keep = focusKey ?? (document.activeElement as HTMLElement | null)?.dataset.focusKey;
    const ctx = this.context(state);
    const game = state.game;
    const view = playView(game);
    const hidden = state.riskHidden;
    const board = this.board;
    if (!board) return;
    const levels = regionLevels(board, game.threat, hidden);
    board.map.draw(levels);
    board.meter.show(game.stage);
    board.meter.setHidden(hidden);

    const team = this.activeTeam(state);
    const phase = state.phase;
    const top = el('header', { className: 'play-top' }, [
      el('div', { className: 'play-title' }, [
        el('h1', {
          textContent: this.scenario
            ? this.text(this.scenario.countryKey ?? this.scenario.nameKey)
            : '',
        }),
        el('p', {
          textContent: w.classroom('play.round', { round: view.round, rounds: view.rounds }),
        }),
      ]),
      el('p', {
        className: 'stage-label',
        textContent: hidden ? w.classroom('play.riskHidden') : stageLabel(ctx, game.stage),
      }),
      el('nav', { className: 'play-tools' }, [
        // A phone has room for two tools; the language is chosen before the session.
        // With a room, the code in the teams' panel and the Room tool take the language's place.
        ...(this.services.ui.compact || this.room ? [] : [languageButton(this.services)]),
        ...(this.room
          ? [
              this.tool('room', w.classroom('room.button'), () => {
                this.openRoom();
              }),
            ]
          : []),
        this.tool('console', w.classroom('play.console'), () => {
          this.requestConsole();
        }),
        this.tool('leave', w.classroom('play.leave'), () => {
          this.confirmLeave();
        }),
      ]),
    ]);
    const parts: HTMLElement[] = [top];
    if (state.paused) {
      const banner = el('p', {
        className: 'classroom-paused',
        textContent: w.classroom('play.paused'),
      });
      banner.setAttribute('role', 'status');
      parts.push(banner);
    }

    if (phase.kind === 'handoff' && team) {
      parts.push(
        handoffCard(this.services, session, team, () => {
          this.selectedRole = null;
          this.compactPanel = 'measures';
        }),
      );
    } else if (phase.kind === 'discussion') {
      parts.push(
        discussionCard(this.services, session, this.words, (stage) => stageLabel(ctx, stage)),
      );
    } else {
      const selected =
        this.selectedRole && game.roles.includes(this.selectedRole)
          ? this.selectedRole
          : (team?.roles[0] ?? game.roles[0] ?? 'government');
      this.selectedRole = selected;
      const labels = regionLabels(board, levels, this.words, hidden);
      const roles = buildRoles(ctx, view, selected);
      lockRoles(this.services, session.content, w, state, team, roles, selected, session.isRemote);
      parts.push(
        ...(this.services.ui.compact ? [this.panelTabs(view.signs.length)] : []),
        labels,
        buildCalendar(ctx, view),
        buildFeed(ctx, view),
        roles,
        this.room
          ? roomTeamsPanel(this.services, session, this.room, state)
          : turnPanel({
              services: this.services,
              session,
              state,
              team,
              chooseEntryTeam: (id) => {
                this.entryTeam = id;
                this.selectedRole = null;
                this.render('entry-team');
              },
            }),
      );
    }
    const screen = el(
      'main',
      { className: `screen play-screen classroom-play show-${this.compactPanel}` },
      parts,
    );
    screen.addEventListener('keydown', (event) => {
      this.onKey(event);
    });
    this.services.ui.show(screen);
    const target = keep ? screen.querySelector<HTMLElement>(`[data-focus-key="${keep}"]`) : null;
    (
      target ??
      screen.querySelector<HTMLElement>('.classroom-primary, .role-tab[aria-selected="true"]')
    )?.focus();
    if (phase.kind === 'roundResults') {
      openRoundResults(this.services, session, this.words);
    }
    if (this.consoleOpen) this.requestConsole(keep);
    else if (this.roomOpen) this.openRoom();
  }

  /** The room's join screen and moderation. */
  private openRoom(): void {
    const room = this.room;
    const session = this.session;
    if (!room || !session) return;
    this.roomOpen = true;
    openRoomDialog(this.services, room, session, () => {
      this.roomOpen = false;
    });
  }

  /** Tabs that choose which part of the room a small screen shows, the team's panel included. */
  private panelTabs(signCount: number): HTMLElement {
    const turn = { panel: 'turn' as const, label: this.w.classroom('play.panelTurn') };
    return roomPanelTabs(
      this.words,
      signCount,
      this.compactPanel,
      (panel) => {
        this.compactPanel = panel;
        this.render(`panel-${panel}`);
      },
      [turn],
    );
  }

  private tool(key: string, label: string, action: () => void): HTMLButtonElement {
    const control = button('tool-button', label, action);
    control.dataset.focusKey = `tool-${key}`;
    return control;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    if (
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLSelectElement ||
      this.services.ui.modals.isOpen
    )
      return;
    if (isLetterShortcut(event, 'f')) this.requestConsole();
    else if (this.room && isLetterShortcut(event, 'r')) this.openRoom();
    else if (event.key === 'Escape') this.confirmLeave();
    else return;
    event.preventDefault();
  }

  /** Open the console, asking the PIN first if one was set. */
  private requestConsole(focusKey?: string): void {
    const state = this.state;
    const session = this.session;
    if (!state || !session) return;
    if (state.setup.pin !== null && !this.unlocked) {
      askPin(this.services, state.setup, () => {
        this.unlocked = true;
        this.requestConsole();
      });
      return;
    }
    this.consoleOpen = true;
    openConsole({
      services: this.services,
      session,
      focusKey,
      nameOf: this.nameOf(state),
      onClose: () => {
        this.consoleOpen = false;
      },
    });
  }

  private confirmLeave(): void {
    const w = this.w;
    const words = {
      heading: w.classroom('play.leaveHeading'),
      body: w.classroom(this.room ? 'room.leaveBody' : 'play.leaveBody'),
      confirm: w.classroom('play.leaveConfirm'),
      cancel: w.classroom('play.leaveCancel'),
    };
    this.services.ui.modals.confirm('leave-heading', words, () => {
      this.session?.stopClock();
      void this.room?.leave();
      this.scene.start(SceneKey.ClassroomSetup, FRESH_SETUP);
    });
  }
}
