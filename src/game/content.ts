import { formatContentError, type ContentError } from '../content/errors.ts';
import { loadContent } from '../content/load.ts';
import type { Content } from '../content/schema.ts';

type JsonModule = () => Promise<unknown>;

// The content directory is bundled as lazy JSON chunks: it loads behind the progress bar.
const contentModules = {
  ...import.meta.glob<unknown>('#content-data/*.json', { import: 'default' }),
  ...import.meta.glob<unknown>('#content-data/scenarios/*.json', { import: 'default' }),
} as Record<string, JsonModule>;

/** Path of a bundled file relative to its content directory, as the loader names files. */
function relativeName(modulePath: string): string {
  const match = /(?:^|\/)((?:scenarios\/)?[^/]+\.json)$/.exec(modulePath);
  return match?.[1] ?? modulePath;
}

export type ContentLoad =
  | { readonly ok: true; readonly content: Content }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Start importing the bundled content files. Start-up calls it at once, so the files download
 * beside the locale and Phaser's boot instead of after them.
 */
export async function importContentFiles(): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  await Promise.all(
    Object.entries(contentModules).map(async ([path, load]) => {
      files[relativeName(path)] = await load();
    }),
  );
  return files;
}

/**
 * Load and validate the bundled content against the English `content` namespace. Errors name the
 * file and JSON path, so a broken scenario file is reported clearly instead of crashing the game.
 */
export async function loadBundledContent(
  englishLocale: unknown,
  imported: Promise<Record<string, unknown>> = importContentFiles(),
): Promise<ContentLoad> {
  const result = loadContent(await imported, englishLocale);
  if (result.ok) return { ok: true, content: result.content };
  return {
    ok: false,
    errors: result.errors.map((error: ContentError) => formatContentError(error)),
  };
}
