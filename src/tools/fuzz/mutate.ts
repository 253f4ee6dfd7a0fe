/**
 * Inputs for the decoders: valid seeds, seeds mutated structurally (as JSON values) and textually
 * (as characters), arbitrary JSON and arbitrary strings, all as fast-check arbitraries.
 */
import fc from 'fast-check';

type Json = unknown;

/** Strings that have broken parsers and renderers elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  '<img src=x onerror=window.__pwned=1>',
  'javascript:alert(1)',
  '\u202Egnirts\u202C',
  '\u0000',
  '\uD800',
  '𝕏'.repeat(300),
  'x'.repeat(5000),
  'team1',
  'government',
  'endRound',
];
const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  2,
  99,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
];

const nastyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...NASTY_STRINGS, ...NASTY_NUMBERS, null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** One change at the node numbered `at` (modulo the number of nodes). */
interface Edit {
  readonly at: number;
  readonly op:
    'borrow' | 'delete' | 'replace' | 'duplicate' | 'addKey' | 'shuffle' | 'wrap' | 'bump';
  /** The node another edit copies from (`borrow`: a value of the right vocabulary). */
  readonly from: number;
  readonly value: Json;
  readonly key: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  op: fc.oneof(
    { weight: 4, arbitrary: fc.constant('borrow' as const) },
    {
      weight: 7,
      arbitrary: fc.constantFrom(
        'delete',
        'replace',
        'duplicate',
        'addKey',
        'shuffle',
        'wrap',
        'bump',
      ),
    },
  ),
  from: fc.nat(),
  value: nastyValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'format', 'version', 'log', 'kind'), fc.string()),
});

interface Place {
  readonly parent: Record<string, Json> | Json[];
  readonly key: string | number;
}

function places(root: Json): Place[] {
  const out: Place[] = [];
  const walk = (value: Json): void => {
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        out.push({ parent: value, key: i });
        walk(child);
      });
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, Json>;
      for (const key of Object.keys(record)) {
        out.push({ parent: record, key });
        walk(record[key]);
      }
    }
  };
  walk(root);
  return out;
}

function setAt(place: Place, value: Json): void {
  if (Array.isArray(place.parent)) place.parent[place.key as number] = value;
  else Object.defineProperty(place.parent, place.key, { value, enumerable: true, writable: true });
}

function getAt(place: Place): Json {
  return Array.isArray(place.parent) ? place.parent[place.key as number] : place.parent[place.key];
}

const kindOf = (value: Json): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

function applyEdit(root: Json, edit: Edit): Json {
  const all = places(root);
  if (all.length === 0) return edit.value;
  const place = all[edit.at % all.length];
  if (!place) return root;
  const current = getAt(place);
  switch (edit.op) {
    case 'borrow': {
      const alike = all.filter((p) => kindOf(getAt(p)) === kindOf(current));
      const source = alike[edit.from % alike.length];
      if (source) setAt(place, structuredClone(getAt(source)));
      break;
    }
    case 'delete':
      if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
      else Reflect.deleteProperty(place.parent, place.key);
      break;
    case 'replace':
      setAt(place, edit.value);
      break;
    case 'duplicate':
      if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 0, current);
      else setAt(place, [current, current]);
      break;
    case 'addKey':
      if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
        setAt({ parent: current as Record<string, Json>, key: edit.key }, edit.value);
      } else setAt(place, { [edit.key]: current });
      break;
    case 'shuffle':
      if (Array.isArray(place.parent)) place.parent.reverse();
      break;
    case 'wrap':
      setAt(place, typeof current === 'string' ? [current] : JSON.stringify(current));
      break;
    case 'bump':
      setAt(place, typeof current === 'number' ? current + (edit.at % 7) - 3 : edit.value);
      break;
  }
  return root;
}

/** A seed with 1–3 structural edits (deleted, replaced, duplicated, added or retyped nodes). */
export function structurallyMutated(seeds: readonly Json[]): fc.Arbitrary<Json> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(editArb, { minLength: 1, maxLength: 3 }))
    .map(([seed, edits]) =>
      edits.reduce<Json>((value, edit) => applyEdit(value, edit), structuredClone(seed)),
    );
}

/** A seed's text with 1–4 character edits: cut, inserted, replaced or truncated. */
export function textuallyMutated(texts: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    cut: fc.nat({ max: 24 }),
    insert: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '0', '-', 'e9', 'null'),
    ),
    truncate: fc.boolean(),
  });
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) =>
      edits.reduce((out, e) => {
        const at = e.at % (out.length + 1);
        if (e.truncate) return out.slice(0, at);
        return out.slice(0, at) + e.insert + out.slice(at + e.cut);
      }, text),
    );
}

/**
 * Any of: a valid seed, a structural or textual mutation of one, arbitrary JSON, an arbitrary
 * string. Mutations get most of the weight, since they get past the first checks.
 */
export function textInputs(seeds: readonly Json[]): fc.Arbitrary<string> {
  const texts = seeds.map((seed) => JSON.stringify(seed));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...texts) },
    { weight: 5, arbitrary: structurallyMutated(seeds).map((value) => JSON.stringify(value)) },
    { weight: 3, arbitrary: textuallyMutated(texts) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.string({ unit: 'binary' })) },
  );
}

/** The same mix as values (for messages that arrive decoded, such as WebSocket messages). */
export function valueInputs(seeds: readonly Json[]): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...seeds) },
    { weight: 6, arbitrary: structurallyMutated(seeds) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}
