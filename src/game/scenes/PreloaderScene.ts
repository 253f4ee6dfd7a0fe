import { preloadAssets } from '../assets.ts';
import { SceneKey, STAGE, TextureKey } from '../keys.ts';
import { Ink, OkabeIto } from '../palette.ts';
import type { GameServices } from '../services.ts';
import { el } from '../ui/dom.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

const BAR = { width: 760, height: 28, y: 700 } as const;

/** Loads the game's files behind a progress bar driven by the loader's own events. */
export class PreloaderScene extends ActEarlyScene {
  constructor(services: GameServices) {
    super(SceneKey.Preloader, services);
  }

  preload(): void {
    this.enter();
    const cx = STAGE.width / 2;
    this.add.image(cx, 430, TextureKey.Emblem).setDisplaySize(220, 220);

    const left = cx - BAR.width / 2;
    const frame = this.add.graphics();
    frame
      .lineStyle(4, Ink.mist, 1)
      .strokeRoundedRect(left - 8, BAR.y - 8, BAR.width + 16, BAR.height + 16, 12);
    const fill = this.add.graphics();

    // The visible bar is canvas art; the DOM twin carries the same value for assistive tech.
    const label = this.t('loading.label');
    const progress = el('div', { className: 'loading-progress' });
    progress.setAttribute('role', 'progressbar');
    progress.setAttribute('aria-label', label);
    progress.setAttribute('aria-valuemin', '0');
    progress.setAttribute('aria-valuemax', '100');
    progress.setAttribute('aria-valuenow', '0');
    const screen = el('div', { className: 'screen loading-screen' }, [
      el('p', { className: 'loading-label', textContent: label }),
      progress,
    ]);
    this.services.ui.show(screen);

    const rtl = document.documentElement.dir === 'rtl';
    this.load.on('progress', (value: number) => {
      const width = Math.max(BAR.height, BAR.width * value);
      fill.clear().fillStyle(OkabeIto.orange, 1);
      // Right to left readers expect progress to grow from the right.
      fill.fillRoundedRect(rtl ? left + BAR.width - width : left, BAR.y, width, BAR.height, 8);
      progress.setAttribute('aria-valuenow', String(Math.round(value * 100)));
    });
    this.load.on('loaderror', () => {
      screen.append(el('p', { className: 'loading-error', textContent: this.t('loading.failed') }));
      screen.querySelector('.loading-error')?.setAttribute('role', 'alert');
    });

    for (const asset of preloadAssets) {
      this.load.svg(asset.key, asset.url, { width: asset.width, height: asset.height });
    }
  }

  create(): void {
    // A failed file leaves the message on screen instead of a broken title.
    if (this.load.totalFailed > 0) return;
    this.scene.start(SceneKey.Title);
  }
}
