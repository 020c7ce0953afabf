/**
 * E-mail addresses and Danish postal addresses, over normalised text.
 */
import type { Candidate } from './types.js';

const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;
/** Longest local part / domain looked at around one @ (RFC 5321 limits: 64 and 255). */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/** Finds each @ and grows the address around it: linear, no backtracking regex. */
export function findEmails(text: string, out: Candidate[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && EMAIL_LOCAL.test(text[start - 1] as string)) start--;
    let end = at + 1;
    while (end < text.length && end - at < MAX_DOMAIN && EMAIL_DOMAIN.test(text[end] as string)) end++;
    // Trim trailing dots/dashes (end of sentence) and leading dots from the local part.
    while (end > at + 1 && /[.-]/u.test(text[end - 1] as string)) end--;
    while (start < at && text[start] === '.') start++;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[\p{L}\p{N}](?:[-\p{L}\p{N}]*[\p{L}\p{N}])?(?:\.[-\p{L}\p{N}]+)*\.\p{L}{2,}$/u.test(domain)) {
      out.push({ kind: 'email', start, end, confidence: 0.99 });
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
}

// Street words: one compound word ending in a street suffix (Vestergade, Søndre Ringvej,
// Gl. Kongevej), or capitalised words before a separate Vej/Gade/Allé/... (Jens Baggesens Vej).
const SUFFIX =
  'vej|vejen|gade|gaden|allé|alle|vænge|vænget|parken|park|plads|pladsen|stræde|strædet|torv|torvet|boulevard|boulevarden|have|haven|sti|stien|toften|toft|bakken|bakke|høj|højen|engen|eng|vang|vangen|hegn|hegnet|krog|krogen|løkke|løkken|marken|kær|kæret|skrænten|dalen|gården|passage|kaj|kajen|brinken|broen|lunden|agre|ageren|mosen|banke|banken|ringen|lyngen|bjerget|stranden|kvarter|kvarteret|stykket|tofterne|haverne|parkvej|vold|volden|diget|bygade|landevej|stationsvej';
const PREFIX_WORD =
  '(?:Gl\\.|Gammel|Ny|Nye|Store|St\\.|Lille|Ll\\.|Nørre|Nr\\.|Søndre|Sdr\\.|Østre|Ø\\.|Vestre|V\\.|Øvre|Nedre|Skt\\.|Sankt|Ved|Over|Under|Bag|Den|Det|Gamle|Lange|Korte)';
const CAP_WORD = "\\p{Lu}[\\p{L}'’]*\\.?";
const STREET =
  `(?:${PREFIX_WORD} ){0,2}(?:` +
  `\\p{Lu}[\\p{L}'’]*(?:${SUFFIX})` +
  `|(?:(?:\\p{Lu}\\.(?: ?\\p{Lu}\\.)*|${CAP_WORD}) ){1,3}(?:Vej|Gade|Allé|Alle|Plads|Stræde|Torv|Boulevard|Vænge|Have|Park|Passage|Kaj|Bakke|Sti|Vænget)` +
  `|Ved \\p{Lu}[\\p{L}]+)`;
const NUMBER = '\\d{1,4}(?: ?[A-Za-z](?![\\p{L}]))?(?: ?- ?\\d{1,4})?';
const FLOOR =
  '(?:,? (?:st\\.?|kl\\.?|\\d{1,2}\\.)(?: sal)?(?:,? (?:th|tv|mf|t\\.h|t\\.v|\\d{1,3}))?\\.?|,? (?:lejl|lejlighed|dør)\\.? ?\\d{1,4})?';
const TOWN = '\\p{Lu}[\\p{Ll}æøå]+(?:[ -](?:C|K|N|S|V|Ø|NV|SV|SØ|NØ|\\p{Lu}[\\p{Ll}]+))?';
const POSTCODE_TOWN = `(?:DK ?- ?)?[1-9]\\d{3} ${TOWN}`;
const NOT_UNIT =
  '(?! ?(?:år|måneder|mdr|uger|dage|timer|gange|kr|%|stk|personer|børn|sager|mio|mia|borgere)(?![\\p{L}]))';

const STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${STREET} ${NUMBER}(?![\\p{N}])${NOT_UNIT}${FLOOR}(?:,?\\s${POSTCODE_TOWN})?`,
  'gu',
);
const POSTCODE_RE = new RegExp(`(?<![\\p{L}\\p{N}.,§-])(?<!\\d[ -])(DK ?- ?)?([1-9]\\d{3}) ${TOWN}(?![\\p{L}])`, 'gu');
const CO_RE = /(?<![\p{L}])c\/o:? (?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}/giu;
const POSTBOX_RE = /(?<![\p{L}])(?:postboks|postbox|p\.o\. box) ?\d{1,5}/giu;

/** Words after a postcode that say it is a count or a year, not a town. */
const NOT_TOWN = /^(?:Kommune|Region|Borgere|Børn|Sager|Kr)/u;

const SUFFIXES = SUFFIX.split('|');
const HOUSE_NUMBER = / \d{1,4}(?!\d)/g;
const WORD_BEFORE = /(\p{L}+)\.?$/u;
/** How far before a house number a street name may start, and after it the address may end. */
const BEFORE = 80;
const AFTER = 120;

/** A street suffix (or "Ved X") right before a house number: where a street address can end. */
function endsStreetName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  return SUFFIXES.some((s) => word.endsWith(s)) || /(?:^|\s)ved \p{L}+$/iu.test(before);
}

/**
 * The full street pattern runs only in a window around a house number that follows a street
 * word, so a megabyte of prose without addresses costs one fast pass.
 */
function findStreets(text: string, out: Candidate[]): void {
  HOUSE_NUMBER.lastIndex = 0;
  let covered = 0;
  let hit: RegExpExecArray | null;
  while ((hit = HOUSE_NUMBER.exec(text)) !== null) {
    if (hit.index < covered || !endsStreetName(text, hit.index)) continue;
    let from = Math.max(covered, hit.index - BEFORE);
    if (from > 0 && from > covered) {
      const space = text.indexOf(' ', from);
      from = space === -1 || space > hit.index ? hit.index : space + 1;
    }
    const window = text.slice(from, Math.min(text.length, hit.index + AFTER));
    STREET_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STREET_RE.exec(window)) !== null) {
      const end = from + m.index + m[0].length;
      if (from + m.index < hit.index && end > hit.index) {
        out.push({ kind: 'address', start: from + m.index, end, confidence: 0.9 });
        covered = end;
        break;
      }
      if (from + m.index > hit.index) break;
    }
  }
}

// A street whose name has no usual suffix (Skovbrynet, Nyhavn) is still an address when a house
// number is followed by a floor and side or by a postcode and town.
const NAMED_NUMBER =
  /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’-]+ \d{1,4}(?: ?[A-Za-z])?),?\s?$/u;
const FLOOR_HIT_RE = /,? (?:st|kl|\d{1,2})\.? ?(?:sal|th|tv|mf)(?![\p{L}])\.?/gu;

/** Where a street name and house number end right before `start`, the address starts there. */
function streetBefore(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = NAMED_NUMBER.exec(before);
  return m ? start - (m[0].length - m[0].indexOf(m[1] as string)) : null;
}

export function findAddresses(text: string, out: Candidate[]): void {
  findStreets(text, out);
  let m: RegExpExecArray | null;
  // Cheap tests first: most texts have no four-digit number, floor, c/o or box at all.
  POSTCODE_RE.lastIndex = /\d{4}/.test(text) ? 0 : text.length;
  while ((m = POSTCODE_RE.exec(text)) !== null) {
    const code = m[2] ?? '';
    const town = m[0].slice(m[0].indexOf(code) + code.length + 1);
    if (NOT_TOWN.test(town)) continue;
    const yearLike = /^(?:19|20)\d\d$/u.test(code);
    const street = streetBefore(text, m.index);
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    let confidence = yearLike ? 0.3 : 0.75;
    if (m[1] || (!yearLike && before.endsWith(', '))) confidence += 0.2;
    if (street !== null) confidence = 0.9;
    out.push({ kind: 'address', start: street ?? m.index, end: m.index + m[0].length, confidence });
  }
  FLOOR_HIT_RE.lastIndex = /th|tv|mf|sal/.test(text) ? 0 : text.length;
  while ((m = FLOOR_HIT_RE.exec(text)) !== null) {
    const street = streetBefore(text, m.index + (m[0].startsWith(',') ? 1 : 0));
    if (street !== null) out.push({ kind: 'address', start: street, end: m.index + m[0].length, confidence: 0.9 });
  }
  for (const re of [CO_RE, POSTBOX_RE]) {
    re.lastIndex = /c\/o|box|boks/i.test(text) ? 0 : text.length;
    while ((m = re.exec(text)) !== null) {
      out.push({ kind: 'address', start: m.index, end: m.index + m[0].length, confidence: 0.9 });
    }
  }
}
