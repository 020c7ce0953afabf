/**
 * Text made safe for pdfkit and the embedded fonts. Pure: the font coverage comes in as a
 * function, so this module needs neither pdfkit nor the font files.
 *
 * One pass, linear in the length of the text:
 * - control characters are removed (C0 except line feed, DEL, C1); tab becomes a space and
 *   CR / CR LF a line feed; invisible format characters (zero-width and bidi controls, soft
 *   hyphen, BOM) are removed;
 * - a character the fonts cannot draw (emoji, lone surrogates, unassigned code points) becomes
 *   one U+FFFD, and so does a whole cluster of them (emoji with joiners, variation selectors
 *   and skin-tone modifiers counts once);
 * - a word longer than {@link LONG_WORD} characters gets a zero-width space every
 *   {@link LONG_WORD} characters: pdfkit's line breaker re-measures the rest of a word that is
 *   wider than the line after every line it fills (quadratic; a 10,000-character word runs the
 *   process out of memory), and with break opportunities each piece is measured once;
 * - a right-to-left word followed by a space and left-to-right text keeps that space: pdfkit
 *   lays out each word with its trailing space as one run, and a right-to-left run is mirrored
 *   with its space, which so moves to the word's left; a second space restores the gap on the
 *   right.
 */

/** Longer words get break opportunities; no Danish word comes near it, URLs and hashes may. */
export const LONG_WORD = 60;

export const REPLACEMENT = '\uFFFD';
const ZERO_WIDTH_SPACE = '\u200B';

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Removed outright: invisible format characters that only confuse layout and extraction. */
function isInvisibleFormat(cp: number): boolean {
  return (
    cp === 0x00ad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff
  );
}

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

/** Parts of an emoji cluster after its first code point: joiners, selectors, modifiers, tags. */
function isClusterPart(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3
  );
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x0a || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x3000;
}

/**
 * Returns `text` as the PDF should draw it (see the module comment). `hasGlyph` tells whether
 * every font the text may be drawn in has a glyph for a code point; lone surrogates never do.
 */
export function pdfSafeText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  const out: string[] = [];
  let wordLength = 0;
  let inReplacedCluster = false;
  let previous = '';
  /** out.length right after a space that followed a right-to-left word, else -1. */
  let pendingRtlSpace = -1;
  /** The previous code point was a joiner inside a replaced cluster: this one belongs to it. */
  let joined = false;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(cp);
    i += char.length;
    const afterJoiner = joined;
    joined = false;
    if (cp === 0x0d) {
      if (text.charCodeAt(i) === 0x0a) i += 1;
      emit('\n');
      continue;
    }
    if (cp === 0x09) {
      emit(' ');
      continue;
    }
    if (cp !== 0x0a && isControl(cp)) continue;
    if (inReplacedCluster && (isClusterPart(cp) || afterJoiner)) {
      joined = cp === 0x200d;
      continue;
    }
    if (cp !== 0x200d && isInvisibleFormat(cp)) continue;
    if (isClusterPart(cp)) continue; // a stray joiner or selector draws nothing useful
    const isLoneSurrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp !== 0x0a && (isLoneSurrogate || !hasGlyph(cp))) {
      inReplacedCluster = true;
      emit(REPLACEMENT);
      continue;
    }
    inReplacedCluster = false;
    emit(char);
  }
  return out.join('');

  function emit(char: string): void {
    const cp = char.codePointAt(0) ?? 0;
    if (char !== REPLACEMENT) inReplacedCluster = false;
    if (isSpace(cp)) {
      wordLength = 0;
      // A space after a right-to-left word is doubled when left-to-right text follows: see above.
      if (cp === 0x20 && RTL.test(previous)) {
        out.push(' ');
        previous = ' ';
        pendingRtlSpace = out.length;
        return;
      }
      out.push(char);
      previous = char;
      return;
    }
    if (pendingRtlSpace === out.length && !RTL.test(char)) out.push(' ');
    pendingRtlSpace = -1;
    if (wordLength === LONG_WORD) {
      out.push(ZERO_WIDTH_SPACE);
      wordLength = 0;
    }
    out.push(char);
    wordLength += 1;
    previous = char;
  }
}

/**
 * Applies {@link pdfSafeText} to every string in a plain data structure (objects, arrays),
 * returning a copy; numbers, booleans and null pass through. For render models.
 */
export function pdfSafeModel<T>(value: T, hasGlyph: (codePoint: number) => boolean): T {
  if (typeof value === 'string') return pdfSafeText(value, hasGlyph) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => pdfSafeModel(v, hasGlyph)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pdfSafeModel(v, hasGlyph)])) as T;
  }
  return value;
}
