import type { Content } from '../../content/schema.ts';
import { defaultSetup, withFacilitatorRoles, type SetupProblem } from '../../classroom/setup.ts';
import type { RecordProblem } from '../../classroom/record.ts';
import { ClassroomStore, type ClassroomListing } from '../../classroom/store.ts';
import type { ClassroomSetup } from '../../classroom/types.ts';
import { SceneKey } from '../keys.ts';
import { openPrintViewLazily } from '../print/open.ts';
import { ActEarlyScene } from '../scenes/ActEarlyScene.ts';
import type { GameServices } from '../services.ts';
import { freshSeed } from '../text.ts';
import { drawMenuBackdrop } from '../ui/backdrop.ts';
import { button, el } from '../ui/dom.ts';
import { buildScreen } from '../ui/screen.ts';
import { ClassroomSession } from './classroomSession.ts';
import { scenarioOf } from '../../classroom/classroom.ts';
import { defaultTeamName } from './common.ts';
import type { SetupEditor } from './formControls.ts';
import { openRecordButton } from './openRecord.ts';
import { savedSessions } from './savedSessions.ts';
import type { ClassroomSessionData, ClassroomSetupData } from './sceneData.ts';
import { showBriefing, type DevicesChoice } from './setupBriefing.ts';
import { linkHost } from '../room/host.ts';
import { RoomLink } from '../room/roomLink.ts';
import { roomSession, teacherSender } from '../room/roomSession.ts';
import { joinProblemText } from '../room/refusalText.ts';
import { setupForm } from './setupForm.ts';
import { showSetupStatus } from './setupStatus.ts';

/** Saved sessions to continue, and a new session's set-up; then the briefing and start. */
export class ClassroomSetupScene extends ActEarlyScene {
  /** The set-up being edited (null until the first render makes one). */
  private edited: ClassroomSetup | null = null;
  private step: ClassroomSetupData['step'] = 'setup';
  /** Whether this page's origin runs the classroom server (null until asked). */
  private rooms: boolean | null = null;
  private roomProblem: string | null = null;
  private opening = false;

  private readonly store: ClassroomStore;

  constructor(services: GameServices) {
    super(SceneKey.ClassroomSetup, services);
    this.store = new ClassroomStore(services.storage);
  }

  init(data: Partial<ClassroomSetupData>): void {
    this.edited = data.draft ?? null;
    this.step = data.step ?? 'setup';
  }

  /** A rebuild keeps the set-up being edited and its step. */
  protected override rebuildData(): ClassroomSetupData {
    return { draft: this.edited, step: this.step };
  }

  create(): void {
    this.enter();
    drawMenuBackdrop(this);
    if (this.rooms === null) {
      void RoomLink.available(document.baseURI).then((available) => {
        this.rooms = available;
        if (this.sys.isActive() && this.step === 'briefing' && this.edited) {
          this.briefing(this.edited);
        }
      });
    }
    void this.services.i18n.loadNamespaces('classroom').then(() => {
      if (!this.sys.isActive()) return;
      if (this.step === 'briefing' && this.edited) this.briefing(this.edited);
      else this.render();
      this.services.hook.ready = true;
    });
  }

  private toTitle(): void {
    this.edited = null;
    this.step = 'setup';
    this.scene.start(SceneKey.Title);
  }

  /** The set-up being edited (a fresh one for the first real scenario, with three teams). */
  private draft(): ClassroomSetup {
    if (this.edited) return this.edited;
    const content = this.services.content;
    const scenario = content?.scenarios.find((s) => s.id !== 'tutorial') ?? content?.scenarios[0];
    const w = this.services.words;
    this.edited = defaultSetup(scenario ?? { id: '', roles: [] }, 3, {
      seed: freshSeed(),
      nameOf: (colour) => defaultTeamName(w, colour),
    });
    return this.edited;
  }

  /** Keep `setup` as the draft, with the facilitator playing the roles no team plays. */
  private keep(setup: ClassroomSetup): void {
    const content = this.services.content;
    const scenario = content && scenarioOf(content, setup.scenario);
    this.edited = scenario ? withFacilitatorRoles(setup, scenario) : setup;
  }

  private readonly editor: SetupEditor = {
    current: () => this.draft(),
    set: (setup, rebuild) => {
      this.keep(setup);
      if (rebuild) this.render(rebuild);
      else this.status();
    },
  };

  private status(): SetupProblem[] | null {
    const content = this.services.content;
    if (!content) return null;
    const setup = this.draft();
    return showSetupStatus(this.services, content, setup, scenarioOf(content, setup.scenario));
  }

  private render(focusKey?: string, failed: RecordProblem | null = null): void {
    const content = this.services.content;
    if (!content) return;
    const w = this.services.words;
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'classroom-setup-screen',
      heading: w.classroom('setup.heading'),
      back: () => {
        this.toTitle();
      },
    });
    const saved = savedSessions(
      this.services,
      this.store,
      {
        resume: (listing) => {
          this.resume(content, listing);
        },
        deleted: () => {
          this.render();
        },
      },
      failed,
    );
    this.keep(this.draft());
    const form = setupForm(this.services, content, this.editor);
    if (saved.note) form.prepend(saved.note);
    if (saved.column) body.append(saved.column);
    body.classList.toggle('with-saved', saved.column !== null);
    body.append(form);

    const problemsLine = el('p', { className: 'classroom-problems', id: 'setup-problems' });
    problemsLine.setAttribute('aria-live', 'polite');
    const next = button('menu-button primary', w.classroom('setup.toBriefing'), () => {
      const setup = this.draft();
      const problems = this.status();
      if (!scenarioOf(content, setup.scenario) || !problems || problems.length > 0) {
        problemsLine.textContent = w.classroom('setup.fixProblems');
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      this.step = 'briefing';
      this.briefing(setup);
    });
    next.dataset.focusKey = 'to-briefing';
    const cards = button('tool-button', w.classroom('setup.roleCards'), () => {
      void openPrintViewLazily(this.services, 'roleCards');
    });
    const guide = button('tool-button', w.classroom('setup.teacherGuide'), () => {
      void openPrintViewLazily(this.services, 'teacherGuide');
    });
    const open = openRecordButton(this.services, content, (state) => {
      this.continueSession(ClassroomSession.adopt(content, state, this.store));
    });
    actions.append(
      cards,
      guide,
      open,
      el('div', { className: 'actions-end' }, [problemsLine, next]),
    );
    this.services.ui.show(screen);
    this.status();
    const target = focusKey
      ? screen.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)
      : screen.querySelector<HTMLElement>('.saved-session button:not([disabled]), #setup-scenario');
    target?.focus();
  }

  private resume(content: Content, listing: ClassroomListing): void {
    const loaded = ClassroomSession.load(content, this.store, listing.id);
    if (!loaded.ok) {
      this.render(undefined, loaded.problem === 'none' ? null : loaded.problem);
      return;
    }
    this.continueSession(loaded.session);
  }

  /** Where a session stopped: play, or its debrief once it reached it or ended. */
  private continueSession(session: ClassroomSession): void {
    const phase = session.state.phase.kind;
    this.scene.start(
      phase === 'debrief' || phase === 'ended' ? SceneKey.ClassroomDebrief : SceneKey.ClassroomPlay,
      { session } satisfies ClassroomSessionData,
    );
  }

  /** Students join on their devices: open a room for the set-up and show it on the projector. */
  private devicesChoice(content: Content, setup: ClassroomSetup): DevicesChoice {
    if (this.rooms === null) return undefined;
    if (!this.rooms) return null;
    return {
      problem: this.roomProblem,
      start: () => {
        if (this.opening) return;
        this.opening = true;
        // Teams decide at once on their own devices: no hot seat.
        const roomSetup: ClassroomSetup = { ...setup, mode: 'facilitatorEntry' };
        void this.openRoom(content, roomSetup).finally(() => {
          this.opening = false;
        });
      },
    };
  }

  private async openRoom(content: Content, setup: ClassroomSetup): Promise<void> {
    const created = await RoomLink.create(linkHost(this.services), setup);
    if (!created.ok) {
      this.roomProblem = joinProblemText(this.services.words, created.problem);
      if (this.sys.isActive()) this.briefing(setup);
      return;
    }
    const link = created.link;
    const session = await roomSession(content, link, teacherSender(link));
    if (!session) {
      await link.leave();
      this.roomProblem = joinProblemText(this.services.words, 'invalidSetup');
      if (this.sys.isActive()) this.briefing(setup);
      return;
    }
    this.roomProblem = null;
    this.edited = null;
    this.step = 'setup';
    this.scene.start(SceneKey.ClassroomPlay, {
      session,
      room: link,
    } satisfies ClassroomSessionData);
  }

  private briefing(setup: ClassroomSetup): void {
    const content = this.services.content;
    const scenario = content && scenarioOf(content, setup.scenario);
    if (!content || !scenario) return;
    const back = (): void => {
      this.step = 'setup';
      this.render('to-briefing');
    };
    showBriefing(this.services, content, setup, scenario, {
      back,
      devices: this.devicesChoice(content, setup),
      start: () => {
        const created = ClassroomSession.create(content, setup, this.store);
        if (!created.ok) {
          back();
          return;
        }
        this.edited = null;
        this.step = 'setup';
        this.scene.start(SceneKey.ClassroomPlay, {
          session: created.session,
        } satisfies ClassroomSessionData);
      },
    });
  }
}
