import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError } from '../content/errors.ts';
import { fixtureLocale } from '../content/fixtures/index.ts';
import { type BalanceVerdict, scenarioVerdict } from '../content/balanceVerdict.ts';
import { BALANCE_SEEDS, type ScenarioBalance, balanceOf } from '../content/scenarioBalance.ts';
import { type ScenarioBase, decodeScenarioFile, scenarioBase } from '../content/scenarioFile.ts';
import type { ScenarioFileError, ScenarioReason } from '../content/scenarioReasons.ts';
import { CONTENT_LOCALE, ROOT, loadProjectContent } from './content-dir.ts';

/** One problem in words. */
export interface WordedError {
  readonly path: string;
  readonly message: string;
}

/** What `scenario:check --json` prints. */
export interface ScenarioCheck {
  readonly ok: boolean;
  readonly errors: readonly WordedError[];
  readonly warnings: readonly WordedError[];
  readonly balance: ScenarioBalance | null;
  /** Whether the balance plays well, and the findings when it does not (null when refused). */
  readonly verdict: BalanceVerdict | null;
}

/** The English messages of the reason codes. */
export function englishReasons(): Readonly<Record<string, string>> {
  return JSON.parse(readFileSync(join(ROOT, 'locales/en/sharing.json'), 'utf8')) as Record<
    string,
    string
  >;
}

/** A reason in words, its `{{variables}}` filled in. */
export function reasonText(
  reason: ScenarioReason,
  messages: Readonly<Record<string, string>>,
): string {
  const template = messages[reason.code] ?? reason.code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in reason.params ? String(reason.params[name]) : whole,
  );
}

/** Decode a file's text and, when it is usable, measure its balance. */
export function checkScenario(
  text: string,
  base: ScenarioBase,
  seeds = BALANCE_SEEDS,
  messages = englishReasons(),
): ScenarioCheck {
  const worded = (list: readonly ScenarioFileError[]) =>
    list.map((e) => ({ path: e.path, message: reasonText(e.message, messages) }));
  const result = decodeScenarioFile(text, base);
  if (!result.ok) {
    return { ok: false, errors: worded(result.errors), warnings: [], balance: null, verdict: null };
  }
  const balance = balanceOf(base, result.file, seeds);
  return {
    ok: true,
    errors: [],
    warnings: worded(result.warnings),
    balance,
    verdict: scenarioVerdict(result.file.scenario, balance),
  };
}

/** The project's content and English locale as a decoding base; exits on broken content. */
export function projectBase(): ScenarioBase {
  const loaded = loadProjectContent();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.errors.map(formatContentError).join('\n')}\n`);
    process.exit(2);
  }
  const locale: unknown =
    loaded.source === 'data' ? JSON.parse(readFileSync(CONTENT_LOCALE, 'utf8')) : fixtureLocale;
  return scenarioBase(loaded.content, locale);
}
