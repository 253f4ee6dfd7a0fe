import Phaser from 'phaser';
import { openRng, seedRng } from '../../core/rng.ts';
import { TextureKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import { TENSION_COLOURS, TENSION_LEVELS, type TensionLevel } from './tension.ts';

export interface MapBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface RegionShape {
  readonly points: Phaser.Math.Vector2[];
  readonly centre: Phaser.Math.Vector2;
}

/** Stable small number from a string, so each scenario keeps its own country shape. */
function hashOf(text: string): number {
  let hash = 7;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * A stylised fictional country: a wobbly outline cut into a central region and a ring of outer
 * regions. Tension is drawn as colour plus a dot pattern that thickens with the level, so it
 * never depends on colour alone.
 */
export class CountryMap {
  private readonly scene: Phaser.Scene;
  private readonly box: MapBox;
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly image: Phaser.GameObjects.Image;
  private readonly shapes: RegionShape[];
  private drawn = '';

  constructor(scene: Phaser.Scene, box: MapBox, shapeKey: string, regionCount: number) {
    this.scene = scene;
    this.box = box;
    // Drawn off screen and baked into one texture: the map changes once a round, not per frame.
    this.graphics = scene.make.graphics({}, false);
    this.image = scene.add.image(box.x, box.y, TextureKey.Empty).setOrigin(0, 0).setVisible(false);
    this.shapes = CountryMap.layout(
      { x: 0, y: 0, width: box.width, height: box.height },
      shapeKey,
      Math.max(2, regionCount),
    );
    scene.events.once('shutdown', () => {
      this.graphics.destroy();
    });
  }

  /** Region centres in stage coordinates, for labels placed by the DOM layer. */
  get centres(): readonly Phaser.Math.Vector2[] {
    return this.shapes.map(
      (shape) => new Phaser.Math.Vector2(shape.centre.x + this.box.x, shape.centre.y + this.box.y),
    );
  }

  draw(levels: readonly TensionLevel[]): void {
    const signature = levels.join(',');
    if (signature === this.drawn) return;
    this.drawn = signature;
    const g = this.graphics.clear();
    this.shapes.forEach((shape, index) => {
      const level = levels[index] ?? 'calm';
      g.fillStyle(TENSION_COLOURS[level], 0.9).fillPoints(shape.points, true);
      this.drawPattern(shape, level);
      g.lineStyle(5, Ink.night, 1).strokePoints(shape.points, true);
    });
    const textures = this.scene.textures;
    if (textures.exists(TextureKey.CountryMap)) textures.remove(TextureKey.CountryMap);
    g.generateTexture(TextureKey.CountryMap, this.box.width, this.box.height);
    this.image.setTexture(TextureKey.CountryMap).setVisible(true);
  }

  private drawPattern(shape: RegionShape, level: TensionLevel): void {
    const rank = TENSION_LEVELS.indexOf(level);
    if (rank === 0) return;
    const polygon = new Phaser.Geom.Polygon(shape.points);
    const bounds = Phaser.Geom.Polygon.GetAABB(polygon);
    const spacing = [0, 34, 24, 17][rank] ?? 17;
    const radius = [0, 2.5, 3.5, 4.5][rank] ?? 4;
    this.graphics.fillStyle(Ink.night, 0.55);
    for (let y = bounds.y + spacing / 2; y < bounds.bottom; y += spacing) {
      const offset = Math.round((y - bounds.y) / spacing) % 2 === 0 ? 0 : spacing / 2;
      for (let x = bounds.x + offset; x < bounds.right; x += spacing) {
        if (Phaser.Geom.Polygon.Contains(polygon, x, y)) this.graphics.fillCircle(x, y, radius);
      }
    }
  }

  private static layout(box: MapBox, shapeKey: string, count: number): RegionShape[] {
    const rng = openRng(seedRng(hashOf(shapeKey)));
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const rx = box.width / 2 - 10;
    const ry = box.height / 2 - 10;
    const steps = 72;
    const wobble = Array.from({ length: 8 }, () => rng.float() * Math.PI * 2);
    const outer = (angle: number): number =>
      0.86 +
      0.07 * Math.sin(3 * angle + (wobble[0] ?? 0)) +
      0.05 * Math.sin(5 * angle + (wobble[1] ?? 0)) +
      0.02 * Math.sin(9 * angle + (wobble[2] ?? 0));
    const inner = (angle: number): number => 0.36 + 0.04 * Math.sin(4 * angle + (wobble[3] ?? 0));
    const point = (angle: number, scale: number): Phaser.Math.Vector2 =>
      new Phaser.Math.Vector2(cx + Math.cos(angle) * rx * scale, cy + Math.sin(angle) * ry * scale);

    const centre: RegionShape = {
      points: Array.from({ length: steps }, (_, i) => {
        const angle = (i / steps) * Math.PI * 2;
        return point(angle, inner(angle));
      }),
      centre: new Phaser.Math.Vector2(cx, cy),
    };
    const ring = count - 1;
    const start = rng.float() * Math.PI * 2;
    const shapes: RegionShape[] = [];
    for (let r = 0; r < ring; r++) {
      const from = start + (r / ring) * Math.PI * 2;
      const to = start + ((r + 1) / ring) * Math.PI * 2;
      const arc = Math.max(3, Math.round((steps * (to - from)) / (Math.PI * 2)));
      const points: Phaser.Math.Vector2[] = [];
      for (let i = 0; i <= arc; i++) {
        const angle = from + ((to - from) * i) / arc;
        points.push(point(angle, outer(angle)));
      }
      for (let i = arc; i >= 0; i--) {
        const angle = from + ((to - from) * i) / arc;
        points.push(point(angle, inner(angle)));
      }
      const mid = (from + to) / 2;
      shapes.push({ points, centre: point(mid, (outer(mid) + inner(mid)) / 2) });
    }
    return [centre, ...shapes];
  }
}
