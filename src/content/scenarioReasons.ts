import type { z } from 'zod';
import { type ContentError, formatPath } from './errors.ts';

/**
 * Why a scenario file was refused: stable codes, each a key of the `sharing` namespace
 * (translated in every language); `params` fill the message's `{{variables}}`.
 */
export const SCENARIO_REASONS = [
  'tooLarge',
  'notJson',
  'tooDeep',
  'forbiddenKey',
  'markup',
  'scriptLink',
  'templateSyntax',
  'controlCharacter',
  'notAScenarioFile',
  'badLink',
  'unsupportedVersion',
  'required',
  'unknownField',
  'expectedObject',
  'expectedList',
  'expectedText',
  'expectedNumber',
  'expectedWholeNumber',
  'expectedTrueFalse',
  'numberTooSmall',
  'numberTooBig',
  'tooFewItems',
  'tooManyItems',
  'textTooShort',
  'textTooLong',
  'notAllowed',
  'badId',
  'badTextKey',
  'badFingerprint',
  'badFormat',
  'notIncreasing',
  'roundsOutOfRange',
  'triggerAfterLastRound',
  'duplicate',
  'unknownFactor',
  'unknownMeasure',
  'unknownSign',
  'unknownTrigger',
  'unknownRole',
  'unknownRegion',
  'unknownGroup',
  'unknownTextKey',
  'expectedRiskFactor',
  'expectedResilienceFactor',
  'missingStartingValue',
  'prerequisiteUnavailable',
  'otherContent',
  'invalid',
] as const;
/** A reason code. */
export type ScenarioReasonCode = (typeof SCENARIO_REASONS)[number];

/** A reason and the values its message interpolates. */
export interface ScenarioReason {
  readonly code: ScenarioReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One problem of a scenario file: where (a JSON path, '' = the whole file) and why. */
export interface ScenarioFileError {
  readonly path: string;
  readonly message: ScenarioReason;
}

/** An error at a path. */
export function scenarioError(
  path: readonly PropertyKey[],
  code: ScenarioReasonCode,
  params: Readonly<Record<string, string | number>> = {},
): ScenarioFileError {
  return { path: formatPath(path), message: { code, params } };
}

const TYPE_REASONS: Readonly<Record<string, ScenarioReasonCode>> = {
  object: 'expectedObject',
  record: 'expectedObject',
  array: 'expectedList',
  tuple: 'expectedList',
  string: 'expectedText',
  number: 'expectedNumber',
  int: 'expectedWholeNumber',
  boolean: 'expectedTrueFalse',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Object.hasOwn(node, part) ? (node as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return node;
}

function formatReason(message: string): ScenarioReasonCode {
  if (message.includes('snake_case')) return 'badId';
  if (message.includes('i18n key')) return 'badTextKey';
  if (message === 'fingerprint') return 'badFingerprint';
  return 'badFormat';
}

function allowedValues(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return issue.values.map(String).join(', ');
  if (issue.code === 'invalid_union') {
    return issue.errors
      .flat()
      .flatMap((inner) => (inner.code === 'invalid_value' ? inner.values.map(String) : []))
      .join(', ');
  }
  return '';
}

function issueErrors(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  data: unknown,
): ScenarioFileError[] {
  const path = [...prefix, ...issue.path];
  const local = issue.path as readonly PropertyKey[];
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(data, local) === undefined) return [scenarioError(path, 'required')];
      return [scenarioError(path, TYPE_REASONS[issue.expected] ?? 'invalid')];
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'number') return [scenarioError(path, 'numberTooSmall', { minimum })];
      if (issue.origin === 'string') return [scenarioError(path, 'textTooShort', { minimum })];
      return [scenarioError(path, 'tooFewItems', { minimum })];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'number') return [scenarioError(path, 'numberTooBig', { maximum })];
      if (issue.origin === 'string') return [scenarioError(path, 'textTooLong', { maximum })];
      return [scenarioError(path, 'tooManyItems', { maximum })];
    }
    case 'invalid_value':
    case 'invalid_union': {
      const allowed = allowedValues(issue);
      return [
        allowed === ''
          ? scenarioError(path, 'invalid')
          : scenarioError(path, 'notAllowed', { allowed }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => scenarioError([...path, key], 'unknownField'));
    case 'invalid_format':
      return [scenarioError(path, formatReason(issue.message))];
    case 'invalid_key':
      return [scenarioError(path, 'badId')];
    case 'custom':
      return [
        scenarioError(path, issue.message.includes('increasing') ? 'notIncreasing' : 'invalid'),
      ];
    default:
      return [scenarioError(path, 'invalid')];
  }
}

/** A zod error as field-level reasons, paths prefixed (the data is what was parsed). */
export function zodErrors(
  error: z.ZodError,
  prefix: readonly PropertyKey[],
  data: unknown,
): ScenarioFileError[] {
  return error.issues.flatMap((issue) => issueErrors(issue, prefix, data));
}

const UNKNOWN: Readonly<Record<string, ScenarioReasonCode>> = {
  factor: 'unknownFactor',
  measure: 'unknownMeasure',
  'warning sign': 'unknownSign',
  trigger: 'unknownTrigger',
  role: 'unknownRole',
  'profile group': 'unknownGroup',
  'profile region': 'unknownRegion',
};

/**
 * A cross-reference error of `validateContent` (English words) as a reason code. The content
 * tools keep their words; the patterns here follow validate.ts, and scenarioFile.test.ts
 * proves every kind of scenario error it reports maps to a code other than `invalid`.
 */
export function contentErrorReason(error: ContentError): ScenarioReason {
  const m = error.message;
  let match = /^unknown (.+?) "([^"]*)"/.exec(m);
  if (match) {
    const code = UNKNOWN[match[1] ?? ''];
    if (code !== undefined) return { code, params: { value: match[2] ?? '' } };
  }
  match = /^factor "([^"]*)" is an? \w+ factor, expected an? (risk|resilience) factor/.exec(m);
  if (match) {
    const code = match[2] === 'risk' ? 'expectedRiskFactor' : 'expectedResilienceFactor';
    return { code, params: { value: match[1] ?? '' } };
  }
  match = /^i18n key "([^"]*)" is missing/.exec(m);
  if (match) return { code: 'unknownTextKey', params: { value: match[1] ?? '' } };
  match = /^missing a starting value for factor "([^"]*)"/.exec(m);
  if (match) return { code: 'missingStartingValue', params: { factor: match[1] ?? '' } };
  match = /^measure "([^"]*)" requires "([^"]*)", which is not available/.exec(m);
  if (match) {
    return {
      code: 'prerequisiteUnavailable',
      params: { measure: match[1] ?? '', requires: match[2] ?? '' },
    };
  }
  return { code: 'invalid', params: {} };
}
