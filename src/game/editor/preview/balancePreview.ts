/* eslint-disable @typescript-eslint/no-unused-vars -- a contract until its branch lands */
import type { ScenarioFile } from '../../../content/scenarioFile.ts';
import type { GameServices } from '../../services.ts';

/** The live balance preview of a draft or shared scenario: words and a small chart. */
export interface BalancePreview {
  /** The preview's own element, placed by whoever shows it. */
  readonly element: HTMLElement;
  /** Measure this scenario (debounced; a newer call cancels an older run). */
  update(file: ScenarioFile): void;
  /** Stop any run and release the worker. */
  destroy(): void;
}

/** A balance preview, measured off the main thread. */
export function createBalancePreview(_services: GameServices): BalancePreview {
  throw new Error('createBalancePreview: built on branch editor-preview');
}
