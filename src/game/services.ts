import type { i18n } from 'i18next';
import {
  loadPreferences,
  motionReduced,
  savePreferences,
  type PreferenceStorage,
  type Preferences,
} from './settings/preferences.ts';
import type { ActEarlyHook } from './testHook.ts';
import type { UiLayer } from './ui/uiLayer.ts';

/** What every scene is handed at construction: no globals, no registry look-ups. */
export class GameServices {
  readonly i18n: i18n;
  readonly hook: ActEarlyHook;
  private readonly storage: PreferenceStorage;
  private uiLayer: UiLayer | null = null;
  private currentPreferences: Preferences;

  constructor(i18nInstance: i18n, hook: ActEarlyHook, storage: PreferenceStorage) {
    this.i18n = i18nInstance;
    this.hook = hook;
    this.storage = storage;
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

  /** Whether animations should be instant right now. */
  get reducedMotion(): boolean {
    const system = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    return motionReduced(this.currentPreferences, system);
  }

  private applyPreferences(): void {
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(this.currentPreferences.textScale));
    root.classList.toggle('high-contrast', this.currentPreferences.highContrast);
    root.classList.toggle('reduce-motion', this.reducedMotion);
  }
}
