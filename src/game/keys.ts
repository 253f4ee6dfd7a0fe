/** Scene keys: the scene flow is Boot → Preloader → Title → … */
export const SceneKey = {
  Boot: 'Boot',
  Preloader: 'Preloader',
  Title: 'Title',
  ScenarioSelect: 'ScenarioSelect',
  Briefing: 'Briefing',
  Play: 'Play',
  Debrief: 'Debrief',
  // The classroom scenes are registered lazily, when the Classroom button is first pressed.
  ClassroomSetup: 'ClassroomSetup',
  ClassroomPlay: 'ClassroomPlay',
  ClassroomDebrief: 'ClassroomDebrief',
  /** A student's device in a classroom room (registered with the classroom scenes). */
  ClassroomJoin: 'ClassroomJoin',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

/** Texture keys for every image the loader knows. */
export const TextureKey = {
  Emblem: 'emblem',
  TitleBackdrop: 'title-backdrop',
  Hills: 'hills',
  /** Phaser's own empty texture, a stand-in until a real one is ready. */
  Empty: '__DEFAULT',
  /** Baked by the situation room each time region tension changes. */
  CountryMap: 'country-map',
} as const;
export type TextureKey = (typeof TextureKey)[keyof typeof TextureKey];

/** Logical resolution: a 16:9 stage scaled to fit any screen. */
export const STAGE = { width: 1920, height: 1080 } as const;

/** User Timing mark set the first time the title accepts input. */
export const TITLE_READY_MARK = 'act-early:title-ready';
