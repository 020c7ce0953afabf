/**
 * One field's scan: normalise, run the recognisers, drop what is below the confidence
 * threshold or allowed by the leader, resolve overlaps, map back to original offsets.
 */
import { normalise, toOriginal } from './normalise.js';
import { findBirthDates, findNumbers } from './numbers.js';
import { findAddresses, findEmails } from './text-recognisers.js';
import { findNames } from './names.js';
import { findKnown, knownIdentifierMatcher, type KnownMatcher } from './known.js';
import { CERTAIN_KINDS, MIN_CONFIDENCE, type Candidate, type FindingKind } from './types.js';

export interface ScanOptions {
  /** Identifiers the caller knows; always refused (certain). */
  knownIdentifiers?: readonly string[];
  /** Terms the leader confirmed as not personal; hide probable findings inside them. */
  allowTerms?: readonly string[];
  /** Only the certain kinds (free texts outside case files). */
  certainOnly?: boolean;
}

export interface PreparedScan {
  known: KnownMatcher | null;
  allow: string[];
  certainOnly: boolean;
}

/** A resolved finding in the original text's UTF-16 offsets. */
export interface Span extends Candidate {
  certain: boolean;
}

export function prepareScan(options: ScanOptions = {}): PreparedScan {
  return {
    known: knownIdentifierMatcher(options.knownIdentifiers),
    allow: (options.allowTerms ?? [])
      .map((t) => normalise(String(t)).text.trim().toLowerCase())
      .filter((t) => t.length > 0),
    certainOnly: options.certainOnly === true,
  };
}

/** Certain kinds first, then longer spans, then known identifiers, then higher confidence. */
function outranks(a: Candidate, b: Candidate): boolean {
  const ca = CERTAIN_KINDS.has(a.kind) ? 1 : 0;
  const cb = CERTAIN_KINDS.has(b.kind) ? 1 : 0;
  if (ca !== cb) return ca > cb;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  if ((a.kind === 'known_identifier') !== (b.kind === 'known_identifier')) return a.kind === 'known_identifier';
  return a.confidence > b.confidence;
}

/** Non-overlapping spans in text order; of two overlapping ones the higher-ranked stays. */
function resolve(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (outranks(c, last)) kept[kept.length - 1] = c;
  }
  // A replaced span may now overlap the one before it: one more pass keeps the order strict.
  const out: Candidate[] = [];
  for (const c of kept) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) out.push(c);
    else if (outranks(c, last)) out[out.length - 1] = c;
  }
  return out;
}

/** Merged, sorted ranges [start, end) of the normalised text covered by an allowed term. */
function allowedRanges(lowerText: string, allow: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of allow) {
    let at = lowerText.indexOf(term);
    while (at !== -1) {
      ranges.push([at, at + term.length]);
      at = lowerText.indexOf(term, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

function insideAllowed(ranges: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid] as [number, number];
    if (start < s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return end <= e;
  }
  return false;
}

/** No digit, no @ and no c/o: nothing certain can be in it (the cheap path for short texts). */
const MAY_HOLD_CERTAIN = /[\p{N}@\uFF20\uFE6B]|c\s*\/\s*o/iu;

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function scanValue(value: string, prepared: PreparedScan): Span[] {
  if (value.length === 0) return [];
  if (prepared.certainOnly && !prepared.known && !MAY_HOLD_CERTAIN.test(value)) return [];
  const norm = normalise(value);
  const text = norm.text;
  const lower = text.toLowerCase();
  const candidates: Candidate[] = [];
  // Lower-casing keeps offsets for Danish text; if it ever did not, context words use the text.
  const ctx = lower.length === text.length ? lower : text;
  const digits = countDigits(text);
  if (digits >= 8) findNumbers(text, ctx, candidates); // a phone has 8 digits, a CPR number 10
  if (digits >= 4) findBirthDates(text, candidates);
  findEmails(text, candidates);
  findAddresses(text, candidates);
  findKnown(text, prepared.known, candidates);
  if (!prepared.certainOnly) findNames(text, candidates);
  const allowed = prepared.certainOnly ? [] : allowedRanges(ctx, prepared.allow);
  // Filtered and mapped in place: a field can hold hundreds of thousands of findings.
  let n = 0;
  for (const c of candidates) {
    if (c.confidence < MIN_CONFIDENCE) continue;
    if (!CERTAIN_KINDS.has(c.kind) && insideAllowed(allowed, c.start, c.end)) continue;
    candidates[n++] = c;
  }
  candidates.length = n;
  const spans = resolve(candidates) as Span[];
  for (const s of spans) {
    const { start, end } = toOriginal(norm, s.start, s.end);
    s.start = start;
    s.end = end;
    s.certain = CERTAIN_KINDS.has(s.kind);
  }
  return spans;
}

export const PLACEHOLDERS: Record<Exclude<FindingKind, 'person_name'>, string> = {
  cpr: '[CPR-nr.]',
  email: '[E-mail]',
  phone: '[Telefon]',
  address: '[Adresse]',
  birth_date: '[Fødselsdato]',
  known_identifier: '[Identifikator]',
};
