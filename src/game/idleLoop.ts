import Phaser from 'phaser';
import { SceneKey } from './keys.ts';

/**
 * Scenes whose canvas changes only through a tween or in answer to the player. The classroom's
 * scenes are left out: a server message or the round timer may change them at any moment.
 */
const SLEEPY: ReadonlySet<string> = new Set([
  SceneKey.Title,
  SceneKey.ScenarioSelect,
  SceneKey.Briefing,
  SceneKey.Play,
  SceneKey.Debrief,
]);

/** Whatever the player does may change the picture: the loop wakes for it. */
const WAKE_ON_DOCUMENT = [
  'pointerdown',
  'pointerup',
  'pointermove',
  'keydown',
  'keyup',
  'wheel',
  'input',
  'change',
  'focusin',
] as const;
const WAKE_ON_WINDOW = ['resize', 'orientationchange'] as const;

/** Frames drawn with nothing moving before the loop sleeps (half a second at 60 fps). */
const IDLE_FRAMES = 30;

/** The scene manager's calls that change scenes; queued operations run only in a game step. */
interface SceneCalls {
  queueOp: (...args: unknown[]) => unknown;
  start: (...args: unknown[]) => unknown;
  run: (...args: unknown[]) => unknown;
}

function moving(scene: Phaser.Scene): boolean {
  return (
    !SLEEPY.has(scene.sys.settings.key) ||
    scene.sys.settings.status !== Phaser.Scenes.RUNNING ||
    scene.load.isLoading() ||
    scene.tweens.getTweens().length > 0
  );
}

/**
 * Lets Phaser's loop sleep while nothing on the canvas moves, so a title or room at rest costs
 * the browser almost nothing (issue #19): the last frame stays on screen. The loop wakes for
 * input, a resize, a visible page and any scene change, and runs for as long as a tween plays
 * or a scene loads.
 */
export function sleepWhenIdle(game: Phaser.Game): void {
  let idleFrames = 0;
  const wake = (): void => {
    idleFrames = 0;
    if (game.loop.running) return;
    // No catch-up: the first step after a sleep must not jump a new tween to its end.
    game.loop.resetDelta();
    game.loop.wake();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (game.scene.getScenes(true).some(moving)) {
      idleFrames = 0;
      return;
    }
    idleFrames++;
    if (idleFrames >= IDLE_FRAMES) game.loop.sleep();
  });

  const manager = game.scene as unknown as SceneCalls;
  for (const name of ['queueOp', 'start', 'run'] as const) {
    const call = manager[name].bind(manager);
    manager[name] = (...args: unknown[]): unknown => {
      wake();
      return call(...args);
    };
  }
  for (const type of WAKE_ON_DOCUMENT)
    document.addEventListener(type, wake, { capture: true, passive: true });
  for (const type of WAKE_ON_WINDOW) window.addEventListener(type, wake, { passive: true });
  document.addEventListener('visibilitychange', wake);
}
