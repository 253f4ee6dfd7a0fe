/** A language the game ships, named in its own script for the switcher. */
export interface Language {
  code: string;
  nativeName: string;
}

/** The six UN languages and Italian; each has a folder under locales/<code>/. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English' },
  { code: 'fr', nativeName: 'Français' },
  { code: 'es', nativeName: 'Español' },
  { code: 'ar', nativeName: 'العربية' },
  { code: 'zh', nativeName: '中文（简体）' },
  { code: 'ru', nativeName: 'Русский' },
  { code: 'it', nativeName: 'Italiano' },
];

export const DEFAULT_LANGUAGE = 'en';

/** i18next namespaces; each is one JSON file per language under locales/<code>/. */
export const NAMESPACES = ['ui', 'content'] as const;

/** Where the player's explicit language choice is kept on this device. */
export const LANGUAGE_STORAGE_KEY = 'actEarly.language';
