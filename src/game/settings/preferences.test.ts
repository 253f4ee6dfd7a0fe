import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_STORAGE_KEY,
  loadPreferences,
  motionReduced,
  savePreferences,
  type PreferenceStorage,
  type Preferences,
} from './preferences.ts';

function memoryStorage(initial: Record<string, string> = {}): PreferenceStorage {
  const data = { ...initial };
  return {
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe('preferences', () => {
  it('start from the defaults', () => {
    expect(loadPreferences(memoryStorage())).toEqual(DEFAULT_PREFERENCES);
  });

  it('persist across loads', () => {
    const storage = memoryStorage();
    const chosen: Preferences = {
      textScale: 1.5,
      motion: 'reduce',
      highContrast: true,
      secondLanguage: 'ar',
    };
    savePreferences(storage, chosen);
    expect(loadPreferences(storage)).toEqual(chosen);
  });

  it('repair a corrupt or tampered save field by field', () => {
    const tampered = JSON.stringify({
      textScale: 7,
      motion: 'reduce',
      highContrast: 'yes',
      secondLanguage: '<script>',
    });
    expect(loadPreferences(memoryStorage({ [PREFERENCES_STORAGE_KEY]: tampered }))).toEqual({
      ...DEFAULT_PREFERENCES,
      motion: 'reduce',
    });
    expect(loadPreferences(memoryStorage({ [PREFERENCES_STORAGE_KEY]: '][' }))).toEqual(
      DEFAULT_PREFERENCES,
    );
  });

  it('follow the device for motion unless the player chose', () => {
    expect(motionReduced({ ...DEFAULT_PREFERENCES, motion: 'system' }, true)).toBe(true);
    expect(motionReduced({ ...DEFAULT_PREFERENCES, motion: 'system' }, false)).toBe(false);
    expect(motionReduced({ ...DEFAULT_PREFERENCES, motion: 'full' }, true)).toBe(false);
    expect(motionReduced({ ...DEFAULT_PREFERENCES, motion: 'reduce' }, false)).toBe(true);
  });
});
