import type Phaser from 'phaser';
import type { Stage } from '../../core/index.ts';
import { Ink } from '../palette.ts';
import { STAGE_COLOURS } from './tension.ts';

const SEGMENT = { width: 72, height: 30, gap: 8 } as const;

/**
 * Five segments, lit up to the current stage, with a marker on the current one. The DOM layer
 * prints the stage number and name beside it, so colour never carries the meaning alone.
 */
export class StageMeter {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly x: number;
  private readonly y: number;
  private readonly rtl: boolean;

  constructor(scene: Phaser.Scene, x: number, y: number, rtl: boolean) {
    this.graphics = scene.add.graphics();
    this.x = x;
    this.y = y;
    this.rtl = rtl;
  }

  static get width(): number {
    return 5 * SEGMENT.width + 4 * SEGMENT.gap;
  }

  draw(stage: Stage, hidden = false): void {
    const g = this.graphics.clear();
    for (let s = 1 as Stage; s <= 5; s = (s + 1) as Stage) {
      // Right-to-left readers see the scale grow from the right.
      const slot = this.rtl ? 5 - s : s - 1;
      const x = this.x + slot * (SEGMENT.width + SEGMENT.gap);
      const lit = !hidden && s <= stage;
      g.fillStyle(lit ? STAGE_COLOURS[s] : Ink.deep, 1);
      g.fillRoundedRect(x, this.y, SEGMENT.width, SEGMENT.height, 8);
      g.lineStyle(3, Ink.mist, lit ? 1 : 0.5).strokeRoundedRect(
        x,
        this.y,
        SEGMENT.width,
        SEGMENT.height,
        8,
      );
      if (!hidden && s === stage) {
        const mid = x + SEGMENT.width / 2;
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
  }
}
