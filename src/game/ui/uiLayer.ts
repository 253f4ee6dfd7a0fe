import { STAGE } from '../keys.ts';

/**
 * The DOM layer above the canvas. Text and controls live here so they get real shaping, bidi,
 * line breaking, focus and accessible names; it is kept scaled to the canvas so scenes can place
 * elements in stage coordinates (1920×1080).
 */
export class UiLayer {
  readonly root: HTMLElement;
  readonly liveRegion: HTMLElement;
  private readonly canvas: HTMLCanvasElement;

  constructor(root: HTMLElement, liveRegion: HTMLElement, canvas: HTMLCanvasElement) {
    this.root = root;
    this.liveRegion = liveRegion;
    this.canvas = canvas;
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
  }

  /** Replace whatever the previous scene showed with a new screen. */
  show(screen: HTMLElement): void {
    this.root.replaceChildren(screen);
  }

  clear(): void {
    this.root.replaceChildren();
  }

  /** Say something to screen-reader users without moving focus. */
  announce(message: string): void {
    this.liveRegion.textContent = message;
  }
}
