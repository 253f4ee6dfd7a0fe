import Phaser from 'phaser';
import type { SceneKey } from '../keys.ts';
import type { GameServices } from '../services.ts';
import type { Translator } from '../translator.ts';

/** Emitted on `game.events` with the scene's key each time a scene is entered (or rebuilt). */
export const SCENE_ENTERED = 'act-early:scene-entered';

/** Base for every scene: keeps the test hook's `scene` current and hands out services. */
export abstract class ActEarlyScene extends Phaser.Scene {
  protected readonly services: GameServices;
  private readonly sceneKey: SceneKey;

  constructor(key: SceneKey, services: GameServices) {
    super({ key });
    this.sceneKey = key;
    this.services = services;
  }

  /**
   * Call first in create(). A language change rebuilds the scene in place from the same data:
   * text, direction and mirrored layout all follow, and the game state, which lives in the
   * session, is untouched. The same happens when the layout turns compact or full. A scene that
   * must not run twice passes `rebuilds: false`.
   */
  protected enter(rebuilds = true): void {
    this.services.hook.scene = this.sceneKey;
    this.services.hook.ready = false;
    this.game.events.emit(SCENE_ENTERED, this.sceneKey);
    if (!rebuilds) return;
    const rebuild = (): void => {
      this.scene.restart(this.rebuildData());
    };
    this.services.i18n.on('languageChanged', rebuild);
    const offText = this.services.onTextChange(rebuild);
    // Rotating a phone or resizing a window across the compact threshold re-lays the scene out.
    const offCompact = this.services.ui.onCompactChange(rebuild);
    this.events.once('shutdown', () => {
      this.services.i18n.off('languageChanged', rebuild);
      offText();
      offCompact();
    });
  }

  /** The data a rebuild restarts the scene with: by default what it was started with. */
  protected rebuildData(): object | undefined {
    return this.sys.settings.data;
  }

  /** Text of the `ui` namespace. */
  protected get t(): Translator['ui'] {
    return this.services.words.ui;
  }
}
