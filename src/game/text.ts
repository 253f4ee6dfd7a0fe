import type { i18n } from 'i18next';

/** A seed that is easy to read aloud and type: six digits. */
export function freshSeed(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return 100000 + (value % 900000);
}

/**
 * A number in the reader's conventions (decimal comma, grouping), with Latin digits so it
 * matches the digits i18next prints for plural counts in every language.
 */
export function formatNumber(i18nInstance: i18n, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(i18nInstance.resolvedLanguage ?? 'en', {
    maximumFractionDigits,
    numberingSystem: 'latn',
  }).format(value);
}
