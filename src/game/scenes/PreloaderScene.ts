import { preloadAssets } from '../assets.ts';
import { loadBundledContent } from '../content.ts';
import { SceneKey, STAGE, TextureKey } from '../keys.ts';
import { Ink, OkabeIto } from '../palette.ts';
import type { GameServices } from '../services.ts';
import { el } from '../ui/dom.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

const BAR = { width: 760, height: 28, y: 700 } as const;
/** Share of the bar for files Phaser loads; the rest is content loading and validation. */
const FILES_SHARE = 0.85;

/** Loads the game's files and content behind a progress bar driven by real progress. */
export class PreloaderScene extends ActEarlyScene {
  private setProgress: (value: number) => void = () => undefined;
  private screen: HTMLElement | null = null;

  constructor(services: GameServices) {
    super(SceneKey.Preloader, services);
  }

  preload(): void {
    // Loading runs once: a rebuild (a phone's layout turning compact as the page settles) would
    // load again and start the title a second time, over whatever the first title opened.
    this.enter(false);
    const cx = STAGE.width / 2;
    this.add.image(cx, 430, TextureKey.Emblem).setDisplaySize(220, 220);

    const left = cx - BAR.width / 2;
    const frame = this.add.graphics();
    frame.lineStyle(4, Ink.mist, 1);
    frame.strokeRoundedRect(left - 8, BAR.y - 8, BAR.width + 16, BAR.height + 16, 12);
    const fill = this.add.graphics();

    // The visible bar is canvas art; the DOM twin carries the same value for assistive tech.
    const label = this.t('loading.label');
    const progress = el('div', { className: 'loading-progress' });
    progress.setAttribute('role', 'progressbar');
    progress.setAttribute('aria-label', label);
    progress.setAttribute('aria-valuemin', '0');
    progress.setAttribute('aria-valuemax', '100');
    progress.setAttribute('aria-valuenow', '0');
    this.screen = el('div', { className: 'screen loading-screen' }, [
      el('p', { className: 'loading-label', textContent: label }),
      progress,
    ]);
    this.services.ui.show(this.screen);

    const rtl = document.documentElement.dir === 'rtl';
    this.setProgress = (value: number): void => {
      const width = Math.max(BAR.height, BAR.width * value);
      fill.clear().fillStyle(OkabeIto.orange, 1);
      // Right to left readers expect progress to grow from the right.
      fill.fillRoundedRect(rtl ? left + BAR.width - width : left, BAR.y, width, BAR.height, 8);
      progress.setAttribute('aria-valuenow', String(Math.round(value * 100)));
    };
    this.load.on('progress', (value: number) => {
      this.setProgress(value * FILES_SHARE);
    });
    this.load.on('loaderror', () => {
      this.showError(this.t('loading.failed'));
    });

    // Boot has usually fetched these already, beside its own files.
    for (const asset of preloadAssets) {
      if (!this.textures.exists(asset.key)) this.load.image(asset.key, asset.url);
    }
  }

  create(): void {
    // A failed file leaves the message on screen instead of a broken title.
    if (this.load.totalFailed > 0) return;
    void this.loadContent();
  }

  private async loadContent(): Promise<void> {
    const i18n = this.services.i18n;
    await i18n.loadNamespaces('content');
    const second = this.services.preferences.secondLanguage;
    if (second) await i18n.loadLanguages(second);
    this.setProgress(FILES_SHARE + (1 - FILES_SHARE) / 2);
    const result = await loadBundledContent(
      i18n.getResourceBundle('en', 'content'),
      this.services.contentFiles ?? undefined,
    );
    // On failure the Title explains the problem; the rest of the game (settings, about) still works.
    this.services.settleContent(
      result.ok ? { content: result.content } : { errors: result.errors },
    );
    this.setProgress(1);
    this.scene.start(SceneKey.Title);
  }

  private showError(message: string): void {
    if (!this.screen || this.screen.querySelector('.loading-error')) return;
    const error = el('p', { className: 'loading-error', textContent: message });
    error.setAttribute('role', 'alert');
    this.screen.append(error);
  }
}
