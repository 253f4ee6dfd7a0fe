/* eslint-disable @typescript-eslint/no-unused-vars -- a contract until its branch lands */
import type Phaser from 'phaser';
import type { ScenarioFile } from '../../content/scenarioFile.ts';
import type { GameServices } from '../services.ts';

/** Where a teacher's scenario was opened from: the debrief offers the way back there. */
export type ScenarioOrigin = 'editor' | 'shared';

/** Play a decoded teacher's scenario self-paced, from its briefing. */
export function startScenarioFile(
  _scene: Phaser.Scene,
  _services: GameServices,
  _file: ScenarioFile,
  _origin: ScenarioOrigin,
): void {
  throw new Error('startScenarioFile: built on branch scenario-play');
}
