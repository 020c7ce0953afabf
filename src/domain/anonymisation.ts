/**
 * Anonymisation gate for case files (sagsakter).
 *
 * Before a case is stored its documents are scanned for personal identifiers:
 * CPR numbers, e-mail addresses, Danish phone numbers and any identifiers the
 * caller knows about (names, addresses, ...). A finding only says WHERE the
 * identifier is (document, field, UTF-16 offsets) and what kind it is; it never
 * carries the matched text, so findings can safely be returned in an error body.
 *
 * Pure: no I/O, no logging.
 */

export type FindingKind = 'cpr' | 'email' | 'phone' | 'known_identifier';

export interface Finding {
  /** 0-based index into the scanned documents. */
  document: number;
  field: 'title' | 'text';
  kind: FindingKind;
  /** UTF-16 offset of the first code unit of the match. */
  start: number;
  /** UTF-16 offset just past the match: `value.slice(start, end)` is the match. */
  end: number;
}

export interface ScannableDocument {
  title: string;
  text: string;
}

const FIELDS = ['title', 'text'] as const;

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

/** Spaces that may separate digit groups (incl. no-break and narrow no-break space). */
const SP = '[ \\u00A0\\u202F]';
/** Hyphen-like characters accepted between the date and serial part of a CPR number. */
const DASH = '[\\-\\u2010\\u2011\\u2012\\u2013]';

/**
 * Digit-run guards: the match must not continue a longer number, neither
 * directly (`12345678` inside `1234567890`) nor via a decimal/thousands
 * separator or a dash/slash (`1.250.000`, `2012-0045`, `27.12.04`).
 */
const NOT_AFTER_NUMBER = '(?<!\\p{N})(?<!\\p{N}[.,/\\-])';
const NOT_BEFORE_NUMBER = '(?!\\p{N})(?![.,/\\-]\\p{N})';

// DDMMYY + optional separator + NNNN.
const CPR_RE = new RegExp(
  `${NOT_AFTER_NUMBER}(\\d{2})(\\d{2})\\d{2}(?:${DASH}|${SP})?\\d{4}${NOT_BEFORE_NUMBER}`,
  'gu',
);

// Practical e-mail pattern: local@label(.label)*.tld with Unicode letters allowed (æøå).
const EMAIL_RE = new RegExp(
  '(?<![\\p{L}\\p{N}._%+\\-])' +
    '[\\p{L}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{N}_%+\\-]+)*' +
    '@' +
    '(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?\\.)+' +
    '\\p{L}{2,}' +
    '(?![\\p{L}\\p{N}\\-])',
  'gu',
);

// Optional country prefix (+45, +45 , 0045 , (+45) ) and 8 digits, first digit 2-9 (the
// Danish numbering plan), written 12345678, 1234 5678, 1234 56 78, 12 34 56 78, or in pairs
// joined by one and the same dash or dot (12-34-56-78, 12.34.56.78). Not 1234-5678: that is
// how year ranges are written (2019-2020). Group 1 is the number part.
const PHONE_RE = new RegExp(
  `${NOT_AFTER_NUMBER}(?<!\\+)` +
    `(?:(?:\\+45|0045|\\(\\+45\\))${SP}?)?` +
    '(' +
    [
      '[2-9]\\d{7}',
      `[2-9]\\d{3}${SP}\\d{4}`,
      `[2-9]\\d{3}${SP}\\d{2}${SP}\\d{2}`,
      `[2-9]\\d${SP}\\d{2}${SP}\\d{2}${SP}\\d{2}`,
      '[2-9]\\d([.\\-])\\d{2}\\2\\d{2}\\2\\d{2}',
    ].join('|') +
    ')' +
    NOT_BEFORE_NUMBER,
  'gu',
);

const SPACE_CHAR = /[ \u00A0\u202F]/u;
const DIGIT_CHAR = /\p{N}/u;
/** Amounts written without thousands separators, e.g. `25000000 kr.` or `DKK 35000000`. */
const CURRENCY_AFTER = /^[ \u00A0\u202F]?(?:kr\b|kr\.|dkk\b|eur\b|,-|%)/iu;
const CURRENCY_BEFORE = /(?:\bkr\.?|\bdkk|\beur)[ \u00A0\u202F]?$/iu;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function plausibleDate(day: number, month: number): boolean {
  if (month < 1 || month > 12) return false;
  const max = DAYS_IN_MONTH[month - 1] ?? 31;
  return day >= 1 && day <= max;
}

/**
 * Runs a global regex over `value`, keeping matches accepted by `accept`.
 * A rejected match restarts the search one code unit later, so a rejected
 * candidate never hides an overlapping valid one.
 */
function collect(
  re: RegExp,
  value: string,
  kind: FindingKind,
  out: Span[],
  accept: (m: RegExpExecArray) => boolean = () => true,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      re.lastIndex = start + 1;
      continue;
    }
    if (accept(m)) {
      out.push({ kind, start, end });
    } else {
      re.lastIndex = start + 1;
    }
  }
}

function acceptCpr(m: RegExpExecArray): boolean {
  return plausibleDate(Number(m[1]), Number(m[2]));
}

function acceptPhone(value: string) {
  return (m: RegExpExecArray): boolean => {
    const start = m.index;
    const end = start + m[0].length;
    const number = m[1] ?? '';
    const hasPrefix = number.length !== m[0].length;
    if (!hasPrefix) {
      // An amount without separators next to a currency unit is not a phone number.
      if (CURRENCY_AFTER.test(value.slice(end, end + 5))) return false;
      if (CURRENCY_BEFORE.test(value.slice(Math.max(0, start - 5), start))) return false;
    }
    if (SPACE_CHAR.test(number)) {
      // Grouped form: must not be part of a longer run of space-separated digit
      // groups (`1234 5678 9012`, `2017 2018 2019`, `12 34 56 78 90`).
      const before = value.slice(Math.max(0, start - 2), start);
      const after = value.slice(end, end + 2);
      if (before.length === 2 && DIGIT_CHAR.test(before[0] ?? '') && SPACE_CHAR.test(before[1] ?? '')) {
        return false;
      }
      if (after.length === 2 && SPACE_CHAR.test(after[0] ?? '') && DIGIT_CHAR.test(after[1] ?? '')) {
        return false;
      }
    }
    return true;
  };
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;

function escapeRegex(s: string): string {
  return s.replace(REGEX_SYNTAX, '\\$&');
}

/**
 * Builds a case-insensitive, Unicode-aware matcher for one known identifier.
 * - inner whitespace runs match any whitespace run (line breaks, no-break spaces);
 * - letters with a canonical decomposition (å, é, ...) match both the composed
 *   and the decomposed form, so NFD text is caught too;
 * - the identifier must stand as a whole word (Ærø does not match Ærøskøbing),
 *   but a Danish genitive `s` / `'s` may follow it (Hansen matches Hansens);
 * - the match runs over the original text, so offsets never shift (no lower-casing
 *   of the whole string).
 */
function identifierRegex(identifier: string): RegExp | null {
  const words = identifier
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const body = words
    .map((word) =>
      Array.from(word)
        .map((ch) => {
          const decomposed = ch.normalize('NFD');
          return decomposed === ch ? escapeRegex(ch) : `(?:${escapeRegex(ch)}|${escapeRegex(decomposed)})`;
        })
        .join(''),
    )
    .join('\\s+');
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const lastWord = words[words.length - 1] ?? '';
  const last = Array.from(lastWord).at(-1) ?? '';
  let lead = '';
  if (/\p{N}/u.test(first)) lead = '(?<!\\p{N})';
  else if (/\p{L}/u.test(first)) lead = '(?<![\\p{L}\\p{N}\\p{M}])';
  let trail = '';
  if (/\p{N}/u.test(last)) trail = '(?!\\p{N})';
  else if (/[\p{L}\p{M}]/u.test(last)) trail = "(?=(?:['\\u2019]?s)?(?![\\p{L}\\p{N}\\p{M}]))";
  return new RegExp(`${lead}${body}${trail}`, 'giu');
}

function identifierMatchers(knownIdentifiers: readonly string[] | undefined): RegExp[] {
  if (!knownIdentifiers) return [];
  const seen = new Set<string>();
  const out: RegExp[] = [];
  for (const raw of knownIdentifiers) {
    if (typeof raw !== 'string') continue;
    const key = raw.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('da');
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const re = identifierRegex(raw);
    if (re) out.push(re);
  }
  return out;
}

function scanField(value: string, identifiers: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  if (value.length === 0) return spans;
  collect(CPR_RE, value, 'cpr', spans, acceptCpr);
  collect(EMAIL_RE, value, 'email', spans);
  collect(PHONE_RE, value, 'phone', spans, acceptPhone(value));
  for (const re of identifiers) collect(re, value, 'known_identifier', spans);
  return spans;
}

const KIND_ORDER: Record<FindingKind, number> = { cpr: 0, email: 1, phone: 2, known_identifier: 3 };

/** One field's findings by start offset; the same kind and range once. */
function scanFieldInOrder(value: string, identifiers: readonly RegExp[]): Span[] {
  const seen = new Set<string>();
  return scanField(value, identifiers)
    .filter(({ kind, start, end }) => {
      const key = `${kind}|${start}|${end}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * Scans every document's title and text for personal identifiers.
 * Findings are sorted by document, field (title first) and start offset; the same
 * kind/range is reported once, overlapping findings of different kinds may both appear.
 */
export function scanDocuments(
  documents: readonly ScannableDocument[],
  knownIdentifiers?: readonly string[],
): Finding[] {
  const identifiers = identifierMatchers(knownIdentifiers);
  return documents.flatMap((doc, document) =>
    FIELDS.flatMap((field) => {
      const value = doc[field];
      if (typeof value !== 'string') return [];
      return scanFieldInOrder(value, identifiers).map(({ kind, start, end }) => ({
        document,
        field,
        kind,
        start,
        end,
      }));
    }),
  );
}

/** A finding in one of a case's own fields (code, area, summary, selection texts). */
export interface FieldFinding {
  document: null;
  field: string;
  kind: FindingKind;
  start: number;
  end: number;
}

/** Scans named free-text fields the same way as documents; absent fields are skipped. */
export function scanFields(
  fields: Readonly<Record<string, string | null | undefined>>,
  knownIdentifiers?: readonly string[],
): FieldFinding[] {
  const identifiers = identifierMatchers(knownIdentifiers);
  return Object.entries(fields).flatMap(([field, value]) =>
    value
      ? scanFieldInOrder(value, identifiers).map(({ kind, start, end }) => ({
          document: null,
          field,
          kind,
          start,
          end,
        }))
      : [],
  );
}
