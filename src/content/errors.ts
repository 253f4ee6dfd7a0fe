/** One problem in a content file, located by file and JSON path. */
export interface ContentError {
  /** File relative to the content directory, e.g. `scenarios/election.json`. */
  readonly file: string;
  /** JSON path inside the file, e.g. `turns[3].triggers[0].id` ('' = the whole file). */
  readonly path: string;
  /** What was expected. */
  readonly message: string;
}

/** `file: path: message`, the format every content tool prints. */
export function formatContentError(error: ContentError): string {
  return error.path === ''
    ? `${error.file}: ${error.message}`
    : `${error.file}: ${error.path}: ${error.message}`;
}

/** Format a JSON path: ['turns', 3, 'id'] → `turns[3].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** `unknown trigger "censu" (did you mean "census"?)`. */
export function unknownIdMessage(
  what: string,
  value: string,
  candidates: Iterable<string>,
): string {
  const hint = suggest(value, candidates);
  return hint === undefined
    ? `unknown ${what} "${value}"`
    : `unknown ${what} "${value}" (did you mean "${hint}"?)`;
}
