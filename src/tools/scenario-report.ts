import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError } from '../content/errors.ts';
import { fixtureLocale } from '../content/fixtures/index.ts';
import {
  type ScenarioBase,
  type ScenarioFile,
  contentWithScenario,
  decodeScenarioFile,
  scenarioBase,
} from '../content/scenarioFile.ts';
import type { ScenarioFileError, ScenarioReason } from '../content/scenarioReasons.ts';
import { compileScenario } from '../core/model.ts';
import type { PolicyName } from '../core/policies.ts';
import { simulate } from '../core/simulate.ts';
import { CONTENT_LOCALE, ROOT, loadProjectContent } from './content-dir.ts';

/** The policies a scenario's balance is measured with (as the editor's preview will). */
export const BALANCE_POLICIES = [
  'none',
  'early',
  'late',
  'randomFull',
] as const satisfies readonly PolicyName[];
/** Seeds per policy. */
export const BALANCE_SEEDS = 500;

/** How one policy fares: shares of games (0–1) and the mean total score. */
export interface PolicyBalance {
  readonly atrocityRate: number;
  readonly avertedRate: number;
  readonly meanScore: number;
}

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
  readonly balance: Readonly<Record<(typeof BALANCE_POLICIES)[number], PolicyBalance>> | null;
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

/** The balance of a decoded file's scenario over `seeds` seeds per policy. */
export function balanceOf(
  base: ScenarioBase,
  file: ScenarioFile,
  seeds: number,
): NonNullable<ScenarioCheck['balance']> {
  const id = file.scenario.id;
  const model = compileScenario(contentWithScenario(base.content, file.scenario), id);
  const entries = BALANCE_POLICIES.map((policy) => {
    const summary = simulate(model, id, policy, seeds);
    return [
      policy,
      {
        atrocityRate: summary.atrocityRate,
        avertedRate: summary.avertedRate,
        meanScore: summary.meanScore.total,
      },
    ] as const;
  });
  return Object.fromEntries(entries) as NonNullable<ScenarioCheck['balance']>;
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
  if (!result.ok) return { ok: false, errors: worded(result.errors), warnings: [], balance: null };
  return {
    ok: true,
    errors: [],
    warnings: worded(result.warnings),
    balance: balanceOf(base, result.file, seeds),
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
