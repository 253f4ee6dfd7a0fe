/** The rules behind i18n:check, kept apart from file reading so tests can feed them data. */

/** Language → namespace → nested JSON. */
export type LocaleFiles = Record<string, Record<string, unknown>>;

export const REFERENCE_LANGUAGE = 'en';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const CONTEXT_SUFFIX = /_gentle$/;
const VARIABLE = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,[^}]*)?\}\}/g;

/** Keys of invented proper names (countries, regions, peoples), which may keep their spelling. */
const PROPER_NAME_KEY = /^scenario\.[^.]+\.(country|region\.[^.]+|group\.[^.]+\.name)$/;

/** Values that may stay as in English: brand, acronyms, symbols and pure interpolation. */
const SAME_AS_ENGLISH = [
  /^Act Early$/,
  /^[\s\d¶.,:;/%()·•▲✓!?*+\-–—]*$/,
  /^(\{\{[a-z]+\}\}[\s/·:.%–-]*)+$/i,
  /^(E|H|Esc|OK)$/,
  // Words that French spells as English does.
  /^(Pause)$/,
  /^[A-Z]{2,6}$/,
];

/** Flatten nested JSON into dotted keys. */
export function flatten(
  value: unknown,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

function variables(text: string): string {
  return [...text.matchAll(VARIABLE)]
    .map((match) => match[1] ?? '')
    .sort()
    .join(',');
}

/** A key without its plural suffix; `_gentle` context stays part of the key. */
function pluralBase(key: string): { base: string; category: string | null } {
  const match = PLURAL_SUFFIX.exec(key);
  if (!match) return { base: key, category: null };
  return { base: key.slice(0, -match[0].length), category: match[1] ?? null };
}

/** Group a namespace's keys: plain keys, and plural bases with the categories present. */
function shape(flat: Map<string, string>): {
  plain: Set<string>;
  plurals: Map<string, Set<string>>;
} {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const { base, category } = pluralBase(key);
    if (category === null) {
      plain.add(key);
      continue;
    }
    const set = plurals.get(base) ?? new Set<string>();
    set.add(category);
    plurals.set(base, set);
  }
  return { plain, plurals };
}

/**
 * Keys used by code and content: string literals in the sources and strings in the content data.
 * Code never builds a key at run time (lint-enforced), so a key only a template could make is
 * unused.
 */
export function usedKeys(sources: readonly string[], contentData: readonly unknown[]): Set<string> {
  const literals = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/'([a-zA-Z][\w.]*)'|"([a-zA-Z][\w.]*)"/g)) {
      literals.add(match[1] ?? match[2] ?? '');
    }
  }
  for (const data of contentData) for (const value of flatten(data).values()) literals.add(value);
  return literals;
}

/** Every problem found, as `language/namespace: key: message` lines. */
export function findProblems(
  locales: LocaleFiles,
  sources: readonly string[],
  contentData: readonly unknown[],
): string[] {
  const problems: string[] = [];
  const reference = locales[REFERENCE_LANGUAGE];
  if (!reference) return [`missing the reference language "${REFERENCE_LANGUAGE}"`];
  const used = usedKeys(sources, contentData);

  for (const [namespace, tree] of Object.entries(reference)) {
    const english = flatten(tree);
    const englishShape = shape(english);
    for (const key of [...englishShape.plain, ...englishShape.plurals.keys()]) {
      const base = key.replace(CONTEXT_SUFFIX, '');
      if (!used.has(base) && !used.has(`${namespace}:${base}`)) {
        problems.push(`${REFERENCE_LANGUAGE}/${namespace}: ${key}: never used by code or content`);
      }
    }

    for (const [language, files] of Object.entries(locales)) {
      const where = `${language}/${namespace}`;
      const tree2 = files[namespace];
      if (tree2 === undefined) {
        problems.push(`${where}: missing file`);
        continue;
      }
      const translated = flatten(tree2);
      const translatedShape = shape(translated);
      const categories = new Set<string>(
        new Intl.PluralRules(language).resolvedOptions().pluralCategories,
      );

      for (const key of englishShape.plain) {
        if (!translatedShape.plain.has(key)) problems.push(`${where}: ${key}: missing`);
      }
      for (const key of translatedShape.plain) {
        if (!englishShape.plain.has(key)) problems.push(`${where}: ${key}: not in English`);
      }
      for (const base of englishShape.plurals.keys()) {
        const present = translatedShape.plurals.get(base) ?? new Set<string>();
        const missing = [...categories].filter((category) => !present.has(category));
        const extra = [...present].filter((category) => !categories.has(category));
        if (missing.length > 0)
          problems.push(`${where}: ${base}: missing plural forms ${missing.join(', ')}`);
        if (extra.length > 0)
          problems.push(
            `${where}: ${base}: plural forms ${extra.join(', ')} do not exist in "${language}"`,
          );
      }
      for (const base of translatedShape.plurals.keys()) {
        if (!englishShape.plurals.has(base))
          problems.push(`${where}: ${base}: plural key not in English`);
      }

      for (const [key, value] of translated) {
        const { base } = pluralBase(key);
        const englishValue = english.get(key) ?? english.get(`${base}_other`) ?? english.get(base);
        if (englishValue === undefined) continue;
        if (value.trim() === '') problems.push(`${where}: ${key}: empty`);
        // French sets a no-break space before : ; ? ! so they never start a line.
        if (language === 'fr' && / [:;?!]/.test(value)) {
          problems.push(
            `${where}: ${key}: a plain space before punctuation (use a no-break space)`,
          );
        }
        if (variables(value) !== variables(englishValue)) {
          problems.push(
            `${where}: ${key}: variables {${variables(value)}} differ from English {${variables(englishValue)}}`,
          );
        }
        if (
          language !== REFERENCE_LANGUAGE &&
          value === englishValue &&
          !PROPER_NAME_KEY.test(key) &&
          !SAME_AS_ENGLISH.some((pattern) => pattern.test(value))
        ) {
          problems.push(`${where}: ${key}: identical to English ("${value.slice(0, 40)}")`);
        }
      }
    }
  }
  return problems;
}
