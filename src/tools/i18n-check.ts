/**
 * i18n:check: fails when the locales disagree. Checks, for every language and namespace:
 * the key set (plural keys mapped to the language's CLDR categories), plural categories from
 * Intl.PluralRules, interpolation variables, keys no code or content uses, and values left
 * identical to English outside a short allowlist of names, acronyms and symbols.
 * Usage: npm run -s i18n:check [-- --json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findProblems, type LocaleFiles } from './i18n-rules.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = join(ROOT, 'locales');

function walk(dir: string, accept: (path: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, accept, out);
    else if (accept(path)) out.push(path);
  }
  return out;
}

/** The JSON of one language's namespace files, by namespace. */
function readLanguage(language: string): Record<string, unknown> {
  return Object.fromEntries(
    readdirSync(join(LOCALES, language))
      .filter((file) => file.endsWith('.json'))
      .map((file) => [
        file.replace(/\.json$/, ''),
        JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as unknown,
      ]),
  );
}
const locales: LocaleFiles = Object.fromEntries(
  readdirSync(LOCALES).map((language) => [language, readLanguage(language)]),
);

const sources = walk(
  join(ROOT, 'src'),
  (path) => path.endsWith('.ts') && !path.endsWith('.test.ts'),
)
  .filter((path) => !relative(ROOT, path).startsWith('src/content/fixtures'))
  .map((path) => readFileSync(path, 'utf8'));
const contentData = walk(join(ROOT, 'src/content/data'), (path) => path.endsWith('.json')).map(
  (path) => JSON.parse(readFileSync(path, 'utf8')) as unknown,
);

const problems = findProblems(locales, sources, contentData);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ok: problems.length === 0, problems }, null, 2));
} else if (problems.length === 0) {
  console.log(`i18n:check: ${String(Object.keys(locales).length)} languages agree.`);
} else {
  for (const problem of problems) console.error(problem);
  console.error(`i18n:check: ${String(problems.length)} problem(s).`);
}
process.exit(problems.length === 0 ? 0 : 1);
