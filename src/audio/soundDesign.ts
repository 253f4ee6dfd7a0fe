/**
 * Source parameters for every sound in the game: the source of truth for the generated audio in
 * assets/audio (rebuild with `npm run audio:build`). Pitches are MIDI note numbers (60 = middle C),
 * times are seconds. Everything sits in D minor / F major so cues and music never clash.
 */

/** Every sound-effect cue, in sprite order. */
export const SFX_KEYS = [
  'click',
  'focus',
  'select',
  'measureTaken',
  'roundEnd',
  'warningSoft',
  'warningStrong',
  'trigger',
  'stageUp',
  'stageDown',
  'measureEffective',
  'debriefSuccess',
  'debriefMixed',
  'debriefFailure',
] as const;

/** Name of one sound-effect cue in the sprite. */
export type SfxKey = (typeof SFX_KEYS)[number];

/** The music loops, from quiet to tense. */
export const MUSIC_KEYS = ['calm', 'tension', 'crisis'] as const;

/** Name of one music loop. */
export type MusicKey = (typeof MUSIC_KEYS)[number];

/** The synthesiser's voices (see synth.ts for what each one is). */
export type Instrument =
  'blip' | 'tick' | 'pluck' | 'bell' | 'chime' | 'pad' | 'bass' | 'thump' | 'air';

/** One note of a cue. */
export interface NoteSpec {
  readonly inst: Instrument;
  /** MIDI pitch; for the noise voices (tick, air) the centre of their filter. */
  readonly note: number;
  /** Start, seconds from the start of the cue. */
  readonly at: number;
  /** Length including its decay, seconds. */
  readonly len: number;
  /** Loudness 0–1 before the cue is normalised. */
  readonly vel: number;
  /** Pitch bend across the note, in semitones. */
  readonly glide?: number;
}

/** One sound-effect cue. */
export interface CueDesign {
  /** Seed of the noise and humanisation. */
  readonly seed: number;
  /** Peak level the cue is normalised to (0–1); the loudness of cues relative to each other. */
  readonly peak: number;
  /** Reverb send, 0–1. */
  readonly reverb: number;
  readonly notes: readonly NoteSpec[];
}

/** A chord of the loop: a bass note and the chord tones. */
export interface Chord {
  readonly bass: number;
  readonly tones: readonly number[];
}

/**
 * One layer of a music loop. `patterns` are strings of `steps` characters, one per bar (repeated
 * when shorter than the loop): `.` rest, a digit = that chord tone, `*` = every chord tone,
 * `b` = the bass note, `x` = `note`.
 */
export interface LayerDesign {
  readonly inst: Instrument;
  readonly steps: 8 | 16;
  readonly patterns: readonly string[];
  /** Note length in steps. */
  readonly len: number;
  readonly vel: number;
  /** Semitones added to chord tones and bass. */
  readonly octave?: number;
  /** Fixed pitch for `x`. */
  readonly note?: number;
}

/** One seamless music loop. All loops share tempo, length and chords, so crossfades stay in time. */
export interface MusicDesign {
  readonly seed: number;
  readonly peak: number;
  readonly reverb: number;
  readonly layers: readonly LayerDesign[];
}

/** Tempo and form shared by every loop: 4 bars of 4/4 at 80 bpm = 12 s. */
export const MUSIC_FORM = { bpm: 80, beatsPerBar: 4, bars: 4 } as const;

/** i – VI – III – VII in D minor, warm voicings. */
export const MUSIC_CHORDS: readonly Chord[] = [
  { bass: 50, tones: [62, 65, 69, 72] }, // Dm7
  { bass: 46, tones: [58, 62, 65, 69] }, // Bbmaj7
  { bass: 53, tones: [60, 64, 65, 69] }, // Fmaj7
  { bass: 48, tones: [60, 62, 64, 67] }, // C add9
];

const n = (
  inst: Instrument,
  note: number,
  at: number,
  len: number,
  vel: number,
  glide?: number,
): NoteSpec =>
  glide === undefined ? { inst, note, at, len, vel } : { inst, note, at, len, vel, glide };

/** The sound-effect cues. Soft, short and tonal: nothing startling for a classroom. */
export const CUES: Readonly<Record<SfxKey, CueDesign>> = {
  click: {
    seed: 101,
    peak: 0.3,
    reverb: 0,
    notes: [n('tick', 100, 0, 0.025, 0.6), n('blip', 84, 0, 0.07, 0.5)],
  },
  focus: { seed: 102, peak: 0.16, reverb: 0, notes: [n('blip', 88, 0, 0.05, 0.5)] },
  select: {
    seed: 103,
    peak: 0.32,
    reverb: 0.1,
    notes: [n('pluck', 79, 0, 0.22, 0.6), n('pluck', 86, 0.05, 0.25, 0.5)],
  },
  measureTaken: {
    seed: 104,
    peak: 0.42,
    reverb: 0.15,
    notes: [
      n('pluck', 74, 0, 0.35, 0.6),
      n('pluck', 77, 0.07, 0.35, 0.6),
      n('pluck', 81, 0.14, 0.4, 0.6),
      n('bell', 86, 0.14, 0.5, 0.25),
    ],
  },
  roundEnd: {
    seed: 105,
    peak: 0.38,
    reverb: 0.25,
    notes: [n('bell', 81, 0, 0.7, 0.5), n('bell', 74, 0.2, 0.9, 0.55), n('pad', 62, 0, 1, 0.15)],
  },
  warningSoft: {
    seed: 106,
    peak: 0.28,
    reverb: 0.25,
    notes: [n('chime', 81, 0, 0.6, 0.5), n('chime', 77, 0.16, 0.7, 0.45)],
  },
  warningStrong: {
    seed: 107,
    peak: 0.48,
    reverb: 0.25,
    notes: [
      n('chime', 81, 0, 0.5, 0.55),
      n('chime', 77, 0.16, 0.5, 0.5),
      n('chime', 81, 0.4, 0.5, 0.5),
      n('chime', 77, 0.56, 0.8, 0.45),
      n('bass', 53, 0, 1.1, 0.5),
    ],
  },
  trigger: {
    seed: 108,
    peak: 0.5,
    reverb: 0.3,
    notes: [
      n('thump', 43, 0, 0.5, 0.8),
      n('bass', 50, 0, 1.2, 0.5),
      n('air', 84, 0, 1.1, 0.25),
      n('chime', 74, 0.05, 1, 0.35),
      n('chime', 80, 0.05, 1, 0.25),
    ],
  },
  stageUp: {
    seed: 109,
    peak: 0.44,
    reverb: 0.3,
    notes: [
      n('pad', 62, 0, 0.95, 0.5, 3),
      n('pad', 69, 0, 0.95, 0.3, 3),
      n('air', 90, 0, 0.9, 0.2),
      n('bell', 75, 0.62, 0.6, 0.35),
    ],
  },
  stageDown: {
    seed: 110,
    peak: 0.4,
    reverb: 0.3,
    notes: [
      n('pad', 69, 0, 0.9, 0.4, -4),
      n('pluck', 84, 0.05, 0.4, 0.45),
      n('pluck', 81, 0.17, 0.4, 0.45),
      n('pluck', 77, 0.29, 0.6, 0.5),
    ],
  },
  measureEffective: {
    seed: 111,
    peak: 0.38,
    reverb: 0.3,
    notes: [
      n('bell', 86, 0, 0.6, 0.5),
      n('bell', 89, 0.07, 0.6, 0.42),
      n('bell', 93, 0.14, 0.8, 0.36),
    ],
  },
  debriefSuccess: {
    seed: 112,
    peak: 0.5,
    reverb: 0.35,
    notes: [
      n('pluck', 65, 0, 0.5, 0.5),
      n('pluck', 69, 0.1, 0.5, 0.5),
      n('pluck', 72, 0.2, 0.5, 0.5),
      n('pluck', 77, 0.3, 0.8, 0.55),
      n('bell', 81, 0.45, 1.2, 0.4),
      n('pad', 53, 0.1, 1.9, 0.3),
      n('pad', 60, 0.1, 1.9, 0.25),
      n('pad', 69, 0.1, 1.9, 0.2),
    ],
  },
  debriefMixed: {
    seed: 113,
    peak: 0.45,
    reverb: 0.35,
    notes: [
      n('pluck', 62, 0, 0.5, 0.5),
      n('pluck', 65, 0.12, 0.5, 0.5),
      n('pluck', 69, 0.24, 0.7, 0.5),
      n('bell', 74, 0.4, 1.1, 0.35),
      n('pad', 58, 0.2, 1.7, 0.3),
      n('pad', 65, 0.2, 1.7, 0.22),
    ],
  },
  debriefFailure: {
    seed: 114,
    peak: 0.4,
    reverb: 0.35,
    notes: [
      n('pad', 50, 0, 2.2, 0.35),
      n('pad', 57, 0, 2.2, 0.28),
      n('pad', 65, 0, 2.2, 0.22),
      n('bell', 74, 0.2, 0.9, 0.35),
      n('bell', 72, 0.75, 1.3, 0.32),
    ],
  },
};

const padLayer: LayerDesign = { inst: 'pad', steps: 8, patterns: ['*'], len: 9, vel: 0.3 };

/** The music loops. Quiet and warm; crisis is busier and lower, never frightening. */
export const MUSIC: Readonly<Record<MusicKey, MusicDesign>> = {
  calm: {
    seed: 201,
    peak: 0.42,
    reverb: 0.35,
    layers: [
      padLayer,
      { inst: 'bass', steps: 8, patterns: ['b'], len: 7, vel: 0.3 },
      {
        inst: 'pluck',
        steps: 8,
        patterns: ['..2...3.', '....1.2.', '..2...3.', '...1..0.'],
        len: 3,
        vel: 0.2,
        octave: 12,
      },
    ],
  },
  tension: {
    seed: 202,
    peak: 0.44,
    reverb: 0.3,
    layers: [
      { ...padLayer, vel: 0.26 },
      { inst: 'bass', steps: 8, patterns: ['b.b.b.b.'], len: 1.6, vel: 0.3 },
      { inst: 'tick', steps: 8, patterns: ['..x...x.'], len: 0.5, vel: 0.1, note: 96 },
      {
        inst: 'pluck',
        steps: 8,
        patterns: ['0.1.2.1.', '0.1.2.3.'],
        len: 2,
        vel: 0.14,
        octave: 12,
      },
    ],
  },
  crisis: {
    seed: 203,
    peak: 0.46,
    reverb: 0.3,
    layers: [
      { ...padLayer, vel: 0.24 },
      { inst: 'bass', steps: 16, patterns: ['b.bb.bb.b.bb.bb.'], len: 1.6, vel: 0.28 },
      { inst: 'thump', steps: 8, patterns: ['x...x...'], len: 2, vel: 0.3, note: 38 },
      { inst: 'tick', steps: 16, patterns: ['..x...x...x...xx'], len: 1, vel: 0.09, note: 98 },
      {
        inst: 'pluck',
        steps: 16,
        patterns: ['0.2.1.3.0.2.1.3.', '0.2.1.3.1.2.3.2.'],
        len: 2,
        vel: 0.11,
        octave: 12,
      },
      { inst: 'air', steps: 8, patterns: ['....x...'], len: 5, vel: 0.06, note: 88 },
    ],
  },
};
