import { bootAssets, preloadAssets } from '../assets.ts';
import { SceneKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import type { GameServices } from '../services.ts';
import { UiLayer } from '../ui/uiLayer.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

/** Attaches the DOM layer and loads the art of the loading screen and the title. */
export class BootScene extends ActEarlyScene {
  constructor(services: GameServices) {
    super(SceneKey.Boot, services);
  }

  /** The title's art comes too: one round trip instead of two, before the loading screen shows. */
  preload(): void {
    for (const asset of [...bootAssets, ...preloadAssets]) {
      this.load.image(asset.key, asset.url);
    }
  }

  create(): void {
    const root = document.getElementById('ui');
    const live = document.getElementById('live');
    if (!root || !live) throw new Error('index.html must contain #ui and #live.');
    this.services.attachUi(new UiLayer(root, live, this.game.canvas));
    this.enter();
    this.cameras.main.setBackgroundColor(Ink.night);
    document.getElementById('boot-indicator')?.remove();
    this.scene.start(SceneKey.Preloader);
  }
}
