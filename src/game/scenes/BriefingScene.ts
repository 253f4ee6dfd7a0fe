import { SceneKey } from '../keys.ts';
import type { GameServices } from '../services.ts';
import { GameSession } from '../session/session.ts';
import type { GameSetup } from '../setup.ts';
import type { ContentKey, Translator } from '../translator.ts';
import { drawMenuBackdrop } from '../ui/backdrop.ts';
import { button, el, withSecond } from '../ui/dom.ts';
import { r2pButton } from '../ui/r2pExplainer.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import { buildScreen } from '../ui/screen.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

interface ProfileEntry {
  id: string;
  nameKey: ContentKey;
  descriptionKey?: ContentKey;
}

/** The country, the roles, what acting early means, and the content note before play. */
export class BriefingScene extends ActEarlyScene {
  private setup: GameSetup | null = null;
  private words: Translator = this.services.words;

  constructor(services: GameServices) {
    super(SceneKey.Briefing, services);
  }

  init(setup: GameSetup): void {
    this.setup = setup;
  }

  create(): void {
    this.enter();
    drawMenuBackdrop(this);
    this.render();
  }

  private text(key: ContentKey): string {
    return this.words.text(key);
  }

  private render(): void {
    const { content } = this.services;
    const setup = this.setup;
    const scenario = content?.scenarios.find((candidate) => candidate.id === setup?.scenarioId);
    if (!content || !setup || !scenario) return;
    const t = this.t;
    const meta = scenario;
    const countryKey = scenario.countryKey ?? scenario.nameKey;
    const words = this.services.words.forScenario(
      scenario,
      setup.intensity,
      this.services.preferences.secondLanguage,
    );
    this.words = words;
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'briefing-screen',
      heading: this.text(countryKey),
      back: () => this.scene.start(SceneKey.ScenarioSelect),
    });

    const main = keyboardScrollable(el('div', { className: 'briefing-main' }), {
      label: this.text(scenario.nameKey),
    });
    if (meta.contentNoteKey) {
      const note = el('section', { className: 'content-note' }, [
        el('h2', { textContent: t('briefing.contentNote') }),
        withSecond(
          el('p', { textContent: this.text(meta.contentNoteKey) }),
          words.secondText(meta.contentNoteKey),
        ),
      ]);
      note.setAttribute('aria-label', t('briefing.contentNote'));
      main.append(note);
    }
    main.append(
      el('h2', { textContent: this.text(scenario.nameKey) }),
      withSecond(
        el('p', { className: 'briefing-text', textContent: this.text(scenario.briefingKey) }),
        words.secondText(scenario.briefingKey),
      ),
      el('h2', { textContent: t('briefing.actingEarlyHeading') }),
      withSecond(
        el('p', { textContent: this.text('actingEarly') }),
        words.secondText('actingEarly'),
      ),
      r2pButton(this.services),
    );

    const side = keyboardScrollable(el('div', { className: 'briefing-side' }), {
      label: t('briefing.profile'),
    });
    const profile = meta.profile;
    for (const [heading, entries] of [
      [t('briefing.regions'), profile?.regions],
      [t('briefing.groups'), profile?.groups],
      [t('briefing.institutions'), profile?.institutions],
    ] as [string, readonly ProfileEntry[] | undefined][]) {
      if (!entries || entries.length === 0) continue;
      side.append(
        el('h2', { textContent: heading }),
        el(
          'ul',
          { className: 'profile-list' },
          entries.map((entry) =>
            el('li', {}, [
              el('strong', { textContent: this.text(entry.nameKey) }),
              ...(entry.descriptionKey ? [` ${this.text(entry.descriptionKey)}`] : []),
            ]),
          ),
        ),
      );
    }
    const roles = content.roles.filter((role) => scenario.roles.includes(role.id));
    side.append(
      el('h2', { textContent: t('briefing.roles', { count: roles.length }) }),
      el(
        'ul',
        { className: 'profile-list' },
        roles.map((role) =>
          el('li', {}, [
            el('strong', { textContent: this.text(role.nameKey) }),
            ` ${this.text(role.descriptionKey)}`,
          ]),
        ),
      ),
      el('p', { className: 'seed-line', textContent: t('briefing.seed', { seed: setup.seed }) }),
    );
    body.append(main, side);

    const begin = button('menu-button primary', t('briefing.begin'));
    const start = (): void => {
      this.services.session = GameSession.start(
        content,
        scenario.id,
        { seed: setup.seed, intensity: setup.intensity },
        this.services.saveSlot,
      );
      this.scene.start(SceneKey.Play);
    };
    begin.addEventListener('click', () => {
      if (this.services.saveSlot.hasUnfinishedGame()) this.confirmReplace(start);
      else start();
    });
    actions.append(begin);
    this.services.ui.show(screen);
    begin.focus();
    this.services.hook.ready = true;
  }

  /** Starting a game replaces the saved one: ask first, so nothing is lost by accident. */
  private confirmReplace(start: () => void): void {
    const t = this.t;
    const words = {
      heading: t('briefing.replaceHeading'),
      body: t('briefing.replaceBody'),
      confirm: t('briefing.replaceConfirm'),
      cancel: t('briefing.replaceCancel'),
    };
    this.services.ui.modals.confirm('replace-heading', words, start);
  }
}
