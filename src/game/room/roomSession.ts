/**
 * A classroom session driven by a room: every view the room sends is rebuilt into the session
 * state (a replay of the room's record from its seed, checked against this build's content), and
 * the running timer follows the room's clock.
 */
import { restoreClassroom } from '../../classroom/record.ts';
import type { ClassroomIntent } from '../../classroom/state.ts';
import type { Content } from '../../content/schema.ts';
import { ClassroomSession } from '../classroomUi/classroomSession.ts';
import type { RoomLink } from './roomLink.ts';

/** The session of `link`'s room, once its first view arrived (null if it does not restore). */
export function roomSession(
  content: Content,
  link: RoomLink,
  send: (intent: ClassroomIntent) => void,
): Promise<ClassroomSession | null> {
  return new Promise((resolve) => {
    let session: ClassroomSession | null = null;
    let shown = '';
    const follow = (): boolean => {
      const view = link.view;
      if (!view) return false;
      // Views also carry the roster and proposals: the session changes only with its record.
      const record = JSON.stringify({ ...view.record, timer: null });
      if (record === shown) {
        session?.receiveTimer(view.record.timer);
        return true;
      }
      shown = record;
      const restored = restoreClassroom(content, view.record);
      if (!restored.ok) {
        if (!session) resolve(null);
        return true;
      }
      if (session) session.receive(restored.state);
      else {
        session = ClassroomSession.remote(content, view.code, restored.state, send);
        resolve(session);
      }
      return true;
    };
    link.on('view', () => {
      follow();
    });
    link.on('timer', ({ timer }) => {
      session?.receiveTimer(timer);
    });
    follow();
  });
}

/** Send a facilitator intent to the room (the teacher's session). */
export function teacherSender(link: RoomLink): (intent: ClassroomIntent) => void {
  return (intent) => {
    if (intent.kind === 'tick') return;
    link.send('intent', { intent });
  };
}
