/**
 * A small deterministic synthesiser for the generated game audio: additive voices, seeded
 * filtered noise, a Freeverb-style reverb and a 16-bit WAV writer. Pure TypeScript, no DOM and
 * no Node APIs, so the build tool and the unit tests share it. Same design ⇒ same samples.
 */
import { openRng, seedRng, type Rng } from '../core/rng.ts';
import {
  MUSIC_CHORDS,
  MUSIC_FORM,
  SFX_KEYS,
  type Chord,
  type CueDesign,
  type Instrument,
  type LayerDesign,
  type MusicDesign,
  type NoteSpec,
  type SfxKey,
} from './soundDesign.ts';

/** Sample rate of everything rendered (Opus's native rate). */
export const SAMPLE_RATE = 48_000;

interface Partial {
  readonly ratio: number;
  readonly amp: number;
  /** Scales the voice's decay time for this partial (higher partials die sooner). */
  readonly decay: number;
}

interface Voice {
  readonly partials?: readonly Partial[];
  /** Band-pass Q for noise voices. */
  readonly noiseQ?: number;
  /** Attack, seconds (capped to a share of the note for long notes). */
  readonly attack: number;
  /** Decay time constant as a share of the note length; Infinity = sustained. */
  readonly decay: number;
  /** Release fade as a share of the note length. */
  readonly release: number;
  /** Cents of a second, detuned copy (chorus); 0 = none. */
  readonly detune: number;
  /** Pitch starts this many times higher and drops within ~30 ms (soft drum). */
  readonly drop: number;
}

const harmonic = (count: number, tilt: number): Partial[] =>
  Array.from({ length: count }, (_, i) => ({
    ratio: i + 1,
    amp: 1 / (i + 1) ** tilt,
    decay: 1,
  }));

const VOICES: Readonly<Record<Instrument, Voice>> = {
  blip: {
    partials: [
      { ratio: 1, amp: 1, decay: 1 },
      { ratio: 2, amp: 0.15, decay: 0.5 },
    ],
    attack: 0.002,
    decay: 0.3,
    release: 0.2,
    detune: 0,
    drop: 1,
  },
  tick: { noiseQ: 2.5, attack: 0.0005, decay: 0.25, release: 0.2, detune: 0, drop: 1 },
  pluck: {
    partials: [
      { ratio: 1, amp: 1, decay: 1 },
      { ratio: 3, amp: 0.05, decay: 0.4 },
      { ratio: 4, amp: 0.12, decay: 0.25 },
    ],
    attack: 0.004,
    decay: 0.28,
    release: 0.15,
    detune: 0,
    drop: 1,
  },
  bell: {
    partials: [
      { ratio: 1, amp: 1, decay: 1 },
      { ratio: 2, amp: 0.35, decay: 0.6 },
      { ratio: 3, amp: 0.12, decay: 0.4 },
      { ratio: 4.2, amp: 0.05, decay: 0.25 },
    ],
    attack: 0.003,
    decay: 0.35,
    release: 0.15,
    detune: 0,
    drop: 1,
  },
  chime: {
    partials: [
      { ratio: 1, amp: 1, decay: 1 },
      { ratio: 2.76, amp: 0.22, decay: 0.45 },
      { ratio: 5.4, amp: 0.06, decay: 0.2 },
    ],
    attack: 0.006,
    decay: 0.4,
    release: 0.15,
    detune: 0,
    drop: 1,
  },
  pad: {
    partials: harmonic(7, 1.7),
    attack: 1,
    decay: Infinity,
    release: 0.35,
    detune: 7,
    drop: 1,
  },
  bass: {
    partials: [
      { ratio: 1, amp: 1, decay: 1 },
      { ratio: 2, amp: 0.3, decay: 0.6 },
      { ratio: 3, amp: 0.08, decay: 0.4 },
    ],
    attack: 0.008,
    decay: 0.5,
    release: 0.2,
    detune: 0,
    drop: 1,
  },
  thump: {
    partials: [{ ratio: 1, amp: 1, decay: 1 }],
    attack: 0.002,
    decay: 0.2,
    release: 0.2,
    detune: 0,
    drop: 2.2,
  },
  air: { noiseQ: 0.8, attack: 1, decay: Infinity, release: 0.45, detune: 0, drop: 1 },
};

/** Frequency in Hz of a MIDI pitch. */
export function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** Envelope gain at time t of a note (without per-partial decay). */
function envelope(voice: Voice, t: number, len: number): number {
  const attack = Math.min(voice.attack, len * 0.35);
  const rise = t < attack ? Math.sin((Math.PI / 2) * (t / attack)) ** 2 : 1;
  const release = Math.max(0.006, voice.release * len);
  const left = len - t;
  const fall = left < release ? Math.sin((Math.PI / 2) * (left / release)) ** 2 : 1;
  return rise * fall;
}

/**
 * Add one note into `out` at sample `offset`. With `wrap`, samples past the end wrap to the start
 * (seamless loops); otherwise they are dropped.
 */
function addNote(out: Float32Array, note: NoteSpec, offset: number, rng: Rng, wrap: boolean): void {
  const voice = VOICES[note.inst];
  const length = Math.round(note.len * SAMPLE_RATE);
  const f0 = midiToHz(note.note);
  const glide = note.glide ?? 0;
  const place = (i: number, value: number): void => {
    let index = offset + i;
    if (wrap) index %= out.length;
    if (index < out.length) out[index] = (out[index] ?? 0) + value;
  };

  if (voice.noiseQ !== undefined) {
    // Band-pass filtered seeded white noise (RBJ biquad, 0 dB peak).
    const w0 = (2 * Math.PI * Math.min(f0, SAMPLE_RATE * 0.45)) / SAMPLE_RATE;
    const alpha = Math.sin(w0) / (2 * voice.noiseQ);
    const a0 = 1 + alpha;
    const [b0, b2, a1, a2] = [alpha / a0, -alpha / a0, (-2 * Math.cos(w0)) / a0, (1 - alpha) / a0];
    let [x1, x2, y1, y2] = [0, 0, 0, 0];
    const tau = voice.decay * note.len;
    for (let i = 0; i < length; i++) {
      const t = i / SAMPLE_RATE;
      const x = rng.float() * 2 - 1;
      const y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
      [x2, x1, y2, y1] = [x1, x, y1, y];
      place(i, y * note.vel * envelope(voice, t, note.len) * Math.exp(-t / tau));
    }
    return;
  }

  const copies = voice.detune === 0 ? [0] : [-voice.detune, voice.detune];
  const norm = 1 / copies.length;
  for (const partial of voice.partials ?? []) {
    const tau = voice.decay * partial.decay * note.len;
    for (const cents of copies) {
      const base = f0 * partial.ratio * 2 ** (cents / 1200);
      if (base >= SAMPLE_RATE * 0.45) continue;
      let phase = rng.float() * 2 * Math.PI * (voice.detune === 0 ? 0 : 1);
      for (let i = 0; i < length; i++) {
        const t = i / SAMPLE_RATE;
        const bend = 2 ** ((glide * t) / note.len / 12);
        const drop = 1 + (voice.drop - 1) * Math.exp(-t / 0.03);
        phase += (2 * Math.PI * base * bend * drop) / SAMPLE_RATE;
        const gain = partial.amp * norm * note.vel * envelope(voice, t, note.len);
        place(i, Math.sin(phase) * gain * Math.exp(-t / tau));
      }
    }
  }
}

/** A mono Freeverb-style reverb: four damped combs into two all-passes. */
function makeReverb(): (x: number) => number {
  const scale = SAMPLE_RATE / 44_100;
  const combs = [1557, 1617, 1491, 1422].map((size) => ({
    buffer: new Float32Array(Math.round(size * scale)),
    index: 0,
    store: 0,
  }));
  const allpasses = [556, 441].map((size) => ({
    buffer: new Float32Array(Math.round(size * scale)),
    index: 0,
  }));
  const feedback = 0.8;
  const damp = 0.4;
  return (x) => {
    let sum = 0;
    for (const comb of combs) {
      const out = comb.buffer[comb.index] ?? 0;
      comb.store = out * (1 - damp) + comb.store * damp;
      comb.buffer[comb.index] = x * 0.25 + comb.store * feedback;
      comb.index = (comb.index + 1) % comb.buffer.length;
      sum += out;
    }
    for (const allpass of allpasses) {
      const held = allpass.buffer[allpass.index] ?? 0;
      allpass.buffer[allpass.index] = sum + held * 0.5;
      allpass.index = (allpass.index + 1) % allpass.buffer.length;
      sum = held - sum;
    }
    return sum;
  };
}

/**
 * Reverb plus a gentle low-pass for warmth. With `circular`, the buffer is run twice and the
 * second pass kept, so a loop's tail flows into its own start.
 */
function finish(input: Float32Array, wet: number, circular: boolean): Float32Array {
  const reverb = makeReverb();
  const cutoff = 1 - Math.exp((-2 * Math.PI * 9000) / SAMPLE_RATE);
  let low = 0;
  const out = new Float32Array(input.length);
  for (let pass = circular ? 0 : 1; pass < 2; pass++) {
    for (let i = 0; i < input.length; i++) {
      const x = input[i] ?? 0;
      const y = x + wet * reverb(x);
      low += cutoff * (y - low);
      out[i] = low;
    }
  }
  return out;
}

/** Highest absolute sample value. */
export function peakOf(samples: Float32Array): number {
  let peak = 0;
  for (const value of samples) peak = Math.max(peak, Math.abs(value));
  return peak;
}

function normalise(samples: Float32Array, peak: number): Float32Array {
  const current = peakOf(samples);
  if (current === 0) return samples;
  const gain = peak / current;
  return samples.map((value) => value * gain);
}

/** Render one sound-effect cue, trimmed after its tail and faded to silence. */
export function renderCue(design: CueDesign): Float32Array {
  const rng = openRng(seedRng(design.seed));
  const end = Math.max(...design.notes.map((note) => note.at + note.len));
  const tail = design.reverb > 0 ? 0.9 : 0.03;
  const raw = new Float32Array(Math.ceil((end + tail) * SAMPLE_RATE));
  for (const note of design.notes)
    addNote(raw, note, Math.round(note.at * SAMPLE_RATE), rng, false);
  const samples = normalise(finish(raw, design.reverb, false), design.peak);
  let last = samples.length - 1;
  while (last > 0 && Math.abs(samples[last] ?? 0) < 0.0008) last--;
  const length = Math.min(samples.length, last + Math.round(0.01 * SAMPLE_RATE));
  const trimmed = samples.slice(0, length);
  const fade = Math.min(length, Math.round(0.01 * SAMPLE_RATE));
  for (let i = 0; i < fade; i++) {
    const index = length - fade + i;
    trimmed[index] = (trimmed[index] ?? 0) * (1 - (i + 1) / fade);
  }
  return trimmed;
}

/** Length of every music loop, in samples. */
export function loopLength(): number {
  const seconds = (MUSIC_FORM.bars * MUSIC_FORM.beatsPerBar * 60) / MUSIC_FORM.bpm;
  return Math.round(seconds * SAMPLE_RATE);
}

/** The pitches one pattern symbol stands for (see `LayerDesign`). */
function pitchesFor(symbol: string, chord: Chord, layer: LayerDesign): number[] {
  const shift = layer.octave ?? 0;
  if (symbol === '*') return chord.tones.map((tone) => tone + shift);
  if (symbol === 'b') return [chord.bass + shift];
  if (symbol === 'x') return [layer.note ?? 60];
  if (/^\d$/.test(symbol))
    return [(chord.tones[Number(symbol) % chord.tones.length] ?? 60) + shift];
  return [];
}

/** The notes a loop's layers play, expanded from their step patterns. */
export function loopNotes(design: MusicDesign): NoteSpec[] {
  const barSeconds = (MUSIC_FORM.beatsPerBar * 60) / MUSIC_FORM.bpm;
  const notes: NoteSpec[] = [];
  for (const layer of design.layers) {
    const stepSeconds = barSeconds / layer.steps;
    for (let bar = 0; bar < MUSIC_FORM.bars; bar++) {
      const chord = MUSIC_CHORDS[bar % MUSIC_CHORDS.length];
      const pattern = layer.patterns[bar % layer.patterns.length] ?? '';
      if (!chord) continue;
      for (let step = 0; step < pattern.length; step++) {
        const at = bar * barSeconds + step * stepSeconds;
        for (const note of pitchesFor(pattern.charAt(step), chord, layer)) {
          notes.push({ inst: layer.inst, note, at, len: layer.len * stepSeconds, vel: layer.vel });
        }
      }
    }
  }
  return notes;
}

/** Render one seamless music loop: notes and reverb wrap around the loop point. */
export function renderLoop(design: MusicDesign): Float32Array {
  const rng = openRng(seedRng(design.seed));
  const raw = new Float32Array(loopLength());
  for (const note of loopNotes(design)) {
    const human = { ...note, vel: note.vel * (0.9 + 0.2 * rng.float()) };
    addNote(raw, human, Math.round(note.at * SAMPLE_RATE), rng, true);
  }
  return normalise(finish(raw, design.reverb, true), design.peak);
}

/** Quantise to 16-bit signed integers (clamped, no dither: deterministic). */
export function toPcm16(samples: Float32Array): Int16Array {
  return Int16Array.from(samples, (value) =>
    Math.max(-32768, Math.min(32767, Math.round(value * 32767))),
  );
}

/** A mono 16-bit PCM WAV file. */
export function encodeWav(samples: Float32Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const pcm = toPcm16(samples);
  const bytes = new Uint8Array(44 + pcm.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string): void => {
    for (let i = 0; i < value.length; i++) view.setUint8(at + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + pcm.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, pcm.length * 2, true);
  pcm.forEach((value, i) => {
    view.setInt16(44 + i * 2, value, true);
  });
  return bytes;
}

/** Where each cue sits in the sprite: [offset ms, duration ms], the format howler expects. */
export type SpriteMap = Record<SfxKey, [number, number]>;

/** Silence between cues in the sprite, so codec edges never bleed into a neighbour. */
const SPRITE_GAP_MS = 150;

/** Lay cues end to end, each starting on a whole millisecond, with silence between them. */
export function buildSprite(cues: Readonly<Record<SfxKey, CueDesign>>): {
  samples: Float32Array;
  map: SpriteMap;
} {
  const perMs = SAMPLE_RATE / 1000;
  const rendered = SFX_KEYS.map((key) => ({ key, samples: renderCue(cues[key]) }));
  const map = {} as SpriteMap;
  let cursorMs = 0;
  for (const { key, samples } of rendered) {
    const durationMs = Math.ceil(samples.length / perMs) + 20;
    map[key] = [cursorMs, durationMs];
    cursorMs += durationMs + SPRITE_GAP_MS;
  }
  const out = new Float32Array(cursorMs * perMs);
  for (const { key, samples } of rendered) out.set(samples, map[key][0] * perMs);
  return { samples: out, map };
}
