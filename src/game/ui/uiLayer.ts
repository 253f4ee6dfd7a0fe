import { STAGE } from '../keys.ts';
import { Modals } from './modal.ts';

/**
 * Below this scale (a canvas under 960 CSS px wide, e.g. a phone in landscape) the stage's
 * 24 px body text would shrink under 12 CSS px, so screens switch to their compact layout.
 */
export const COMPACT_BELOW_SCALE = 0.5;

/**
 * The DOM layer above the canvas. Text and controls live here so they get real shaping, bidi,
 * line breaking, focus and accessible names; it is kept scaled to the canvas so scenes can place
 * elements in stage coordinates (1920×1080).
 */
export class UiLayer {
  readonly root: HTMLElement;
  readonly liveRegion: HTMLElement;
  /** The dialogs over the layer, and the pages over the whole game. */
  readonly modals: Modals;
  private readonly canvas: HTMLCanvasElement;
  private compactNow = false;
  private readonly compactListeners = new Set<(compact: boolean) => void>();

  constructor(root: HTMLElement, liveRegion: HTMLElement, canvas: HTMLCanvasElement) {
    this.root = root;
    this.liveRegion = liveRegion;
    this.canvas = canvas;
    this.modals = new Modals(root);
    this.root.style.width = `${STAGE.width}px`;
    this.root.style.height = `${STAGE.height}px`;
    new ResizeObserver(() => {
      this.sync();
    }).observe(canvas);
    window.addEventListener('resize', () => {
      this.sync();
    });
    this.sync();
  }

  /** Match the layer to the canvas's box on the page. */
  sync(): void {
    const box = this.canvas.getBoundingClientRect();
    const scale = box.width / STAGE.width;
    this.root.style.transform = `translate(${box.left}px, ${box.top}px) scale(${scale})`;
    const compact = scale > 0 && scale < COMPACT_BELOW_SCALE;
    if (compact !== this.compactNow) {
      this.compactNow = compact;
      this.root.classList.toggle('compact', compact);
      for (const listener of this.compactListeners) listener(compact);
    }
  }

  /** Whether screens use their compact (small screen) layout: larger type, one panel at a time. */
  get compact(): boolean {
    return this.compactNow;
  }

  /** Be told when the layout switches between compact and full; returns an unsubscribe. */
  onCompactChange(listener: (compact: boolean) => void): () => void {
    this.compactListeners.add(listener);
    return () => {
      this.compactListeners.delete(listener);
    };
  }

  /** Replace whatever the previous scene showed with a new screen. */
  show(screen: HTMLElement): void {
    this.modals.dropDialogs();
    this.root.replaceChildren(screen);
  }

  clear(): void {
    this.modals.dropDialogs();
    this.root.replaceChildren();
  }

  /** Say something to screen-reader users without moving focus. */
  announce(message: string): void {
    this.liveRegion.textContent = message;
  }
}
