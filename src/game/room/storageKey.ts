/** Where the tab keeps its place in a classroom room (read by the title without the SDK). */
export const ROOM_STORAGE_KEY = 'act-early-room';
