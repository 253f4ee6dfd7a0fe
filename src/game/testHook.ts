import type { SceneKey } from './keys.ts';

/** The tiny test hook end-to-end tests read; extend it, never rename its fields. */
export interface ActEarlyHook {
  /** True once the Title accepts input. */
  ready: boolean;
  /** Key of the scene the player sees. */
  scene: SceneKey | null;
  /** Active i18next language. */
  language: string;
  /** True once the sound module, loaded after the title is interactive, has started. */
  audioReady: boolean;
  /** The classroom room this device is in (issue #18), or null. */
  room: RoomHook | null;
}

/** A device's place in a classroom room. */
export interface RoomHook {
  readonly code: string;
  readonly role: 'teacher' | 'student';
  /** The student's team id (null until placed; always null for the teacher). */
  readonly team: string | null;
  readonly connected: boolean;
}

declare global {
  interface Window {
    __actEarly: ActEarlyHook;
  }
}

export function installTestHook(language: string): ActEarlyHook {
  window.__actEarly = { ready: false, scene: null, language, audioReady: false, room: null };
  return window.__actEarly;
}

export function testHook(): ActEarlyHook {
  return window.__actEarly;
}
