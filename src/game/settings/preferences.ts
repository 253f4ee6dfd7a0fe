import * as z from 'zod';

/** Text sizes on offer: projector rooms and low-vision readers need more than the default. */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

/** `system` follows the device's prefers-reduced-motion setting. */
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;
export type MotionChoice = (typeof MOTION_CHOICES)[number];

/** Display preferences kept on this device. */
export interface Preferences {
  textScale: TextScale;
  motion: MotionChoice;
  highContrast: boolean;
  /** Dual-language view: a second language shown under the first (null = off). */
  secondLanguage: string | null;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = {
  textScale: 1,
  motion: 'system',
  highContrast: false,
  secondLanguage: null,
};

export const PREFERENCES_STORAGE_KEY = 'actEarly.preferences';

const storedPreferences = z.object({
  textScale: z
    .union(TEXT_SCALES.map((scale) => z.literal(scale)))
    .catch(DEFAULT_PREFERENCES.textScale),
  motion: z.enum(MOTION_CHOICES).catch(DEFAULT_PREFERENCES.motion),
  highContrast: z.boolean().catch(DEFAULT_PREFERENCES.highContrast),
  secondLanguage: z
    .string()
    .regex(/^[a-z]{2}$/)
    .nullable()
    .catch(DEFAULT_PREFERENCES.secondLanguage),
});

/** The part of Web Storage preferences need, so tests can pass a fake. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Read saved preferences; a missing or corrupt field falls back to its default. */
export function loadPreferences(storage: PreferenceStorage): Preferences {
  const raw = storage.getItem(PREFERENCES_STORAGE_KEY);
  if (raw === null) return { ...DEFAULT_PREFERENCES };
  try {
    const result = storedPreferences.safeParse(JSON.parse(raw));
    return result.success ? result.data : { ...DEFAULT_PREFERENCES };
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

export function savePreferences(storage: PreferenceStorage, preferences: Preferences): void {
  storage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(preferences));
}

/** Whether animations should be instant, given the choice and what the device asks for. */
export function motionReduced(preferences: Preferences, systemPrefersReduced: boolean): boolean {
  if (preferences.motion === 'system') return systemPrefersReduced;
  return preferences.motion === 'reduce';
}
