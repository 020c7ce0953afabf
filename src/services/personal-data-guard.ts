/**
 * The one guard every free text passes before it is stored: justifications, development
 * answers, focus points, recommendations, round texts. It refuses the certain kinds of
 * personal data (CPR number, phone, e-mail, postal address, date of birth) with 422; person
 * names are not looked for here (members' own names belong in the report by design).
 * Call it after the access, role and phase checks, before writing.
 */
import { scanTexts, type ScanResult } from '../domain/anonymisation.js';
import { unprocessable } from './errors.js';

/** The 422 for a scan with findings: where they are, never what they are. */
export function personalDataProblem(code: string, what: string, result: ScanResult) {
  const n = result.total;
  return unprocessable(
    code,
    `${what} indeholder ${n === 1 ? 'én personhenførbar oplysning' : `${n} personhenførbare oplysninger`}; fjern eller anonymisér, og send igen. Intet er gemt.`,
    { findings: result.findings, findingsTotal: result.total, truncated: result.truncated },
  );
}

/** The strings under `value`, with dotted paths (areas.0.suggestion); at most three levels deep. */
function textsOf(path: string, value: unknown, depth: number, out: { field: string; value: string }[]): void {
  if (typeof value === 'string') out.push({ field: path, value });
  else if (depth < 3 && value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) textsOf(`${path}.${key}`, inner, depth + 1, out);
  }
}

/**
 * Throws 422 `personal-data-in-text` when one of the named free-text fields of `input` holds a
 * certain identifier. Absent fields are skipped; arrays and objects are searched for strings.
 */
export function guardFreeTexts(input: object, fields: readonly string[]): void {
  const texts: { field: string; value: string }[] = [];
  for (const field of fields) textsOf(field, (input as Record<string, unknown>)[field], 0, texts);
  const result = scanTexts(
    texts.map((t) => ({ document: null, ...t })),
    { certainOnly: true },
  );
  if (result.total > 0) throw personalDataProblem('personal-data-in-text', 'Teksten', result);
}
