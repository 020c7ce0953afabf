/**
 * Normalisation before matching. Recognisers run over a normalised copy of the text in which
 * - every character is in NFKC (full-width digits and ＠ become ASCII, ligatures are split,
 *   a letter followed by combining marks becomes one composed letter);
 * - invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi
 *   controls) are gone;
 * - every run of whitespace is one space, or one line break if it held a line break;
 * - every dash or minus sign (‐ ‑ ‒ – — ― − ﹣ －) is an ASCII hyphen.
 * Each normalised code unit remembers the original range it came from, so findings are
 * reported in offsets of the text the client sent. Linear in the length of the text.
 */

export interface NormalisedText {
  text: string;
  /** Original offset of the segment each normalised code unit came from (null: the same offset). */
  origStart: Uint32Array | null;
  /** Original offset just past that segment (null: the next offset). */
  origEnd: Uint32Array | null;
}

const MARK = /^\p{M}$/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
/** A run of combining marks longer than this is not composed (bounds the work per character). */
const MAX_MARKS = 32;

/** Maps a range [start, end) of normalised offsets to the original text's offsets. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (!norm.origStart || !norm.origEnd) return { start, end };
  return { start: norm.origStart[start] ?? 0, end: norm.origEnd[Math.max(start, end - 1)] ?? 0 };
}

/**
 * Text that normalisation would leave as it is: printable ASCII, §, Latin-1 letters and single
 * spaces between words. Most short texts (a justification) are, and skip the copy.
 */
const NEEDS_WORK = /[^\x21-\x7E\u00A7\u00C0-\u00FF ]| {2}|^ | $/u;

function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff
  );
}

/** 0: not whitespace, 1: space-like, 2: line break. */
function whitespace(c: number): 0 | 1 | 2 {
  if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000) return 1;
  if (c >= 0x2000 && c <= 0x200a) return 1;
  if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) return 2;
  return 0;
}

/** Characters NFKC leaves alone and that are no dash: ASCII and Latin-1 letters (æ ø å é ü ...). */
const stable = (c: number) => (c > 0x20 && c < 0x7f) || (c >= 0xc0 && c <= 0xff);

class Builder {
  origStart: Uint32Array;
  origEnd: Uint32Array;
  length = 0;
  private readonly chunks: string[] = [];

  constructor(capacity: number) {
    this.origStart = new Uint32Array(capacity);
    this.origEnd = new Uint32Array(capacity);
  }

  /** Appends value[from, to) unchanged, one code unit per original code unit. */
  copy(value: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    for (let k = from; k < to; k++) {
      this.origStart[this.length] = k;
      this.origEnd[this.length] = k + 1;
      this.length++;
    }
    this.chunks.push(value.slice(from, to));
  }

  /** Appends a replacement for value[from, to). */
  push(s: string, from: number, to: number): void {
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      this.origStart[this.length] = from;
      this.origEnd[this.length] = to;
      this.length++;
    }
    this.chunks.push(s);
  }

  extendLast(to: number): void {
    if (this.length > 0) this.origEnd[this.length - 1] = to;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.origStart.length) return;
    const size = Math.max(this.length + n, this.origStart.length * 2);
    const start = new Uint32Array(size);
    const end = new Uint32Array(size);
    start.set(this.origStart);
    end.set(this.origEnd);
    this.origStart = start;
    this.origEnd = end;
  }

  finish(): NormalisedText {
    return {
      text: this.chunks.join(''),
      origStart: this.origStart.subarray(0, this.length),
      origEnd: this.origEnd.subarray(0, this.length),
    };
  }
}

export function normalise(value: string): NormalisedText {
  if (!NEEDS_WORK.test(value)) return { text: value, origStart: null, origEnd: null };
  const out = new Builder(value.length + 16);
  let run = 0; // start of the pending run of stable characters
  let space: 0 | 1 | 2 = 2; // kind of the whitespace run being collected (2 at the start: no leading space)
  let spaceFrom = -1;
  let i = 0;
  const flushSpace = () => {
    if (spaceFrom < 0) return;
    if (out.length === 0) out.extendLast(i);
    else out.push(space === 2 ? '\n' : ' ', spaceFrom, i);
    spaceFrom = -1;
  };
  while (i < value.length) {
    const c = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    // A single space between two non-space characters stays as it is (the common case).
    const single =
      c === 0x20 &&
      spaceFrom < 0 &&
      i > 0 &&
      i + 1 < value.length &&
      whitespace(next) === 0 &&
      whitespace(value.charCodeAt(i - 1)) === 0 &&
      !isInvisible(value.charCodeAt(i - 1));
    if ((stable(c) && !(next >= 0x300)) || (single && out.length + (i - run) > 0)) {
      if (spaceFrom >= 0) {
        flushSpace();
        run = i;
      }
      i++;
      continue;
    }
    out.copy(value, run, spaceFrom >= 0 ? run : i);
    const ws = whitespace(c);
    if (ws > 0 || isInvisible(c)) {
      if (ws > 0) {
        if (spaceFrom < 0) {
          spaceFrom = i;
          space = ws;
        } else if (ws === 2) space = 2;
      }
      i++;
      run = i;
      continue;
    }
    flushSpace();
    let j = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    for (let marks = 0; j < value.length && marks < MAX_MARKS && value.charCodeAt(j) >= 0x300; marks++) {
      const mark = String.fromCodePoint(value.codePointAt(j) ?? 0);
      if (!MARK.test(mark)) break;
      j += mark.length;
    }
    let seg = value.slice(i, j).normalize('NFKC').replace(DASHES, '-');
    if (/\s/u.test(seg)) seg = seg.replace(/\s+/gu, ' ');
    if (seg.length > 0) out.push(seg, i, j);
    i = j;
    run = i;
  }
  if (spaceFrom >= 0) out.extendLast(value.length);
  else out.copy(value, run, value.length);
  return out.finish();
}
