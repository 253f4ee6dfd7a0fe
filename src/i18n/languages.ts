/** A language the game ships, named in its own script for the switcher. */
export interface Language {
  code: string;
  nativeName: string;
}

/** Languages the game ships. Later locales are added here and under locales/<code>/. */
export const LANGUAGES: readonly Language[] = [{ code: 'en', nativeName: 'English' }];

export const DEFAULT_LANGUAGE = 'en';

/** i18next namespaces; each is one JSON file per language under locales/<code>/. */
export const NAMESPACES = ['ui', 'content'] as const;

/** Where the player's explicit language choice is kept on this device. */
export const LANGUAGE_STORAGE_KEY = 'actEarly.language';
