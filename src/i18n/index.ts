import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, NAMESPACES } from './languages.ts';

interface LocaleModule {
  default: Record<string, unknown>;
}

// Each locale file becomes its own lazy chunk: only the active language is downloaded. The
// `content` namespace sits beside the content data it describes (see vite.config.ts).
const localeLoaders: ReadonlyMap<string, () => Promise<LocaleModule>> = new Map(
  Object.entries({
    ...import.meta.glob<LocaleModule>('../../locales/*/*.json'),
    ...import.meta.glob<LocaleModule>('#content-locales/*/content.json'),
  }).flatMap(([path, loader]) => {
    const match = /([^/]+)\/([^/]+)\.json$/.exec(path);
    return match ? [[`${match[1] ?? ''}/${match[2] ?? ''}`, loader] as const] : [];
  }),
);

async function loadLocale(language: string, namespace: string): Promise<Record<string, unknown>> {
  const loader = localeLoaders.get(`${language}/${namespace}`);
  if (!loader) throw new Error(`No locale file for ${language}/${namespace}`);
  return (await loader()).default;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Wrap an interpolated value so its direction cannot reorder the sentence around it. */
export function isolateInRtl(value: unknown): string {
  const text = String(value);
  return i18next.dir() === 'rtl'
    ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`
    : text;
}

/** Mirror the active language on <html lang dir>, which i18next never sets itself. */
function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

/** Initialise i18next: `?lng=` first, then the saved choice, then the browser. */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next
    .use(LanguageDetector)
    .use(resourcesToBackend(loadLocale))
    .init({
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((language) => language.code),
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      // A copy: i18next adds namespaces loaded later (the teacher guide) to this list.
      ns: [...NAMESPACES],
      defaultNS: 'ui',
      // The DOM receives text via textContent, so nothing needs HTML escaping; in right-to-left
      // languages every inserted value (numbers, Latin names) is wrapped in a bidi isolate.
      interpolation: { escapeValue: true, escape: isolateInRtl },
      returnNull: false,
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lng',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        // The choice is saved only when the player picks a language, not on every visit.
        caches: [],
      },
    });
  applyDocumentLanguage(i18next.resolvedLanguage ?? DEFAULT_LANGUAGE);
  return i18next;
}

export { i18next };
