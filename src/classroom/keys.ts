/** Storage keys of classroom sessions, apart from the store so the game can name them cheaply. */

/** Key prefix of saved sessions. */
export const CLASSROOM_PREFIX = 'actEarly.classroom.';
/** Key prefix of entries set aside as unreadable. */
export const CLASSROOM_ASIDE_PREFIX = 'actEarly.classroomUnreadable.';
