/**
 * CSV writing by RFC 4180: fields separated by commas, records by CRLF; a field holding a comma,
 * a double quote, CR or LF is put in double quotes, with its quotes doubled. Written here (a few
 * lines) rather than adding a CSV library to the bundle.
 */

/** Byte order mark: lets spreadsheet programs read the file as UTF-8 (Arabic, Chinese…). */
export const CSV_BOM = '\uFEFF';

/** One field, quoted when needed. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Free text typed by people (team names, notes) made safe to open in a spreadsheet: a leading
 * `=`, `+`, `-`, `@`, tab or CR would start a formula, so it is preceded by an apostrophe.
 */
export function csvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Records as CSV text (CRLF after every record, the last one included). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
