import type { i18n } from 'i18next';
import type { ActEarlyHook } from './testHook.ts';
import type { UiLayer } from './ui/uiLayer.ts';

/** What every scene is handed at construction: no globals, no registry look-ups. */
export class GameServices {
  readonly i18n: i18n;
  readonly hook: ActEarlyHook;
  private uiLayer: UiLayer | null = null;

  constructor(i18nInstance: i18n, hook: ActEarlyHook) {
    this.i18n = i18nInstance;
    this.hook = hook;
  }

  /** The DOM layer exists once Phaser has made its canvas; Boot attaches it. */
  get ui(): UiLayer {
    if (!this.uiLayer) throw new Error('The UI layer is attached by the Boot scene.');
    return this.uiLayer;
  }

  attachUi(layer: UiLayer): void {
    this.uiLayer = layer;
  }
}
