import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUES, MUSIC, MUSIC_KEYS, SFX_KEYS } from './soundDesign.ts';
import {
  buildSprite,
  encodeWav,
  loopLength,
  loopNotes,
  peakOf,
  renderCue,
  renderLoop,
  SAMPLE_RATE,
} from './synth.ts';

describe('synth', () => {
  const sprite = buildSprite(CUES);

  it('renders a cue to identical WAV bytes every time', () => {
    const first = encodeWav(renderCue(CUES.warningStrong));
    const second = encodeWav(renderCue(CUES.warningStrong));
    expect(first.length).toBeGreaterThan(44);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('keeps every cue at its designed peak, well below clipping, and never silent', () => {
    for (const key of SFX_KEYS) {
      const samples = renderCue(CUES[key]);
      const peak = peakOf(samples);
      expect(samples.every(Number.isFinite), key).toBe(true);
      expect(peak, key).toBeGreaterThan(0.05);
      expect(peak, key).toBeLessThanOrEqual(CUES[key].peak + 1e-6);
      expect(peak, key).toBeLessThan(1);
      expect(samples.length / SAMPLE_RATE, key).toBeLessThan(3);
      // Starts and ends at silence: no click when howler cuts the sprite.
      expect(Math.abs(samples.at(-1) ?? 1), key).toBeLessThan(1e-3);
    }
  });

  it('lays the sprite out in whole milliseconds, in order, without overlaps', () => {
    const { samples, map } = sprite;
    let end = 0;
    for (const key of SFX_KEYS) {
      const [offset, duration] = map[key];
      expect(Number.isInteger(offset) && Number.isInteger(duration), key).toBe(true);
      expect(offset, key).toBeGreaterThan(end - 1);
      end = offset + duration;
    }
    expect(samples.length).toBe((end + 150) * (SAMPLE_RATE / 1000));
  });

  it('matches the committed sprite map, so assets and code agree', () => {
    const url = new URL('../../assets/audio/sfx.sprite.json', import.meta.url);
    const committed: unknown = JSON.parse(readFileSync(url, 'utf8'));
    expect(committed).toEqual(sprite.map);
  });

  it('renders each music loop to the shared length, soft and finite', () => {
    for (const key of MUSIC_KEYS) {
      expect(loopNotes(MUSIC[key]).length, key).toBeGreaterThan(8);
    }
    // One loop is enough for the slow check; they share the renderer.
    const samples = renderLoop(MUSIC.calm);
    expect(samples.length).toBe(loopLength());
    expect(samples.every(Number.isFinite)).toBe(true);
    expect(peakOf(samples)).toBeLessThanOrEqual(MUSIC.calm.peak + 1e-6);
    // Seamless: the jump across the loop point is no bigger than a normal step.
    const seam = Math.abs((samples[0] ?? 0) - (samples.at(-1) ?? 0));
    expect(seam).toBeLessThan(0.02);
  });

  it('writes a valid mono 16-bit WAV header', () => {
    const wav = encodeWav(new Float32Array([0, 0.5, -0.5, 2]));
    const view = new DataView(wav.buffer);
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF');
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(view.getUint32(40, true)).toBe(8);
    expect(view.getInt16(44 + 6, true)).toBe(32767);
  });
});
