/**
 * CSV for Danish Excel: UTF-8 with a byte order mark (so Excel reads æøå), `;` as the
 * separator (Danish Excel uses `,` as the decimal mark), CRLF line ends and RFC 4180
 * quoting of every text field. Pure; no I/O.
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Field separator; `;` unless told. */
  separator?: string;
  /** Prepend U+FEFF; true unless told. */
  bom?: boolean;
  /** Neutralise spreadsheet formulas in text fields; true unless told. */
  guardFormulas?: boolean;
}

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"):
 * = + - @, and tab / carriage return, which some spreadsheets strip before evaluating.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to text a spreadsheet would otherwise evaluate as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field: text fields are guarded against formulas (numbers are written as they are,
 * so a negative number stays a number) and always quoted, with inner quotes doubled: opened
 * with `,` or tab as the separator instead of `;`, a quoted field still stays one text cell
 * (`x,=1+2` unquoted would become a second cell holding a formula). `null`/`undefined` are empty.
 */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'boolean' ? String(value) : value;
  const guarded = options.guardFormulas === false ? text : neutraliseFormula(text);
  return `"${guarded.replaceAll('"', '""')}"`;
}

/** Whole CSV text: header and rows, every line (the last too) ended by CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const separator = options.separator ?? ';';
  const line = (fields: readonly CsvValue[]) =>
    fields.map((field) => csvField(field, options)).join(separator) + CSV_LINE_END;
  return (options.bom === false ? '' : CSV_BOM) + line(header) + rows.map(line).join('');
}
