/**
 * Anonymisation gate for case files (sagsakter) and the other free texts.
 *
 * Texts are normalised (NFKC, invisible characters removed, any whitespace or dash a
 * separator) and scanned by recognisers with context (src/domain/pii/): CPR numbers,
 * phone numbers, e-mail addresses, postal addresses, dates of birth and the caller's known
 * identifiers are certain and always refuse; person names found from name lists,
 * capitalisation and role words are probable and refuse unless the leader allowed the exact
 * term. A finding says where it is (document, field, UTF-16 offsets into the original text),
 * what kind it is, how sure, and shows a short excerpt with every identifier in it replaced by
 * its placeholder: the identifier itself is never repeated.
 *
 * Bounded: at most MAX_FINDINGS findings are returned (with the total and `truncated`);
 * the work is linear in the length of the text. Pure: no I/O, no logging.
 */
import { PLACEHOLDERS, prepareScan, scanValue, type PreparedScan, type ScanOptions, type Span } from './pii/scan.js';
import type { FindingKind } from './pii/types.js';

export type { FindingKind } from './pii/types.js';
export type { ScanOptions } from './pii/scan.js';

/** Findings returned in one answer at most; the rest are only counted. */
export const MAX_FINDINGS = 50;
const EXCERPT_CONTEXT = 30;

export interface Finding {
  /** 0-based index into the case's documents; null for a field of its own (or another text). */
  document: number | null;
  field: string;
  kind: FindingKind;
  certainty: 'certain' | 'probable';
  confidence: number;
  /** UTF-16 offsets into the field as sent: `value.slice(start, end)` is the identifier. */
  start: number;
  end: number;
  /** The surroundings with every identifier replaced by its placeholder. */
  excerpt: string;
}

export interface ScanResult {
  findings: Finding[];
  total: number;
  truncated: boolean;
}

/** One text to scan and where it belongs. */
export interface ScanTarget {
  document: number | null;
  field: string;
  value: string | null | undefined;
}

export interface CaseTexts {
  code: string;
  area: string;
  summary?: string | null;
  selection?: {
    developmentPotential?: string | null;
    complexity?: string | null;
    recent?: string | null;
  };
  documents: { title: string; text: string }[];
}

/** A case's own texts and its documents' titles and texts, in the order findings are listed. */
export function caseTargets(input: CaseTexts): ScanTarget[] {
  return [
    { document: null, field: 'code', value: input.code },
    { document: null, field: 'area', value: input.area },
    { document: null, field: 'summary', value: input.summary },
    { document: null, field: 'selection.developmentPotential', value: input.selection?.developmentPotential },
    { document: null, field: 'selection.complexity', value: input.selection?.complexity },
    { document: null, field: 'selection.recent', value: input.selection?.recent },
    ...input.documents.flatMap((doc, document) => [
      { document, field: 'title', value: doc.title },
      { document, field: 'text', value: doc.text },
    ]),
  ];
}

/** Numbers persons within one scan: the same person gets the same `[Navn n]`. */
class Persons {
  private readonly known: { initial: string; surname: string; first: string }[] = [];

  placeholder(key: string): string {
    const [initial = '', surname = '', first = ''] = key.split('|');
    let index = this.known.findIndex(
      (p) =>
        (surname !== '' && p.surname === surname && (initial === '' || p.initial === '' || p.initial === initial)) ||
        (surname === '' && first !== '' && p.first === first) ||
        (p.surname === '' && p.first !== '' && p.first === first),
    );
    if (index === -1) {
      this.known.push({ initial, surname, first });
      index = this.known.length - 1;
    } else {
      const p = this.known[index]!;
      if (p.surname === '') p.surname = surname;
      if (p.first === '') p.first = first;
      if (p.initial === '') p.initial = initial;
    }
    return `[Navn ${index + 1}]`;
  }
}

function keyOfKnown(text: string): string | null {
  if (/\p{N}|@/u.test(text)) return null;
  const words = text.split(/[\s,.-]+/u).filter((w) => w.length > 1);
  const longest = words.reduce((a, w) => (w.length > a.length ? w : a), '');
  return `|${longest.toLocaleLowerCase('da')}|`;
}

function placeholderOf(span: Span, value: string, persons: Persons): string {
  if (span.kind === 'person_name') return persons.placeholder(span.person ?? '||');
  if (span.kind === 'known_identifier') {
    const key = keyOfKnown(value.slice(span.start, span.end));
    return key ? persons.placeholder(key) : PLACEHOLDERS.known_identifier;
  }
  return PLACEHOLDERS[span.kind];
}

/** `value` with spans [from, to) of `spans` replaced by their placeholders. */
function replaceSpans(
  value: string,
  spans: Span[],
  placeholders: string[],
  from: number,
  to: number,
  lo: number,
  hi: number,
) {
  let out = '';
  let at = from;
  for (let i = lo; i < hi; i++) {
    const s = spans[i] as Span;
    if (s.end <= from || s.start >= to) continue;
    out += value.slice(at, Math.max(at, s.start)) + (placeholders[i] ?? '[…]');
    at = Math.max(at, s.end);
  }
  return out + value.slice(at, Math.max(at, to));
}

function excerpt(value: string, spans: Span[], placeholders: string[], i: number): string {
  const s = spans[i] as Span;
  let from = Math.max(0, s.start - EXCERPT_CONTEXT);
  let to = Math.min(value.length, s.end + EXCERPT_CONTEXT);
  // Widen to whole neighbouring spans so no identifier is cut in half, and never split a surrogate pair.
  let lo = i;
  while (lo > 0 && (spans[lo - 1] as Span).end > from) from = Math.min(from, (spans[--lo] as Span).start);
  let hi = i + 1;
  while (hi < spans.length && (spans[hi] as Span).start < to) to = Math.max(to, (spans[hi++] as Span).end);
  if (/[\uDC00-\uDFFF]/u.test(value[from] ?? '')) from--;
  if (/[\uD800-\uDBFF]/u.test(value[to - 1] ?? '')) to++;
  const text = replaceSpans(value, spans, placeholders, from, to, lo, hi).replace(/\s+/gu, ' ').trim();
  return `${from > 0 ? '…' : ''}${text}${to < value.length ? '…' : ''}`;
}

function run(
  targets: readonly ScanTarget[],
  prepared: PreparedScan,
  onField?: (value: string, spans: Span[], placeholders: string[]) => void,
): ScanResult {
  const persons = new Persons();
  const findings: Finding[] = [];
  let total = 0;
  for (const { document, field, value } of targets) {
    if (typeof value !== 'string' || value.length === 0) {
      onField?.(value ?? '', [], []);
      continue;
    }
    const spans = scanValue(value, prepared);
    total += spans.length;
    const needed = onField ? spans.length : Math.min(spans.length, Math.max(0, MAX_FINDINGS - findings.length));
    // Placeholders for the spans an answer shows (and their neighbours), in text order.
    // An excerpt's window holds at most a few dozen neighbours (spans never overlap).
    const shown = onField ? spans.length : Math.min(spans.length, needed + 64);
    const placeholders = spans.slice(0, shown).map((s) => placeholderOf(s, value, persons));
    for (let i = 0; i < needed && findings.length < MAX_FINDINGS; i++) {
      const s = spans[i] as Span;
      findings.push({
        document,
        field,
        kind: s.kind,
        certainty: s.certain ? 'certain' : 'probable',
        confidence: s.confidence,
        start: s.start,
        end: s.end,
        excerpt: excerpt(value, spans, placeholders, i),
      });
    }
    onField?.(value, spans, placeholders);
  }
  return { findings, total, truncated: total > findings.length };
}

/** Scans the targets; findings in target order, then by offset. */
export function scanTexts(targets: readonly ScanTarget[], options: ScanOptions = {}): ScanResult {
  return run(targets, prepareScan(options));
}

/**
 * The targets' values with every finding replaced by its placeholder (`[Navn 1]`, `[Adresse]`,
 * `[CPR-nr.]`, ...; the same person keeps the same number), and the findings.
 */
export function redactTexts(
  targets: readonly ScanTarget[],
  options: ScanOptions = {},
): { values: (string | null)[]; result: ScanResult } {
  const values: (string | null)[] = [];
  const result = run(targets, prepareScan(options), (value, spans, placeholders) => {
    values.push(
      spans.length === 0 ? value : replaceSpans(value, spans, placeholders, 0, value.length, 0, spans.length),
    );
  });
  targets.forEach((t, i) => {
    if (typeof t.value !== 'string') values[i] = null;
  });
  return { values, result };
}
