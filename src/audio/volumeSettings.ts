import * as z from 'zod';

/** Music and effects volumes (0–1) and mute, kept on this device. */
export interface VolumeSettings {
  music: number;
  effects: number;
  muted: boolean;
}

/** Quiet by default: a room of 30 students should not be startled. */
export const DEFAULT_VOLUME: Readonly<VolumeSettings> = { music: 0.4, effects: 0.7, muted: false };

export const VOLUME_STORAGE_KEY = 'actEarly.volume';

const unitInterval = z.number().min(0).max(1);
const storedVolume = z.object({
  music: unitInterval.catch(DEFAULT_VOLUME.music),
  effects: unitInterval.catch(DEFAULT_VOLUME.effects),
  muted: z.boolean().catch(DEFAULT_VOLUME.muted),
});

/** The part of the Web Storage API the settings need, so tests can pass a fake. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Read the saved volumes; anything missing or corrupt falls back to the default for that field. */
export function loadVolume(storage: SettingsStorage): VolumeSettings {
  const raw = storage.getItem(VOLUME_STORAGE_KEY);
  if (raw === null) return { ...DEFAULT_VOLUME };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_VOLUME };
  }
  const result = storedVolume.safeParse(parsed);
  return result.success ? result.data : { ...DEFAULT_VOLUME };
}

/** Save volumes, clamped to 0–1. Returns what was saved. */
export function saveVolume(storage: SettingsStorage, settings: VolumeSettings): VolumeSettings {
  const clamp = (value: number): number =>
    Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  const saved = {
    music: clamp(settings.music),
    effects: clamp(settings.effects),
    muted: settings.muted,
  };
  storage.setItem(VOLUME_STORAGE_KEY, JSON.stringify(saved));
  return saved;
}

/** The gain a channel should play at, with mute applied. */
export function effectiveGain(settings: VolumeSettings, channel: 'music' | 'effects'): number {
  return settings.muted ? 0 : settings[channel];
}
