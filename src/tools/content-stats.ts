/**
 * Content statistics. Other tooling relies on this exact interface:
 *   npm run -s content:stats -- --json
 * prints { measures, measuresByRole, measuresByKind, citedParagraphs, warningSigns,
 * frameworkFactors, triggers, scenarios: [{ id, rounds }], pillars: { "1", "2", "3" },
 * readability: { measures, signs, briefings: { mean, max } } }. Without --json: a short summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { formatContentError } from '../content/errors.ts';
import { type Content, MEASURE_KINDS, ROLE_IDS } from '../content/schema.ts';
import { CONTENT_LOCALE, loadProjectContent } from './content-dir.ts';
import { type GroupReadability, type ReadabilityGroup, readability } from './readability.ts';

/** The statistics printed by `content:stats --json`. */
export interface ContentStats {
  readonly measures: number;
  readonly measuresByRole: Readonly<Record<string, number>>;
  readonly measuresByKind: Readonly<Record<string, number>>;
  /** Report paragraphs cited by at least one measure, ascending. */
  readonly citedParagraphs: readonly number[];
  readonly warningSigns: number;
  /** Framework of Analysis risk factors (1–14) covered by warning signs and triggers, ascending. */
  readonly frameworkFactors: readonly number[];
  readonly triggers: number;
  readonly scenarios: readonly { readonly id: string; readonly rounds: number }[];
  /** Measures by pillar of the responsibility to protect ("1", "2", "3"). */
  readonly pillars: Readonly<Record<string, number>>;
  /** Flesch–Kincaid grade of the English card text, when the English locale is given. */
  readonly readability?: Readonly<Record<ReadabilityGroup, GroupReadability>>;
}

const ascending = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/** Count the content; with the English `content` namespace, also measure its reading level. */
export function contentStats(content: Content, english?: unknown): ContentStats {
  const byRole: Record<string, number> = Object.fromEntries(ROLE_IDS.map((r) => [r, 0]));
  const byKind: Record<string, number> = Object.fromEntries(MEASURE_KINDS.map((k) => [k, 0]));
  const pillars: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
  for (const m of content.measures) {
    byRole[m.role] = (byRole[m.role] ?? 0) + 1;
    byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
    pillars[String(m.pillar)] = (pillars[String(m.pillar)] ?? 0) + 1;
  }
  return {
    measures: content.measures.length,
    measuresByRole: byRole,
    measuresByKind: byKind,
    citedParagraphs: ascending(content.measures.flatMap((m) => m.cites)),
    warningSigns: content.signs.length,
    frameworkFactors: ascending([
      ...content.signs.flatMap((s) => s.framework),
      ...content.triggers.flatMap((t) => t.framework),
    ]),
    triggers: content.triggers.length,
    scenarios: content.scenarios.map((s) => ({ id: s.id, rounds: s.turns.length })),
    pillars,
    ...(english === undefined ? {} : { readability: readability(english) }),
  };
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const loaded = loadProjectContent();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.errors.map(formatContentError).join('\n')}\n`);
    process.exit(1);
  }
  const english: unknown =
    loaded.source === 'data' && existsSync(CONTENT_LOCALE)
      ? JSON.parse(readFileSync(CONTENT_LOCALE, 'utf8'))
      : undefined;
  const stats = contentStats(loaded.content, english);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(stats)}\n`);
    return;
  }
  const list = (r: Readonly<Record<string, number>>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ');
  process.stdout.write(
    [
      `content: ${loaded.source === 'data' ? 'src/content/data' : 'test fixtures'}`,
      `measures: ${String(stats.measures)} (${list(stats.measuresByRole)}; ${list(stats.measuresByKind)})`,
      `cited paragraphs: ${stats.citedParagraphs.map((p) => `¶${String(p)}`).join(' ')}`,
      `warning signs: ${String(stats.warningSigns)}; Framework factors: ${stats.frameworkFactors.join(', ')}`,
      `triggers: ${String(stats.triggers)}`,
      `scenarios: ${stats.scenarios.map((s) => `${s.id} (${String(s.rounds)} rounds)`).join(', ')}`,
      `pillars: ${list(stats.pillars)}`,
      ...(stats.readability === undefined
        ? []
        : [
            `reading grade (mean/max): ${Object.entries(stats.readability)
              .map(([g, r]) => `${g} ${String(r.mean)}/${String(r.max)}`)
              .join(', ')}`,
          ]),
      '',
    ].join('\n'),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
