import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFiles, fixtureLocale } from '../content/fixtures/index.ts';
import { type LoadResult, loadContent } from '../content/load.ts';

/** Repository root (two levels above src/tools). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the real game content lives. */
export const DATA_DIR = join(ROOT, 'src/content/data');
/** The English `content` namespace of the real locales. */
export const CONTENT_LOCALE = join(ROOT, 'locales/en/content.json');

/** Read every JSON file under a content directory, keyed by its path relative to it. */
export function readContentDir(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) {
        const key = relative(dir, path).split(sep).join('/');
        files[key] = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      }
    }
  };
  walk(dir);
  return files;
}

/** True when src/content/data holds at least one scenario. */
export function hasRealContent(): boolean {
  const scenarios = join(DATA_DIR, 'scenarios');
  return existsSync(scenarios) && readdirSync(scenarios).some((f) => f.endsWith('.json'));
}

/** The game's content: src/content/data if it has scenarios, else the test fixtures. */
export function loadProjectContent(): LoadResult & { readonly source: 'data' | 'fixtures' } {
  if (!hasRealContent()) {
    return { ...loadContent(fixtureFiles, fixtureLocale), source: 'fixtures' };
  }
  const locale: unknown = existsSync(CONTENT_LOCALE)
    ? JSON.parse(readFileSync(CONTENT_LOCALE, 'utf8'))
    : {};
  return { ...loadContent(readContentDir(DATA_DIR), locale), source: 'data' };
}
