import type Phaser from 'phaser';
import { STAGE, TextureKey } from '../keys.ts';

/** The dawn sky and hills behind menus and briefings, dimmed so text stays readable. */
export function drawMenuBackdrop(scene: Phaser.Scene): void {
  const { width, height } = STAGE;
  scene.add.image(width / 2, height / 2, TextureKey.TitleBackdrop);
  scene.add.image(width / 2, height - 210, TextureKey.Hills).setAlpha(0.55);
}
