/**
 * V8 keeps property keys as internalized strings (one canonical copy per text); strings parsed
 * from content files are not. A content id used as a key or compared then costs a string-table
 * lookup or a character compare every time; internalized, it is a pointer compare.
 */

/** The internalized copy of a string (the same text): a property key is, so read one back. */
function internOne(text: string): string {
  return Object.keys({ [text]: 0 })[0] ?? text;
}

/** A deep copy of plain data (objects, arrays, strings, numbers…) with every string internalized. */
export function interned<T>(value: T): T {
  if (typeof value === 'string') return internOne(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => interned(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = interned(item);
  return copy as T;
}
