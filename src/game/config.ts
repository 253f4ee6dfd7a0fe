import Phaser from 'phaser';
import { STAGE } from './keys.ts';
import { Ink } from './palette.ts';
import { BootScene } from './scenes/BootScene.ts';
import { PreloaderScene } from './scenes/PreloaderScene.ts';
import { BriefingScene } from './scenes/BriefingScene.ts';
import { DebriefScene } from './scenes/DebriefScene.ts';
import { PlayScene } from './scenes/PlayScene.ts';
import { ScenarioSelectScene } from './scenes/ScenarioSelectScene.ts';
import { TitleScene } from './scenes/TitleScene.ts';
import type { GameServices } from './services.ts';

/** Phaser's configuration: a 16:9 stage scaled to fit, audio left to howler. */
export function createGameConfig(
  parent: HTMLElement,
  services: GameServices,
): Phaser.Types.Core.GameConfig {
  // `?renderer=canvas` forces the Canvas renderer (slow machines, benchmarks).
  const canvas = new URLSearchParams(window.location.search).get('renderer') === 'canvas';
  return {
    type: canvas ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: Ink.night,
    banner: false,
    // howler owns audio; two audio contexts would compete.
    audio: { noAudio: true },
    // DOM buttons need Space and Enter; Phaser must not swallow keys on window.
    input: { keyboard: { capture: [] } },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: STAGE.width,
      height: STAGE.height,
    },
    scene: [
      new BootScene(services),
      new PreloaderScene(services),
      new TitleScene(services),
      new ScenarioSelectScene(services),
      new BriefingScene(services),
      new PlayScene(services),
      new DebriefScene(services),
    ],
  };
}
