import type { Measure } from '../../content/schema.ts';
import { scheduledTriggers, type GameState, type Stage } from '../../core/index.ts';
import type { MissedWindow } from './debriefView.ts';

/** A lesson the debrief draws from a finished game; each has a text in `missedWindow.*`. */
export type Lesson =
  | { kind: 'lateStage'; measure: string; stage: Stage; bestStage: Stage; times: number }
  | { kind: 'knownTrigger'; trigger: string; round: number; measure: string }
  | { kind: 'earlierSight'; sign: string; count: number }
  | { kind: 'noConsent'; measure: string }
  | { kind: 'emptyFocalPoint' }
  | { kind: 'cerdUnknown' }
  | { kind: 'backfire'; measure: string };

/** The lessons about these two measures are written for them (¶42 and ¶21). */
const FOCAL_POINT = 'appoint_focal_point';
const CERD_PROCEDURE = 'cerd_early_warning';
/** The early-warning capacity a risk and resilience assessment builds (¶42). */
const RISK_ASSESSMENT_FACTOR = 'risk_assessment';
/** A measure counts as late when an earlier stage would have made it this much stronger. */
const LATE_FACTOR = 1.5;

function raises(measure: Measure, factor: string): boolean {
  return [...measure.onset, ...measure.effects].some((e) => e.factor === factor && e.delta > 0);
}

/** What the players could learn from this game, in the order a teacher would raise it. */
export function lessonsOf(state: GameState): Lesson[] {
  const { model } = state;
  const measureOf = (id: string): Measure | undefined => model.measures.find((m) => m.id === id);
  const taken = state.measures.filter((m) => m.status !== 'withdrawn');
  const takenBefore = (id: string, round: number): boolean =>
    taken.some((m) => m.id === id && m.takenRound < round);
  const lessons: Lesson[] = [];
  const seen = new Set<string>();
  const once = (key: string, lesson: Lesson): void => {
    if (seen.has(key)) return;
    seen.add(key);
    lessons.push(lesson);
  };

  for (const record of state.history) {
    const scheduled = scheduledTriggers(state, record.round);
    for (const triggerId of record.triggers) {
      const announced = scheduled.some((t) => t.id === triggerId && t.announced);
      const trigger = model.triggers.find((t) => t.id === triggerId);
      const dampers = (trigger?.dampedBy ?? []).filter((d) => {
        const measure = measureOf(d.measure);
        return measure !== undefined && state.roles.includes(measure.role);
      });
      if (!announced || dampers.length === 0) continue;
      if (dampers.some((d) => takenBefore(d.measure, record.round))) continue;
      const first = dampers[0];
      if (first)
        once(`trigger:${triggerId}`, {
          kind: 'knownTrigger',
          trigger: triggerId,
          round: record.round,
          measure: first.measure,
        });
    }
  }

  for (const instance of taken) {
    const measure = measureOf(instance.id);
    if (!measure) continue;
    const here = measure.curve[instance.takenStage - 1] ?? 0;
    for (let stage = 1; stage < instance.takenStage; stage++) {
      const there = measure.curve[stage - 1] ?? 0;
      if (here > 0 && there >= here * LATE_FACTOR) {
        once(`late:${measure.id}`, {
          kind: 'lateStage',
          measure: measure.id,
          stage: instance.takenStage,
          bestStage: stage as Stage,
          times: Math.round((there / here) * 10) / 10,
        });
        break;
      }
    }
    const before = state.history[instance.takenRound - 1];
    const cooperation = before?.factors[model.params.cooperationFactor] ?? 100;
    if (measure.consent === 'consent' && cooperation < model.params.backfireBelow) {
      once(`consent:${measure.id}`, { kind: 'noConsent', measure: measure.id });
    }
    if (instance.backfired)
      once(`backfire:${measure.id}`, { kind: 'backfire', measure: measure.id });
    if (instance.weakened && measure.id === FOCAL_POINT) once('focal', { kind: 'emptyFocalPoint' });
    if (measure.id === CERD_PROCEDURE) {
      const partners = measure.synergies.filter((s) => s.speedup > 0).map((s) => s.with);
      if (partners.length > 0 && !partners.some((p) => takenBefore(p, instance.takenRound + 1))) {
        once('cerd', { kind: 'cerdUnknown' });
      }
    }
  }

  const assessments = model.measures.filter((m) => raises(m, RISK_ASSESSMENT_FACTOR));
  if (assessments.length > 0) {
    for (const sign of state.signs) {
      if (sign.detectedRound === null || sign.detectedRound <= sign.round) continue;
      if (assessments.some((m) => takenBefore(m.id, sign.round + 1))) continue;
      once(`sight:${sign.id}`, {
        kind: 'earlierSight',
        sign: sign.id,
        count: sign.detectedRound - sign.round,
      });
    }
  }
  return lessons;
}

/** A line of the debrief's "missed windows": its `missedWindow.*` key and what it names. */
export interface LessonLine {
  readonly key:
    | 'missedWindow.neverAnswered'
    | 'missedWindow.lateResponse'
    | 'missedWindow.lateStage'
    | 'missedWindow.knownTrigger'
    | 'missedWindow.earlierSight'
    | 'missedWindow.noConsent'
    | 'missedWindow.backfire'
    | 'missedWindow.emptyFocalPoint'
    | 'missedWindow.cerdUnknown';
  /** Rounds, stages and counts, as they are. */
  readonly numbers: Readonly<Record<string, number>>;
  /** How many times stronger, to show with one decimal. */
  readonly times?: number;
  /** A measure to name; null for "no measure" (a dash). */
  readonly measure?: string | null;
  readonly sign?: string;
  readonly trigger?: string;
}

/** The line for a warning sign answered late or never. */
export function windowLine(window: MissedWindow): LessonLine {
  return window.waited === null
    ? {
        key: 'missedWindow.neverAnswered',
        numbers: {},
        sign: window.sign,
        measure: window.suggestion?.id ?? null,
      }
    : {
        key: 'missedWindow.lateResponse',
        numbers: { round: window.seenFrom, count: window.waited },
        sign: window.sign,
      };
}

/** The line for a lesson. */
export function lessonLine(lesson: Lesson): LessonLine {
  switch (lesson.kind) {
    case 'lateStage':
      return {
        key: 'missedWindow.lateStage',
        numbers: { stage: lesson.stage, bestStage: lesson.bestStage },
        times: lesson.times,
        measure: lesson.measure,
      };
    case 'knownTrigger':
      return {
        key: 'missedWindow.knownTrigger',
        numbers: { round: lesson.round },
        trigger: lesson.trigger,
        measure: lesson.measure,
      };
    case 'earlierSight':
      return {
        key: 'missedWindow.earlierSight',
        numbers: { count: lesson.count },
        sign: lesson.sign,
      };
    case 'noConsent':
      return { key: 'missedWindow.noConsent', numbers: {}, measure: lesson.measure };
    case 'backfire':
      return { key: 'missedWindow.backfire', numbers: {}, measure: lesson.measure };
    case 'emptyFocalPoint':
      return { key: 'missedWindow.emptyFocalPoint', numbers: {} };
    case 'cerdUnknown':
      return { key: 'missedWindow.cerdUnknown', numbers: {} };
  }
}

/** Every line of the missed windows: the signs first, then the lessons. */
export function missedLines(state: GameState, windows: readonly MissedWindow[]): LessonLine[] {
  return [...windows.map(windowLine), ...lessonsOf(state).map(lessonLine)];
}
