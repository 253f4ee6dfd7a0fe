import type Phaser from 'phaser';
import type { Stage } from '../../core/index.ts';
import { Ink } from '../palette.ts';
import { STAGE_COLOURS } from './tension.ts';

const SEGMENT = { width: 72, height: 30, gap: 8 } as const;
/** Time for the marker to move one stage. */
const MS_PER_STAGE = 260;

/**
 * Five segments, lit up to the current stage, with a marker on the current one. The DOM layer
 * prints the stage number and name beside it, so colour never carries the meaning alone.
 * A change of stage slides the marker across, unless motion is reduced.
 */
export class StageMeter {
  private readonly scene: Phaser.Scene;
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly x: number;
  private readonly y: number;
  private readonly rtl: boolean;
  /** Where the marker is drawn now; fractional while it moves. */
  private position = 0;
  private target: Stage | null = null;
  private tween: Phaser.Tweens.Tween | null = null;
  private hidden = false;

  constructor(scene: Phaser.Scene, x: number, y: number, rtl: boolean) {
    this.scene = scene;
    this.graphics = scene.add.graphics();
    this.x = x;
    this.y = y;
    this.rtl = rtl;
  }

  static get width(): number {
    return 5 * SEGMENT.width + 4 * SEGMENT.gap;
  }

  /** Show `stage`; with `animate`, the marker travels there from where it is. */
  show(stage: Stage, animate = false): void {
    if (stage === this.target) return;
    this.target = stage;
    this.tween?.stop();
    this.tween = null;
    if (!animate || this.position === 0) {
      this.position = stage;
      this.draw();
      return;
    }
    this.tween = this.scene.tweens.addCounter({
      from: this.position,
      to: stage,
      duration: Math.abs(stage - this.position) * MS_PER_STAGE + 120,
      ease: 'Cubic.easeInOut',
      onUpdate: (tween) => {
        this.position = tween.getValue() ?? stage;
        this.draw();
      },
      onComplete: () => {
        this.position = stage;
        this.tween = null;
        this.draw();
      },
    });
  }

  /** Hide the stage from the players (a facilitator's choice): grey segments, no marker. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.draw();
  }

  private slotX(stage: number): number {
    // Right-to-left readers see the scale grow from the right.
    const slot = this.rtl ? 5 - stage : stage - 1;
    return this.x + slot * (SEGMENT.width + SEGMENT.gap);
  }

  private draw(): void {
    const g = this.graphics.clear();
    for (let s = 1 as Stage; s <= 5; s = (s + 1) as Stage) {
      const x = this.slotX(s);
      const lit = !this.hidden && s <= Math.round(this.position);
      g.fillStyle(lit ? STAGE_COLOURS[s] : Ink.deep, 1);
      g.fillRoundedRect(x, this.y, SEGMENT.width, SEGMENT.height, 8);
      g.lineStyle(3, Ink.mist, lit ? 1 : 0.5).strokeRoundedRect(
        x,
        this.y,
        SEGMENT.width,
        SEGMENT.height,
        8,
      );
    }
    if (this.hidden) return;
    const mid = this.slotX(this.position) + SEGMENT.width / 2;
    g.fillStyle(Ink.paper, 1).fillTriangle(
      mid - 12,
      this.y + 46,
      mid + 12,
      this.y + 46,
      mid,
      this.y + 34,
    );
  }
}
