/**
 * CPR numbers, phone numbers and dates of birth, over normalised text (one space for any
 * whitespace, `-` for any dash). A digit run is a maximal sequence of digit groups joined by
 * a space, a dash or a dot (each possibly with spaces around it); the run is cut into CPR
 * and phone candidates whose confidence comes from their shape and from context words.
 */
import { clamp, type Candidate } from './types.js';
import { numberContext } from './context.js';

// A run starts after a non-digit (an optional +45 / 0045 / (+45) prefix belongs to it).
const RUN_RE = /(?<![\p{N}+])(?:(?:\+\s?45|\(\+45\)|0045)(?:\s?-\s?|\s)?)?\d+(?:(?:\s?[-.]\s?|\s)\d+)*/gu;
const PREFIX_RE = /^(?:\+\s?45|\(\+45\)|0045)(?:\s?-\s?|\s)?/u;
const GROUP_RE = /\d+/gu;
/** Runs longer than this are cut (an unbroken table of digits must stay linear). */
const MAX_GROUPS = 64;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function plausibleDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 31);
}

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator before this group in the run ('' for the first). */
  sep: string;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  GROUP_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = GROUP_RE.exec(run)) !== null && groups.length < MAX_GROUPS) {
    const sep = prevEnd < 0 ? '' : run.slice(prevEnd, m.index).trim() || ' ';
    groups.push({ digits: m[0], start: offset + m.index, end: offset + m.index + m[0].length, sep });
    prevEnd = m.index + m[0].length;
  }
  return groups;
}

const isYear = (d: string) => d.length === 4 && (d.startsWith('19') || d.startsWith('20'));

/** CPR shapes: DDMMYYSSSS, DDMMYY-SSSS, DD MM YY-SSSS; the date must exist. */
function cprAt(groups: Group[], i: number): number {
  let digits = '';
  let n = 0;
  const shapes = [[10], [6, 4], [2, 2, 2, 4]];
  for (const shape of shapes) {
    digits = '';
    n = 0;
    let ok = true;
    for (const size of shape) {
      const next = groups[i + n];
      if (!next || next.digits.length !== size) {
        ok = false;
        break;
      }
      digits += next.digits;
      n++;
    }
    if (ok && plausibleDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)))) return n;
  }
  return 0;
}

/** Number of groups from i holding exactly 8 digits, each group at least 2 digits; 0 if none. */
function phoneAt(groups: Group[], i: number): number {
  let total = 0;
  for (let n = 0; i + n < groups.length; n++) {
    const g = groups[i + n] as Group;
    if (g.digits.length < 2 && n > 0) return 0;
    total += g.digits.length;
    if (total === 8) return n + 1;
    if (total > 8) return 0;
  }
  return 0;
}

function phoneConfidence(lower: string, parts: Group[], prefixed: boolean, leftovers: boolean): number {
  const start = (parts[0] as Group).start;
  const end = (parts[parts.length - 1] as Group).end;
  const digits = parts.map((p) => p.digits).join('');
  const seps = new Set(parts.slice(1).map((p) => p.sep));
  if (prefixed) return 0.95;
  const ctx = numberContext(lower, start, end);
  let c = /^[2-9]/u.test(digits) ? 0.7 : 0.3;
  if (ctx.phoneWord) c += 0.3;
  else if (ctx.otherNumberWord || ctx.cprWord) c -= 0.6;
  if (ctx.amountAfter) c -= 0.6;
  if (parts.length === 2 && isYear(parts[0]!.digits) && isYear(parts[1]!.digits)) c -= 0.6;
  if (parts.length === 3 && parts[2]!.digits.length === 4 && plausibleDate(+parts[0]!.digits, +parts[1]!.digits)) {
    c -= 0.7; // a date: 15.02.2018, 15-02-2018
  }
  if (parts.length === 3 && isYear(parts[0]!.digits) && plausibleDate(+parts[2]!.digits, +parts[1]!.digits)) {
    c -= 0.7; // an ISO date: 2018-02-15
  }
  if (seps.has('.') && parts.slice(1).some((p) => p.digits.length === 3)) c -= 0.7; // 12.345.678
  if (/0000$/u.test(digits)) c -= 0.5; // round amounts
  if (seps.size > 1) c -= 0.4; // 14.30-16.00
  if (leftovers && !ctx.phoneWord) c -= 0.5; // part of a longer number
  return clamp(c);
}

function cprConfidence(lower: string, parts: Group[]): number {
  const ctx = numberContext(lower, (parts[0] as Group).start, (parts[parts.length - 1] as Group).end);
  let c = parts.length === 2 ? 0.95 : parts.length === 1 ? 0.8 : 0.75;
  if (ctx.cprWord) c += 0.2;
  else if (ctx.otherNumberWord || ctx.phoneWord) c -= 0.5;
  if (ctx.amountAfter) c -= 0.5;
  return clamp(c);
}

export function findNumbers(text: string, lower: string, out: Candidate[]): void {
  // `lower` is `text` lower-cased (same offsets) for the context words.
  RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_RE.exec(text)) !== null) {
    const prefix = PREFIX_RE.exec(m[0]);
    const groups = groupsOf(m[0].slice(prefix ? prefix[0].length : 0), m.index + (prefix ? prefix[0].length : 0));
    if (prefix && groups.length > 0) {
      const n = phoneAt(groups, 0);
      if (n > 0) {
        out.push({ kind: 'phone', start: m.index, end: groups[n - 1]!.end, confidence: 0.95 });
        scanGroups(lower, groups, n, out);
        continue;
      }
    }
    scanGroups(lower, groups, 0, out);
  }
}

/** Cuts a run into CPR and phone candidates from group `from` on. */
function scanGroups(lower: string, groups: Group[], from: number, out: Candidate[]): void {
  const found: { parts: Group[]; kind: 'cpr' | 'phone' }[] = [];
  let leftovers = false;
  let i = from;
  while (i < groups.length) {
    const c = cprAt(groups, i);
    const p = c > 0 ? 0 : phoneAt(groups, i);
    if (c + p === 0) {
      leftovers = true;
      i++;
      continue;
    }
    found.push({ parts: groups.slice(i, i + c + p), kind: c > 0 ? 'cpr' : 'phone' });
    i += c + p;
  }
  // Four or more groups of four digits read as an account or card number.
  const blocks = groups.length >= 4 && groups.every((g) => g.digits.length === 4);
  // The words before the run speak for every number in it ("Kontonummer 1234 5678 9012 3456").
  const context = numberContext(lower, groups[0]!.start, groups[0]!.end);
  for (const { parts, kind } of found) {
    const own = kind === 'cpr' ? cprConfidence(lower, parts) : phoneConfidence(lower, parts, false, leftovers);
    const inherited = parts[0] !== groups[0] && !context.phoneWord && (context.otherNumberWord || blocks) ? 0.6 : 0;
    const confidence = Math.max(0, own - inherited - (blocks && !context.phoneWord ? 0.3 : 0));
    out.push({ kind, start: parts[0]!.start, end: parts[parts.length - 1]!.end, confidence });
  }
}

const MONTHS =
  'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE = `(?:\\d{1,2} ?[./-] ?\\d{1,2} ?[./-] ?(?:\\d{4}|\\d{2})(?!\\d)|\\d{1,2}\\.? (?:${MONTHS})\\.? \\d{4}|\\d{6}(?![\\d-]))`;
const BIRTH_RE = new RegExp(
  `(?<![\\p{L}])(?:født|f\\.|fødselsdato|fødselsdag|født den|f\\. d\\.)(?: ?:)?(?: den| d\\.)? (${DATE})`,
  'giu',
);

/** Dates of birth: a date after født, f., fødselsdato. The date itself is the finding. */
export function findBirthDates(text: string, out: Candidate[]): void {
  BIRTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIRTH_RE.exec(text)) !== null) {
    const date = m[1] ?? '';
    const start = m.index + m[0].length - date.length;
    out.push({ kind: 'birth_date', start, end: start + date.length, confidence: 0.9 });
  }
}
