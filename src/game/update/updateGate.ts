import { SceneKey } from '../keys.ts';

/** Scenes where reloading loses nothing: no round is open (a game in progress is saved). */
const SAFE_SCENES: ReadonlySet<string> = new Set([SceneKey.Title, SceneKey.Debrief]);

/**
 * When to offer a waiting new version: only once one is waiting, only on a safe scene, and not
 * again after "Later" until the player reaches the next safe scene.
 */
export class UpdateGate {
  private waiting = false;
  private safe = false;
  private dismissed = false;

  private readonly render: (visible: boolean) => void;

  constructor(render: (visible: boolean) => void) {
    this.render = render;
  }

  /** A new version is installed and waits for the player. */
  versionWaiting(): void {
    this.waiting = true;
    this.update();
  }

  sceneEntered(key: string): void {
    const safe = SAFE_SCENES.has(key);
    if (safe && !this.safe) this.dismissed = false;
    this.safe = safe;
    this.update();
  }

  later(): void {
    this.dismissed = true;
    this.update();
  }

  get visible(): boolean {
    return this.waiting && this.safe && !this.dismissed;
  }

  private update(): void {
    this.render(this.visible);
  }
}
