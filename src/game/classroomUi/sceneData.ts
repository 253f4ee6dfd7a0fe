/**
 * What each classroom scene is started with (Phaser scene data). A rebuild after a language or
 * layout change restarts the scene with the same data, so nothing lives in a module.
 */
import type { ClassroomSetup } from '../../classroom/types.ts';
import type { RoomLink } from '../room/roomLink.ts';
import type { ClassroomSession } from './classroomSession.ts';

/** The set-up scene's data: the set-up being edited and the step it is at. */
export interface ClassroomSetupData {
  /** The set-up being edited; null starts a fresh one. */
  readonly draft: ClassroomSetup | null;
  /** Editing, or reading the briefing before starting. */
  readonly step: 'setup' | 'briefing';
}

/** A fresh set-up, at its first step. */
export const FRESH_SETUP: ClassroomSetupData = { draft: null, step: 'setup' };

/** The play and debrief scenes' data: the session they show. */
export interface ClassroomSessionData {
  readonly session: ClassroomSession;
  /** The classroom room driving the session, when students join on their devices. */
  readonly room?: RoomLink;
}
