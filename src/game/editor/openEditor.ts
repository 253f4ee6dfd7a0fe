/* eslint-disable @typescript-eslint/no-unused-vars -- a contract until its branch lands */
import type Phaser from 'phaser';
import type { ScenarioFile } from '../../content/scenarioFile.ts';
import type { GameServices } from '../services.ts';

/**
 * Open the scenario editor over the given scene: with `file`, editing that scenario; without,
 * the draft kept on this device (or the choice of a starting point).
 */
export function openEditor(
  _scene: Phaser.Scene,
  _services: GameServices,
  _options: { readonly file?: ScenarioFile } = {},
): Promise<void> {
  return Promise.reject(new Error('openEditor: built on branch editor-ui'));
}
