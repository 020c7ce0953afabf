/** Danish display formatting for the afrapportering. Pure functions, no pdfkit. */

const NUMBER_WORDS = ['nul', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** Minus sign (U+2212) rather than hyphen, as Danish typesetting does. */
const MINUS = '\u2212';

/** "2,5" for 2.5; whole numbers keep up to `maxDecimals` only when needed ("2"). */
export function formatMedian(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatDecimal(value, Number.isInteger(value) ? 0 : 1);
}

/** Fixed decimals with comma: formatDecimal(0.8234, 2) → "0,82"; negative values get "−". */
export function formatDecimal(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals).replace('.', ',');
  const isZero = Number(Math.abs(value).toFixed(decimals)) === 0;
  return value < 0 && !isZero ? `${MINUS}${text}` : text;
}

/** Krippendorff's alpha for display: "0,82" or "–" when undefined. */
export function formatAlpha(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : formatDecimal(value, 2);
}

/** Thousands separated by a dot: 10800 → "10.800". */
export function formatInteger(value: number): string {
  const digits = Math.round(Math.abs(value)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `${MINUS}${grouped}` : grouped;
}

/** "99 %" (Danish puts a space before the percent sign). */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const percent = (part / whole) * 100;
  // 323 of 324 is not "100 %": show a decimal when rounding would hide what is missing.
  const rounded = Math.round(percent);
  if ((rounded === 100 && part < whole) || (rounded === 0 && part > 0)) return `${formatDecimal(percent, 1)} %`;
  return `${rounded} %`;
}

/** Small counts in words, as running Danish text prefers ("seks sager"); digits above twelve. */
export function numberWord(value: number, neuter = false): string {
  if (value === 1) return neuter ? 'ét' : 'én';
  return NUMBER_WORDS[value] ?? formatInteger(value);
}

export { formatDanishDate, joinDanish } from '../domain/danish.js';

/** Splits stored free text into paragraphs at blank lines; single newlines become spaces. */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}
