/**
 * Person names (probable): Danish first names and surnames from fixtures/danish-names.json,
 * surname endings (-sen, -søn, -gaard, ...), capitalisation, initials ("H. Hansen"),
 * honorifics and role words ("moderen", "sagsbehandler", "hr.") before a capitalised word,
 * and the "Hansen, Hans" order. Works on word tokens of normalised text: linear.
 */
import lists from '../../../fixtures/danish-names.json' with { type: 'json' };
import type { Candidate } from './types.js';

const lower = (s: string) => s.toLowerCase();
const FIRST = new Set(lists.firstNames.map(lower));
const SURNAMES = new Set(lists.surnames.map(lower));
/** Surname endings that are hardly ever anything else when capitalised mid-sentence. */
const SURNAME_ENDING = /(?:gaard|gård)$/u;

/**
 * A patronymic: a first name + en/sen/søn (Hans → Hansen, Kjeld → Kjeldsen, Niels → Nielsen,
 * Ebbe → Ebbesen). Nouns in their definite form (Ankestyrelsen, Krisen) are not.
 */
function patronymic(word: string): boolean {
  const m = /^(.+?)(s?en|søn)$/u.exec(word);
  if (!m) return false;
  const stem = m[1] ?? '';
  return FIRST.has(stem) || FIRST.has(stem + 's') || (stem.endsWith('s') && FIRST.has(stem.slice(0, -1)));
}

/** First names that are also ordinary words, at a sentence's start ("Hans mor", "Per 1. maj"). */
const AMBIGUOUS_FIRST = new Set(
  'hans per bo max tage storm liv maj august lis else mark rose frank sten steen tor ask bjørn sol lise line finn vagn bent alma signe tue kaj dan leo kim ellen eva ulla nina nora lykke sif saga gry iben noor aya nur mira ida stella rita vera ruth ester esther emil otto adam ali said amir olga'.split(
    ' ',
  ),
);

/** Role words and honorifics: a capitalised word right after one of them is a name. */
const ROLE_WORDS = new Set(
  `borger borgeren borgerens moder moderen moderens mor faderen fader far farens faderens forælder forælderen
  plejemor plejefar plejemoderen plejefaderen stedmor stedfar søster søsteren bror broderen broren datter datteren
  søn sønnen barnet drengen pigen bedstemor bedstefar mormor morfar farmor farfar moster faster morbror farbror
  onkel tante kusine fætter nabo naboen ven vennen veninde veninden kæreste kæresten samlever ægtefælle ægtefællen
  hustru hustruen kone konen manden sagsbehandler sagsbehandleren sagsbehandlerens kontaktperson kontaktpersonen
  støttekontaktperson bostøtte bostøtten mentor mentoren familiebehandler familiebehandleren værge værgen
  partsrepræsentant bisidder bisidderen advokat advokaten psykolog psykologen læge lægen pædagog pædagogen lærer
  læreren klasselærer klasselæreren koordinator koordinatoren sundhedsplejerske sundhedsplejersken afdelingsleder
  teamleder leder lederen hr hr. fru frk dr dr. cand.psych. ved. anmelder anmelderen medarbejder medarbejderen
  socialrådgiver socialrådgiveren`
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/\.$/u, '')),
);

/** Words that start an institution or place, not a person ("Hans Knudsens Institut"). */
const INSTITUTION_AFTER = new Set(
  'kommune kommunes region regionen hospital hospitals sygehus skole skolen center centret centeret amt universitet fond fonden gymnasium børnehave vuggestue bosted plejecenter plejehjem friskole efterskole kirke sogn station institut instituttet klinik klinikken plads vej gade allé alle boulevard park bro'.split(
    ' ',
  ),
);

/** Capitalised words that are never a name even after a role word. */
const NOT_NAMES = new Set(
  'jeg du han hun den det de vi i der som og men at en et til fra med om på af for efter under over ved hvis når da så ikke kommune kommunen danmark dansk danske the of ankestyrelsen socialstyrelsen region'.split(
    ' ',
  ),
);

interface Token {
  word: string;
  low: string;
  start: number;
  end: number;
  /** First letter upper-case, not an all-caps acronym of 2–5 letters that is no name. */
  cap: boolean;
  sentenceStart: boolean;
  initial: boolean;
  first: boolean;
  surname: boolean;
  /** Separator text to the next token. */
  gap: string;
  /** Right after a role word or honorific ("moderen", "sagsbehandler", "hr."). */
  afterRole: boolean;
}

function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = word[0] as string;
  return ch !== ch.toLowerCase();
}

/** After . ! ? : ; a bullet, a dash, a parenthesis, a number, a line break or at the start. */
function atSentenceStart(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k < 0) return true;
  const ch = text[k] as string;
  return '.!?:;•*-–("“\n'.includes(ch) || (ch >= '0' && ch <= '9');
}

interface WordClass {
  low: string;
  cap: boolean;
  first: boolean;
  surname: boolean;
}

function classifyWord(word: string): WordClass {
  const low = word.toLowerCase();
  const upper = isUpper(word);
  const allCaps = word.length > 1 && word === word.toUpperCase();
  const parts = low.split('-');
  const first = parts.every((p) => FIRST.has(p));
  const surname = parts.every((p) => {
    const base = p.replace(/['’]?s$/u, '');
    return (
      SURNAMES.has(p) ||
      SURNAMES.has(base) ||
      patronymic(base) ||
      (base.length >= 6 && SURNAME_ENDING.test(base)) ||
      FIRST.has(p)
    );
  });
  return {
    low,
    cap: upper && (!allCaps || first || SURNAMES.has(low)),
    first: upper && first,
    surname: upper && surname && !(first && parts.length === 1 && !SURNAMES.has(low)),
  };
}

/** Words repeat: each distinct word is classified once per scan (bounded, so memory stays flat). */
const CACHE_LIMIT = 20_000;

function classify(text: string, word: string, start: number, cache: Map<string, WordClass>): Token {
  let c = cache.get(word);
  if (!c) {
    c = classifyWord(word);
    if (cache.size < CACHE_LIMIT) cache.set(word, c);
  }
  const end = start + word.length;
  const isInitial = word.length === 1 && c.cap && text[end] === '.';
  return {
    word,
    low: c.low,
    start,
    end: isInitial ? end + 1 : end,
    cap: c.cap,
    sentenceStart: atSentenceStart(text, start),
    initial: isInitial,
    first: c.first,
    surname: c.surname,
    gap: '',
    afterRole: false,
  };
}

/** The word right before `start` (one space, optionally after a dot: "hr. "), lower-cased, or ''. */
function previousWord(text: string, start: number): { word: string; from: number } {
  let k = start - 1;
  if (text[k] !== ' ') return { word: '', from: start };
  k--;
  if (text[k] === '.') k--;
  const end = k + 1;
  while (k >= 0 && end - k <= 32 && isLetter(text.charCodeAt(k))) k--;
  return { word: text.slice(k + 1, end).toLowerCase(), from: k + 1 };
}

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

const CAP_WORD_RE = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const LETTER = /[\p{L}\p{M}'’-]/u;

/** Capitalised words, each marked when a role word stands right before it. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const cache = new Map<string, WordClass>();
  CAP_WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_WORD_RE.exec(text)) !== null) {
    if (m.index > 0 && LETTER.test(text[m.index - 1] as string)) continue; // a capital inside a word
    const t = classify(text, m[0], m.index, cache);
    const prev = tokens[tokens.length - 1];
    if (prev) prev.gap = text.slice(prev.end, Math.min(t.start, prev.end + 4));
    const before = previousWord(text, t.start);
    t.afterRole = ROLE_WORDS.has(before.word) && (!prev || prev.end <= before.from);
    tokens.push(t);
  }
  return tokens;
}

const joins = (gap: string) => gap === ' ' || gap === '';

/** Extends a name from token i over following name parts; returns the index after the name. */
function extend(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length) {
    const prev = tokens[j - 1] as Token;
    const t = tokens[j] as Token;
    if (!joins(prev.gap) || !t.cap || NOT_NAMES.has(t.low) || INSTITUTION_AFTER.has(t.low) || ROLE_WORDS.has(t.low))
      break;
    if (!(t.first || t.surname || t.initial || (!t.sentenceStart && /^\p{Lu}\p{Ll}/u.test(t.word)))) break;
    j++;
  }
  return j;
}

export function findNames(text: string, out: Candidate[]): void {
  const tokens = tokenize(text);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const afterRole = t.afterRole;
    let confidence = 0;
    let j = i + 1;
    if (t.initial) {
      j = extend(tokens, i);
      const last = tokens[j - 1] as Token;
      if (j > i + 1 && (last.surname || last.first || afterRole)) confidence = 0.85;
    } else if (t.first) {
      j = extend(tokens, i);
      if (j > i + 1) confidence = 0.9;
      else if (afterRole || !t.sentenceStart || !AMBIGUOUS_FIRST.has(t.low)) confidence = afterRole ? 0.85 : 0.7;
    } else if (t.surname && t.cap) {
      j = extend(tokens, i);
      // "Hansen, Hans": surname, comma, first name.
      const next = tokens[j];
      if (j === i + 1 && next?.first && tokens[i]!.gap === ', ') j = extend(tokens, j);
      if (j > i + 1 || afterRole) confidence = 0.85;
      else if (SURNAMES.has(t.low) || patronymic(t.low)) confidence = t.sentenceStart ? 0.45 : 0.65;
    } else if (t.cap && afterRole && !NOT_NAMES.has(t.low) && !t.sentenceStart && /^\p{Lu}\p{Ll}/u.test(t.word)) {
      j = extend(tokens, i);
      confidence = 0.7;
    }
    const after = tokens[j];
    if (confidence > 0 && after && INSTITUTION_AFTER.has(after.low) && joins(tokens[j - 1]!.gap)) confidence = 0;
    if (confidence > 0) {
      const span = tokens.slice(i, j);
      out.push({ kind: 'person_name', start: t.start, end: tokens[j - 1]!.end, confidence, person: personKey(span) });
      i = j;
    } else {
      i++;
    }
  }
}

/** `initial|surname|first name` ('' where unknown): the redaction numbers persons by it. */
function personKey(span: Token[]): string {
  const named = span.filter((t) => !t.initial);
  const first = named.find((t) => t.first);
  const sur = [...named].reverse().find((t) => t !== first);
  const surname = sur ? sur.low.replace(/['’]?s$/u, (x) => (SURNAMES.has(sur.low) ? x : '')) : '';
  const initial = first ? first.low.slice(0, 1) : (span.find((t) => t.initial)?.low.slice(0, 1) ?? '');
  return `${initial}|${surname}|${first?.low ?? ''}`;
}
