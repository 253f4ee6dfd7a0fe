import type { Intensity, Scenario } from '../../content/schema.ts';
import { SceneKey } from '../keys.ts';
import type { GameServices } from '../services.ts';
import { parseSeed, type GameSetup } from '../setup.ts';
import { freshSeed } from '../text.ts';
import { difficultyKey, INTENSITY_KEYS } from '../textKeys.ts';
import { drawMenuBackdrop } from '../ui/backdrop.ts';
import { button, el, enableArrowNavigation } from '../ui/dom.ts';
import { buildScreen } from '../ui/screen.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

/** Choose a scenario, the wording intensity and the seed (shown, and typed in to share). */
export class ScenarioSelectScene extends ActEarlyScene {
  private seed = freshSeed();
  private intensity: Intensity = 'standard';

  constructor(services: GameServices) {
    super(SceneKey.ScenarioSelect, services);
  }

  create(): void {
    this.enter();
    drawMenuBackdrop(this);
    this.render();
  }

  private render(): void {
    const t = this.t;
    const content = this.services.content;
    if (!content) return;
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'select-screen',
      heading: t('select.heading'),
      back: () => this.scene.start(SceneKey.Title),
    });

    const list = el('ul', { className: 'scenario-list' });
    list.setAttribute('aria-label', t('select.listLabel'));
    // Easiest first, so the tutorial leads the list.
    const ordered = [...content.scenarios].sort(
      (a, b) => (a.difficulty ?? 2) - (b.difficulty ?? 2) || a.turns.length - b.turns.length,
    );
    for (const scenario of ordered) list.append(el('li', {}, [this.card(scenario)]));
    enableArrowNavigation(list);

    body.append(list, this.options());
    actions.append(el('p', { className: 'seed-hint', textContent: t('select.seedHint') }));
    this.services.ui.show(screen);
    list.querySelector('button')?.focus();
    this.services.hook.ready = true;
  }

  private card(scenario: Scenario): HTMLButtonElement {
    const t = this.t;
    const words = this.services.words.forScenario(scenario, this.intensity);
    const meta = scenario;
    const rounds = scenario.turns.length;
    const details: HTMLElement[] = [
      el('span', { className: 'card-meta', textContent: t('select.rounds', { count: rounds }) }),
    ];
    if (meta.difficulty !== undefined) {
      const level = Math.min(3, Math.max(1, meta.difficulty));
      // Difficulty is said in words and drawn as filled dots, never by colour alone.
      const dots = el('span', {
        className: 'difficulty-dots',
        textContent: '●'.repeat(level) + '○'.repeat(3 - level),
      });
      dots.setAttribute('aria-hidden', 'true');
      details.push(
        el('span', { className: 'card-meta' }, [dots, ` ${words.text(difficultyKey(level))}`]),
      );
    }
    const themes = (meta.themeKeys ?? []).map((key) => words.text(key));
    const button = el('button', { type: 'button', className: 'scenario-card' }, [
      el('span', {
        className: 'card-title',
        textContent: words.text(scenario.nameKey),
      }),
      el('span', { className: 'card-details' }, details),
      ...(themes.length > 0
        ? [el('span', { className: 'card-themes', textContent: themes.join(' · ') })]
        : []),
    ]);
    button.dataset.scenario = scenario.id;
    button.addEventListener('click', () => {
      const setup: GameSetup = {
        scenarioId: scenario.id,
        seed: this.seed,
        intensity: this.intensity,
      };
      this.scene.start(SceneKey.Briefing, setup);
    });
    return button;
  }

  private options(): HTMLElement {
    const t = this.t;
    const intensity = el('fieldset', { className: 'settings-group' }, [
      el('legend', { textContent: t('select.intensity.label') }),
    ]);
    for (const value of ['standard', 'gentle'] as const) {
      const input = el('input', { type: 'radio' });
      input.name = 'intensity';
      input.value = value;
      input.checked = this.intensity === value;
      input.addEventListener('change', () => {
        this.intensity = value;
        this.render();
      });
      intensity.append(
        el('label', { className: 'settings-choice' }, [input, t(INTENSITY_KEYS[value])]),
      );
    }

    const seedInput = el('input', { type: 'text', id: 'seed-input', className: 'seed-input' });
    seedInput.inputMode = 'numeric';
    seedInput.autocomplete = 'off';
    seedInput.value = String(this.seed);
    const seedError = el('p', { className: 'field-error', id: 'seed-error' });
    seedError.setAttribute('aria-live', 'polite');
    seedInput.setAttribute('aria-describedby', 'seed-error');
    seedInput.addEventListener('input', () => {
      const parsed = parseSeed(seedInput.value);
      seedInput.setAttribute('aria-invalid', String(parsed === null));
      seedError.textContent = parsed === null ? t('select.seedInvalid') : '';
      if (parsed !== null) this.seed = parsed;
    });
    const newSeed = button('small-button', t('select.newSeed'));
    newSeed.addEventListener('click', () => {
      this.seed = freshSeed();
      seedInput.value = String(this.seed);
      seedInput.setAttribute('aria-invalid', 'false');
      seedError.textContent = '';
    });
    const seedLabel = el('label', { className: 'settings-label', textContent: t('select.seed') });
    seedLabel.htmlFor = seedInput.id;
    const seedGroup = el('div', { className: 'settings-group seed-group' }, [
      seedLabel,
      seedInput,
      newSeed,
      seedError,
    ]);
    return el('div', { className: 'select-options' }, [intensity, seedGroup]);
  }
}
