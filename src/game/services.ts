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
  private loadedContent: Content | null = null;
  private loadErrors: readonly string[] = [];
  private contentSettled = false;
  private prefetched: Promise<Record<string, unknown>> | null = null;
  /** The game being played, if any. */
  session: GameSession | null = null;
  private director: AudioDirector | null = null;
  private audioLoader: (() => Promise<AudioDirector | null>) | null = null;
  private audioRequested = false;

  /** The validated content, once the Preloader has loaded it. */
  get content(): Content | null {
    return this.loadedContent;
  }

  /** Why content could not be used (file, JSON path, expectation), if it failed. */
  get contentErrors(): readonly string[] {
    return this.loadErrors;
  }

  /** The content files, imported from the first moment of start-up; the Preloader validates them. */
  get contentFiles(): Promise<Record<string, unknown>> | null {
    return this.prefetched;
  }

  /** Start-up hands over the content files it began importing (once). */
  prefetchContent(files: Promise<Record<string, unknown>>): void {
    if (this.prefetched) throw new Error('Content files are prefetched once, at start-up.');
    this.prefetched = files;
  }

  /** The Preloader's outcome, given once: the content, or why it could not be used. */
  settleContent(outcome: { content: Content } | { errors: readonly string[] }): void {
    // The first outcome stands: a Preloader restarted by a rebuild loads the same files again.
    if (this.contentSettled) return;
    this.contentSettled = true;
    if ('content' in outcome) this.loadedContent = outcome.content;
    else this.loadErrors = outcome.errors;
  }

  /** Sound, when the browser offers it; the game plays on silently without it. */
  get audio(): AudioDirector | null {
    return this.director;
  }

  /** How sound is loaded and started; given once at start-up, run by `requestAudio`. */
  provideAudio(loader: () => Promise<AudioDirector | null>): void {
    if (this.audioLoader) throw new Error('The audio loader is provided once, at start-up.');
    this.audioLoader = loader;
  }

  /** Start loading sound (once): it is not needed before the player can first interact. */
  requestAudio(): void {
    if (this.audioRequested || !this.audioLoader) return;
    this.audioRequested = true;
    this.audioLoader()
      .then((director) => {
        this.director = director;
      })
      .catch(() => {
        this.director = null;
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
