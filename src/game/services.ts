import type { i18n } from 'i18next';
import type { AudioDirector } from '../audio/audioDirector.ts';
import type { Content } from '../content/schema.ts';
import type { GameSession } from './session/session.ts';
import { SaveSlot } from './session/save.ts';
import {
  loadPreferences,
  motionReduced,
  savePreferences,
  type Preferences,
} from './settings/preferences.ts';
import type { GuardedStorage } from './storage/guardedStorage.ts';
import type { ActEarlyHook } from './testHook.ts';
import { Translator } from './translator.ts';
import type { UiLayer } from './ui/uiLayer.ts';

/** What every scene is handed at construction: no globals, no registry look-ups. */
export class GameServices {
  readonly i18n: i18n;
  /** Text in the current language, standard wording, no scenario (see `forScenario`). */
  readonly words: Translator;
  readonly hook: ActEarlyHook;
  /** This device's storage; writes never throw (see `GuardedStorage`). */
  readonly storage: GuardedStorage;
  private uiLayer: UiLayer | null = null;
  private currentPreferences: Preferences;
  private readonly textListeners = new Set<() => void>();
  /** The validated content, once the Preloader has loaded it. */
  content: Content | null = null;
  /** Why content could not be used (file, JSON path, expectation), if it failed. */
  contentErrors: readonly string[] = [];
  /** The game being played, if any. */
  session: GameSession | null = null;
  /** Sound, when the browser offers it; the game plays on silently without it. */
  audio: AudioDirector | null = null;
  /** Loads and starts sound; set at start-up, called once the title is interactive. */
  loadAudio: (() => Promise<void>) | null = null;
  private audioRequested = false;

  /** Start loading sound (once): it is not needed before the player can first interact. */
  requestAudio(): void {
    if (this.audioRequested || !this.loadAudio) return;
    this.audioRequested = true;
    this.loadAudio()
      .catch(() => {
        this.audio = null;
      })
      .finally(() => {
        this.hook.audioReady = true;
      });
  }
  /** The autosave slot of the self-paced game. */
  readonly saveSlot: SaveSlot;

  constructor(i18nInstance: i18n, hook: ActEarlyHook, storage: GuardedStorage) {
    this.i18n = i18nInstance;
    this.words = new Translator(i18nInstance);
    this.hook = hook;
    this.storage = storage;
    this.saveSlot = new SaveSlot(storage);
    this.currentPreferences = loadPreferences(storage);
    this.applyPreferences();
  }

  /** The DOM layer exists once Phaser has made its canvas; Boot attaches it. */
  get ui(): UiLayer {
    if (!this.uiLayer) throw new Error('The UI layer is attached by the Boot scene.');
    return this.uiLayer;
  }

  attachUi(layer: UiLayer): void {
    this.uiLayer = layer;
  }

  get preferences(): Readonly<Preferences> {
    return this.currentPreferences;
  }

  /** Change, persist and apply display preferences at once. */
  updatePreferences(change: Partial<Preferences>): void {
    this.currentPreferences = { ...this.currentPreferences, ...change };
    savePreferences(this.storage, this.currentPreferences);
    this.applyPreferences();
  }

  /** Choose the dual-language view's second language (null = off); screens rebuild with it. */
  async setSecondLanguage(code: string | null): Promise<void> {
    if (code) await this.i18n.loadLanguages(code);
    this.updatePreferences({ secondLanguage: code });
    for (const listener of this.textListeners) listener();
  }

  /** Be told when what text shows changes without a language change (the second language). */
  onTextChange(listener: () => void): () => void {
    this.textListeners.add(listener);
    return () => {
      this.textListeners.delete(listener);
    };
  }

  /** Whether animations should be instant right now. */
  get reducedMotion(): boolean {
    const system = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    return motionReduced(this.currentPreferences, system);
  }

  private applyPreferences(): void {
    const root = document.documentElement;
    root.style.setProperty('--user-text-scale', String(this.currentPreferences.textScale));
    root.classList.toggle('high-contrast', this.currentPreferences.highContrast);
    root.classList.toggle('reduce-motion', this.reducedMotion);
  }
}
