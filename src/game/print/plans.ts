/** A step of a lesson plan: its minutes and the `guide` key of what happens. */
export interface PlanStep {
  readonly minutes: number;
  readonly key:
    | 'lesson.short.intro'
    | 'lesson.short.briefing'
    | 'lesson.short.play'
    | 'lesson.short.debrief'
    | 'lesson.long.intro'
    | 'lesson.long.tutorial'
    | 'lesson.long.prepare'
    | 'lesson.long.play'
    | 'lesson.long.debrief'
    | 'lesson.long.close';
}

/** A lesson plan: its heading and its steps, which add up to the lesson's length. */
export interface LessonPlan {
  readonly minutes: number;
  readonly heading: 'lesson.short.heading' | 'lesson.long.heading';
  readonly steps: readonly PlanStep[];
}

/** A 45-minute lesson (one scenario, short debrief) and a 90-minute one (tutorial first). */
export const LESSON_PLANS: readonly LessonPlan[] = [
  {
    minutes: 45,
    heading: 'lesson.short.heading',
    steps: [
      { minutes: 5, key: 'lesson.short.intro' },
      { minutes: 5, key: 'lesson.short.briefing' },
      { minutes: 25, key: 'lesson.short.play' },
      { minutes: 10, key: 'lesson.short.debrief' },
    ],
  },
  {
    minutes: 90,
    heading: 'lesson.long.heading',
    steps: [
      { minutes: 10, key: 'lesson.long.intro' },
      { minutes: 10, key: 'lesson.long.tutorial' },
      { minutes: 10, key: 'lesson.long.prepare' },
      { minutes: 35, key: 'lesson.long.play' },
      { minutes: 20, key: 'lesson.long.debrief' },
      { minutes: 5, key: 'lesson.long.close' },
    ],
  },
];
