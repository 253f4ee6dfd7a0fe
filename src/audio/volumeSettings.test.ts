import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOLUME,
  VOLUME_STORAGE_KEY,
  effectiveGain,
  loadVolume,
  saveVolume,
  type SettingsStorage,
} from './volumeSettings.ts';

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe('volume settings', () => {
  it('uses quiet defaults when nothing is saved', () => {
    expect(loadVolume(memoryStorage())).toEqual(DEFAULT_VOLUME);
  });

  it('persists what was saved', () => {
    const storage = memoryStorage();
    saveVolume(storage, { music: 0.1, effects: 0.9, muted: true });
    expect(loadVolume(storage)).toEqual({ music: 0.1, effects: 0.9, muted: true });
  });

  it('clamps out-of-range volumes when saving', () => {
    const storage = memoryStorage();
    expect(saveVolume(storage, { music: 3, effects: -1, muted: false })).toEqual({
      music: 1,
      effects: 0,
      muted: false,
    });
  });

  it('survives corrupt storage, keeping the fields that are still valid', () => {
    expect(loadVolume(memoryStorage({ [VOLUME_STORAGE_KEY]: '{not json' }))).toEqual(
      DEFAULT_VOLUME,
    );
    const partial = JSON.stringify({ music: 0.2, effects: 'loud', muted: 1 });
    expect(loadVolume(memoryStorage({ [VOLUME_STORAGE_KEY]: partial }))).toEqual({
      music: 0.2,
      effects: DEFAULT_VOLUME.effects,
      muted: DEFAULT_VOLUME.muted,
    });
  });

  it('silences both channels when muted', () => {
    const settings = { music: 0.5, effects: 0.8, muted: true };
    expect(effectiveGain(settings, 'music')).toBe(0);
    expect(effectiveGain({ ...settings, muted: false }, 'effects')).toBe(0.8);
  });
});
