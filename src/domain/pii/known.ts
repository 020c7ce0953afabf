/**
 * Identifiers the caller knows (names, addresses, places), matched case-insensitively as whole
 * words over normalised text, across any separator, with a genitive s, and for a name of two or
 * three words also as "Hans-Hansen", "H. Hansen", "H.Hansen" and "Hansen, Hans".
 *
 * Linear however many identifiers there are: the text's words are looked up by their first
 * word in a map, and only the identifiers starting with that word are tried, anchored there.
 */
import type { Candidate } from './types.js';
import { normalise } from './normalise.js';

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;
const escape = (s: string) => s.replace(REGEX_SYNTAX, '\\$&');
const SEP = '[\\s-]+';
const LETTERS = /^\p{L}[\p{L}'’]*$/u;
const WORD = /[\p{L}\p{N}]+/gu;
const TAIL = "(?=(?:['’]?s)?(?![\\p{L}\\p{N}\\p{M}]))";

export interface KnownMatcher {
  byFirstWord: Map<string, RegExp[]>;
  /** Identifiers that start with neither a letter nor a digit ("+45 ..."), searched globally. */
  other: RegExp[];
}

/** Each variant with the key of its first word (lower case). */
function variants(words: string[]): { key: string; source: string }[] {
  const keyOf = (w: string) => (/^[\p{L}\p{N}]+/u.exec(w)?.[0] ?? '').toLowerCase();
  const out = [{ key: keyOf(words[0] as string), source: words.map(escape).join(SEP) }];
  if (words.length >= 2 && words.length <= 3 && words.every((w) => LETTERS.test(w))) {
    const last = words[words.length - 1] as string;
    const initials = words.slice(0, -1).map((w) => `${escape(w.slice(0, 1))}\\.?\\s?`);
    out.push({ key: keyOf(words[0]!.slice(0, 1)), source: `${initials.join('')}${escape(last)}` });
    out.push({ key: keyOf(last), source: `${escape(last)},?\\s${words.slice(0, -1).map(escape).join(SEP)}` });
  }
  return out;
}

export function knownIdentifierMatcher(identifiers: readonly string[] | undefined): KnownMatcher | null {
  if (!identifiers) return null;
  const seen = new Set<string>();
  const byFirstWord = new Map<string, RegExp[]>();
  const other: RegExp[] = [];
  for (const raw of identifiers) {
    if (typeof raw !== 'string') continue;
    const words = normalise(raw)
      .text.split(/\s+/u)
      .filter((w) => w.length > 0);
    const id = words.join(' ').toLowerCase();
    if (id.length === 0 || seen.has(id)) continue;
    seen.add(id);
    for (const { key, source } of variants(words)) {
      if (key === '') {
        other.push(new RegExp(`(?<![\\p{L}\\p{N}])${source}${TAIL}`, 'giu'));
        continue;
      }
      const list = byFirstWord.get(key) ?? [];
      list.push(new RegExp(`${source}${TAIL}`, 'iuy'));
      byFirstWord.set(key, list);
    }
  }
  return byFirstWord.size + other.length === 0 ? null : { byFirstWord, other };
}

export function findKnown(text: string, matcher: KnownMatcher | null, out: Candidate[]): void {
  if (!matcher) return;
  const push = (start: number, end: number) => out.push({ kind: 'known_identifier', start, end, confidence: 1 });
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(text)) !== null) {
    const word = w[0].toLowerCase();
    const list =
      matcher.byFirstWord.get(word) ?? (word.endsWith('s') ? matcher.byFirstWord.get(word.slice(0, -1)) : undefined);
    if (!list) continue;
    let longest = 0;
    for (const re of list) {
      re.lastIndex = w.index;
      const m = re.exec(text);
      if (m && m[0].length > longest) longest = m[0].length;
    }
    if (longest > 0) {
      push(w.index, w.index + longest);
      WORD.lastIndex = w.index + longest;
    }
  }
  for (const re of matcher.other) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      else push(m.index, m.index + m[0].length);
    }
  }
}
