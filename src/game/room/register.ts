/**
 * Entry points of classroom rooms, loaded on demand: a student's "Join a class" (or a
 * `?join=CODE` address), and coming back to the tab's room after a reload.
 */
import type Phaser from 'phaser';
import { SceneKey } from '../keys.ts';
import type { ClassroomSessionData } from '../classroomUi/sceneData.ts';
import { registerClassroomScenes } from '../classroomUi/register.ts';
import type { GameServices } from '../services.ts';
import { linkHost } from './host.ts';
import { JoinScene, type JoinData } from './JoinScene.ts';
import { joinProblemText } from './refusalText.ts';
import { RoomLink } from './roomLink.ts';
import { roomSession, teacherSender } from './roomSession.ts';

async function registerJoin(game: Phaser.Game, services: GameServices): Promise<void> {
  await registerClassroomScenes(game, services);
  if (!(SceneKey.ClassroomJoin in game.scene.keys)) {
    game.scene.add(SceneKey.ClassroomJoin, new JoinScene(services), false);
  }
}

/** Open the join screen, prefilled with `code`. */
export async function enterJoin(
  game: Phaser.Game,
  services: GameServices,
  code: string,
): Promise<void> {
  await registerJoin(game, services);
  game.scene.stop(SceneKey.Title);
  game.scene.start(SceneKey.ClassroomJoin, { link: null, code } satisfies JoinData);
}

/** Come back to the tab's room: the teacher to the projector, a student to the team. */
export async function resumeRoom(game: Phaser.Game, services: GameServices): Promise<void> {
  const content = services.content;
  const resumed = await RoomLink.resume(linkHost(services));
  if (!resumed || !content) return;
  await registerJoin(game, services);
  if (!resumed.ok) {
    const problem = joinProblemText(services.words, resumed.problem);
    game.scene.stop(SceneKey.Title);
    game.scene.start(SceneKey.ClassroomJoin, { link: null, code: '', problem } satisfies JoinData);
    return;
  }
  const link = resumed.link;
  if (link.role === 'student') {
    game.scene.stop(SceneKey.Title);
    game.scene.start(SceneKey.ClassroomJoin, { link, code: link.code } satisfies JoinData);
    return;
  }
  const session = await roomSession(content, link, teacherSender(link));
  if (!session) return;
  game.scene.stop(SceneKey.Title);
  const phase = session.state.phase.kind;
  game.scene.start(
    phase === 'debrief' || phase === 'ended' ? SceneKey.ClassroomDebrief : SceneKey.ClassroomPlay,
    { session, room: link } satisfies ClassroomSessionData,
  );
}
