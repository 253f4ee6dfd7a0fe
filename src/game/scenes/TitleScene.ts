import type { ParseKeys } from 'i18next';
import { EMBLEM_URL } from '../assets.ts';
import { SceneKey, STAGE, TextureKey, TITLE_READY_MARK } from '../keys.ts';
import { OkabeIto } from '../palette.ts';
import type { GameServices } from '../services.ts';
import { button, el, enableArrowNavigation } from '../ui/dom.ts';
import { pickTextFile } from '../ui/download.ts';
import { openLanguagePicker } from '../ui/languagePicker.ts';
import { openSettingsPanel } from '../ui/settingsPanel.ts';
import { GameSession } from '../session/session.ts';
import { SAVE_PROBLEM_KEYS } from '../textKeys.ts';
import { openTeacherMaterials } from '../print/open.ts';
import { openR2pExplainer } from '../ui/r2pExplainer.ts';
import { ROOM_STORAGE_KEY } from '../room/storageKey.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

/**
 * The emblem above the title, in the page's flow so the title can never run into it, whatever
 * the screen size, language or text size (decorative: the heading names the game).
 */
function emblem(): HTMLImageElement {
  const image = el('img', { className: 'title-emblem' });
  image.src = EMBLEM_URL;
  image.alt = '';
  image.width = 256;
  image.height = 256;
  return image;
}

type EntryState = 'enabled' | 'disabled' | 'hidden';

interface MenuEntry {
  id: string;
  label: ParseKeys;
  state: EntryState;
  activate?: () => void;
}

/** The title: the game's name, its promise, and the main menu. */
export class TitleScene extends ActEarlyScene {
  constructor(services: GameServices) {
    super(SceneKey.Title, services);
  }

  create(): void {
    this.enter();
    this.drawBackdrop();
    this.renderMenu();
    this.openRoomFromAddress();
  }

  /**
   * A join address (`?join=CODE`) opens "Join a class" prefilled; a tab that was in a classroom
   * room before a reload goes back to it. The parameter is dropped so Back shows the title.
   */
  private openRoomFromAddress(): void {
    if (!this.services.content) return;
    const url = new URL(window.location.href);
    const code = url.searchParams.get('join');
    if (code !== null) {
      url.searchParams.delete('join');
      window.history.replaceState(window.history.state, '', url);
      this.openJoin(code);
      return;
    }
    if (window.sessionStorage.getItem(ROOM_STORAGE_KEY) === null) return;
    void import('../room/register.ts').then(({ resumeRoom }) =>
      resumeRoom(this.game, this.services),
    );
  }

  private openJoin(code: string): void {
    // The room's scenes, text and styles load only when someone joins a class.
    void import('../room/register.ts').then(({ enterJoin }) =>
      enterJoin(this.game, this.services, code),
    );
  }

  private drawBackdrop(): void {
    const { width, height } = STAGE;
    this.add.image(width / 2, height / 2, TextureKey.TitleBackdrop);
    const sun = this.add.circle(width * 0.8, height - 300, 110, OkabeIto.orange, 0.9);
    this.add.image(width / 2, height - 210, TextureKey.Hills);
    if (this.services.reducedMotion) return;
    // The sun rises a little as the title appears: the early hour the game is named for.
    sun.y += 60;
    this.tweens.add({ targets: sun, y: height - 300, duration: 2400, ease: 'Sine.easeOut' });
  }

  private entries(): MenuEntry[] {
    const content = this.services.content;
    return [
      {
        id: 'continue',
        label: 'title.continue',
        state: content && this.services.saveSlot.read() !== null ? 'enabled' : 'hidden',
        activate: () => {
          this.continueGame();
        },
      },
      {
        id: 'play',
        label: 'title.play',
        state: content ? 'enabled' : 'disabled',
        activate: () => {
          this.scene.start(SceneKey.ScenarioSelect);
        },
      },
      {
        // A downloaded save (from a device whose storage refused it, or another device).
        id: 'open',
        label: 'title.open',
        state: content ? 'enabled' : 'disabled',
        activate: () => {
          pickTextFile('.json,application/json', (text) => {
            this.openSavedGame(text);
          });
        },
      },
      {
        id: 'classroom',
        label: 'title.classroom',
        state: content ? 'enabled' : 'disabled',
        activate: () => {
          // The classroom's scenes, text and styles load only when a teacher opens it.
          void import('../classroomUi/register.ts').then(({ enterClassroom }) =>
            enterClassroom(this.game, this.services),
          );
        },
      },
      {
        id: 'join',
        label: 'title.joinClass',
        state: content ? 'enabled' : 'disabled',
        activate: () => {
          this.openJoin('');
        },
      },
      {
        // For teachers: role cards and the teacher guide, loaded only when asked for.
        id: 'materials',
        label: 'title.materials',
        state: 'enabled',
        activate: () => {
          void openTeacherMaterials(this.services);
        },
      },
      {
        id: 'r2p',
        label: 'title.r2p',
        state: 'enabled',
        activate: () => {
          openR2pExplainer(this.services);
        },
      },
      {
        id: 'settings',
        label: 'title.settings',
        state: 'enabled',
        activate: () => {
          openSettingsPanel(this.services);
        },
      },
      {
        id: 'language',
        label: 'title.language',
        state: 'enabled',
        activate: () => {
          openLanguagePicker(this.services);
        },
      },
      {
        id: 'about',
        label: 'title.about',
        state: 'enabled',
        activate: () => {
          this.openAbout();
        },
      },
    ];
  }

  private renderMenu(): void {
    const t = this.t;
    document.title = t('app.documentTitle');
    const menu = el('ul', { className: 'menu' });
    for (const entry of this.entries()) {
      if (entry.state === 'hidden') continue;
      const control = button('menu-button', t(entry.label));
      control.dataset.entry = entry.id;
      control.disabled = entry.state === 'disabled';
      const activate = entry.activate;
      if (activate) control.addEventListener('click', activate);
      menu.append(el('li', {}, [control]));
    }
    enableArrowNavigation(menu);
    const nav = el('nav', { className: 'title-menu' }, [menu]);
    nav.setAttribute('aria-label', t('title.menuLabel'));

    const screen = el('main', { className: 'screen title-screen' }, [
      el('header', { className: 'title-header' }, [
        emblem(),
        el('h1', { className: 'title-name', textContent: t('app.name') }),
        el('p', { className: 'title-tagline', textContent: t('app.tagline') }),
      ]),
      nav,
    ]);
    if (this.services.contentErrors.length > 0) {
      const notice = el('section', { className: 'notice' }, [
        el('h2', { textContent: t('contentErrors.heading') }),
        el('p', { textContent: t('contentErrors.body') }),
        el(
          'ul',
          {},
          this.services.contentErrors.slice(0, 5).map((error) => el('li', { textContent: error })),
        ),
      ]);
      notice.setAttribute('role', 'alert');
      screen.append(notice);
    }
    this.services.ui.show(screen);
    menu.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    this.services.hook.language =
      this.services.i18n.resolvedLanguage ?? this.services.i18n.language;
    if (performance.getEntriesByName(TITLE_READY_MARK).length === 0) {
      // A User Timing mark, so load benchmarks can tell what was fetched before this moment.
      performance.mark(TITLE_READY_MARK);
    }
    this.services.hook.ready = true;
    this.services.requestAudio();
  }

  private continueGame(): void {
    const content = this.services.content;
    if (!content) return;
    const result = GameSession.resume(content, this.services.saveSlot);
    if (result.ok) {
      this.play(result.session);
      return;
    }
    // The unusable save has been set aside; say why and offer a fresh start.
    const fresh = button('menu-button', this.t('save.startFresh'));
    const close = this.saveProblem(result.problem, 'save.keptAside', fresh);
    fresh.addEventListener('click', () => {
      close();
      this.scene.start(SceneKey.ScenarioSelect);
    });
  }

  /** A finished game continues to its debrief, never to a round that cannot be played. */
  private play(session: GameSession): void {
    this.services.session = session;
    this.scene.start(session.state.finished ? SceneKey.Debrief : SceneKey.Play);
  }

  /**
   * Open a downloaded save, checked like the stored one. A bad file changes nothing; a good one
   * replaces an unfinished stored game only once the player confirms.
   */
  private openSavedGame(text: string): void {
    const content = this.services.content;
    if (!content) return;
    const result = GameSession.fromText(content, text, this.services.saveSlot);
    if (!result.ok) {
      const closeButton = button('menu-button', this.t('save.fileClose'));
      closeButton.addEventListener(
        'click',
        this.saveProblem(result.problem, 'save.fileUnchanged', closeButton),
      );
      return;
    }
    const open = (): void => {
      result.session.saveNow();
      this.play(result.session);
    };
    if (!this.services.saveSlot.hasUnfinishedGame()) {
      open();
      return;
    }
    const t = this.t;
    const words = {
      heading: t('briefing.replaceHeading'),
      body: t('save.openReplaceBody'),
      confirm: t('save.openReplaceConfirm'),
      cancel: t('briefing.replaceCancel'),
    };
    this.services.ui.modals.confirm('replace-heading', words, open);
  }

  /** Why a save could not be opened, in words; returns the dialog's `close`. */
  private saveProblem(
    problem: keyof typeof SAVE_PROBLEM_KEYS,
    after: 'save.keptAside' | 'save.fileUnchanged',
    action: HTMLButtonElement,
  ): () => void {
    const t = this.t;
    return this.services.ui.modals.dialog(
      'save-problem-heading',
      [
        el('h2', { id: 'save-problem-heading', textContent: t('save.problemHeading') }),
        el('p', { textContent: t(SAVE_PROBLEM_KEYS[problem]) }),
        el('p', { textContent: t(after) }),
      ],
      [action],
    );
  }

  private openAbout(): void {
    const t = this.t;
    const closeButton = button('menu-button', t('about.close'));
    const close = this.services.ui.modals.dialog(
      'about-heading',
      [
        el('h2', { id: 'about-heading', textContent: t('about.heading') }),
        el('p', { textContent: t('about.body') }),
        el('p', { textContent: t('about.source') }),
        el('p', { textContent: t('about.privacy') }),
        el('p', { textContent: t('about.credits') }),
      ],
      [closeButton],
    );
    closeButton.addEventListener('click', close);
  }
}
