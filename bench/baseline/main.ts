/**
 * The load benchmark's baseline (npm run bench:load): a bare one-scene Phaser 4 page, built by
 * Vite from Phaser's default entry, that the game's title is compared with in the same run.
 */
import Phaser from 'phaser';

/** Marked when the one scene is created: the baseline's "ready". */
const READY_MARK = 'baseline:ready';

class BaselineScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Baseline' });
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.circle(width * 0.8, height - 300, 110, 0xe69f00, 0.9);
    this.add.text(width / 2, height / 2, 'Baseline', { fontSize: '64px', color: '#ffffff' });
    performance.mark(READY_MARK);
  }
}

const canvas = new URLSearchParams(window.location.search).get('renderer') === 'canvas';
new Phaser.Game({
  type: canvas ? Phaser.CANVAS : Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#12304d',
  banner: false,
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: 1920,
    height: 1080,
  },
  scene: [BaselineScene],
});
