/**
 * Entry point of the classroom, loaded on demand by the title's Classroom button: loads the
 * `classroom` text, registers the classroom scenes once and opens the set-up.
 */
import './classroom.css';
import './classroomSetup.css';
import '../room/room.css';
import type Phaser from 'phaser';
import { SceneKey } from '../keys.ts';
import type { GameServices } from '../services.ts';
import { ClassroomDebriefScene } from './ClassroomDebriefScene.ts';
import { ClassroomPlayScene } from './ClassroomPlayScene.ts';
import { ClassroomSetupScene } from './ClassroomSetupScene.ts';
import { FRESH_SETUP } from './sceneData.ts';

/** Load the `classroom` namespace for the current language (again after a language change). */
export async function loadClassroomText(services: GameServices): Promise<void> {
  await services.i18n.loadNamespaces('classroom');
}

/** Register the classroom scenes (once), with their text. */
export async function registerClassroomScenes(
  game: Phaser.Game,
  services: GameServices,
): Promise<void> {
  await loadClassroomText(services);
  const scenes = [
    [SceneKey.ClassroomSetup, ClassroomSetupScene],
    [SceneKey.ClassroomPlay, ClassroomPlayScene],
    [SceneKey.ClassroomDebrief, ClassroomDebriefScene],
  ] as const;
  for (const [key, SceneClass] of scenes) {
    if (!(key in game.scene.keys)) game.scene.add(key, new SceneClass(services), false);
  }
}

/** Register the classroom scenes (once) and start the set-up scene. */
export async function enterClassroom(game: Phaser.Game, services: GameServices): Promise<void> {
  await registerClassroomScenes(game, services);
  game.scene.stop(SceneKey.Title);
  game.scene.start(SceneKey.ClassroomSetup, FRESH_SETUP);
}
