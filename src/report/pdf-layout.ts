import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Tagger } from './pdf-tagging.js';

/** Page geometry, fonts and colours shared by every part of the report. */
export const PAGE = {
  size: 'A4',
  margins: { top: 70, bottom: 64, left: 64, right: 64 },
} as const;

export const FONT = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Oblique' } as const;

export const COLOR = {
  text: '#222222',
  muted: '#5f6368',
  accent: '#1f4e79',
  accentLight: '#dce6f1',
  rule: '#9fb3c8',
  faint: '#f3f6f9',
  draft: '#b3261e',
  alert: '#fbe4e2',
} as const;

export const SIZE = { body: 10, small: 8.5, tiny: 7.5, h1: 19, h2: 13, h3: 10.5 } as const;
export const LINE_GAP = 2.5;

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

let fontFiles: Record<keyof typeof FONT, Buffer> | undefined;

/** Read once per process: every report embeds the same three files. */
function loadFonts(): Record<keyof typeof FONT, Buffer> {
  fontFiles ??= {
    regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
    italic: readFileSync(path.join(fontDir, 'DejaVuSans-Oblique.ttf')),
  };
  return fontFiles;
}

/** DejaVu Sans is embedded (subset) so æøå and "–"/"α"/"−" render identically everywhere. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.registerFont(FONT.italic, fonts.italic);
  // Loaded now, in a fixed order, so their object numbers never depend on which text comes
  // first (or on what `glyphCoverage` has cached): the same model gives the same bytes.
  for (const name of Object.values(FONT)) doc.font(name);
  doc.font(FONT.regular);
}

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

let coverage: Map<number, boolean> | undefined;

/**
 * Whether the regular and the bold font can both draw a code point (for `pdfSafeText`): free
 * text is drawn in one of them (titles bold). The oblique font only draws the report's own
 * fixed Danish text, and lacks scripts the others have (Arabic), so it is not asked. Needs a
 * document with the fonts registered; answers are cached for the process.
 */
export function glyphCoverage(doc: PDFKit.PDFDocument): (codePoint: number) => boolean {
  coverage ??= new Map();
  const cache = coverage;
  let fonts: GlyphFont[] | undefined;
  return (codePoint) => {
    if (codePoint < 0x250) return codePoint >= 0x20 && codePoint !== 0x7f && (codePoint < 0x80 || codePoint > 0x9f);
    const known = cache.get(codePoint);
    if (known !== undefined) return known;
    fonts ??= [FONT.regular, FONT.bold].map((name) => {
      // pdfkit exposes the fontkit font of the current font as `_font.font` (registerFonts
      // has loaded all three already, so this changes nothing in the output).
      doc.font(name);
      return (doc as unknown as { _font: { font: GlyphFont } })._font.font;
    });
    const has = fonts.every((font) => font.hasGlyphForCodePoint(codePoint));
    cache.set(codePoint, has);
    return has;
  };
}

export interface HeadingEntry {
  level: 1 | 2;
  title: string;
  /** 0-based index of the page in the document. */
  pageIndex: number;
  destination: string;
}

export interface ListItem {
  label: string;
  text: string;
}

type ListStyle = TextStyle & { gutter?: number };

const ITEM_GAP = 3;
/** Lists up to this height are never split over two pages. */
const SHORT_LIST = 160;

interface TextStyle {
  font?: string;
  size?: number;
  color?: string;
  indent?: number;
  gapAfter?: number;
  /** Points of what follows that must fit on the same page (a lead-in kept with its list). */
  keepWith?: number;
}

/**
 * Flow layout on top of pdfkit: the cursor is `doc.y`, every block is measured before it is
 * drawn so headings, list items, charts and table rows never straddle a page break.
 */
export class ReportLayout {
  readonly headings: HeadingEntry[] = [];
  /** The structure tree: chapters and sections are `Sect`s, headings H1–H3, text P, lists L. */
  readonly tags: Tagger;
  private chapterOutline: PDFKit.PDFOutline | null = null;
  /** Structure depth of the open chapter `Sect` (sections nest one deeper), or null. */
  private chapterDepth: number | null = null;
  /** A section (H2) is open in the current chapter: subheadings are H3, else H2 (no skipped level). */
  private inSection = false;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    tagged = true,
  ) {
    this.tags = new Tagger(doc, tagged);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top) this.newPage();
  }

  space(height: number): void {
    this.doc.y += height;
  }

  /**
   * Chapter heading "[n] Titel": always at the top of a new page, bookmarked, listed in the
   * contents; opens the chapter's `Sect` (closed by the next chapter or `endChapters`).
   */
  chapter(title: string): void {
    if (this.doc.y > this.top + 1) this.newPage();
    const destination = `kapitel-${this.headings.length + 1}`;
    this.recordHeading(1, title, destination);
    this.endChapters();
    this.inSection = false;
    this.chapterDepth = this.tags.depth;
    this.tags.open('Sect');
    this.doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(COLOR.accent);
    this.tags.leaf('H1', () => this.doc.text(title, this.left, this.doc.y, { width: this.width, destination }), {
      title,
    });
    this.rule(this.doc.y + 4, 1.2, COLOR.accent);
    this.doc.y += 4 + 16;
  }

  /** Closes the open chapter (and section) `Sect`s; call once after the last chapter. */
  endChapters(): void {
    if (this.chapterDepth !== null) this.tags.closeTo(this.chapterDepth);
    this.chapterDepth = null;
  }

  /** A horizontal rule across the text width: decoration, tagged as an artifact. */
  rule(y: number, lineWidth: number, color: string, from = this.left): void {
    this.tags.artifact(() =>
      this.doc
        .moveTo(from, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(lineWidth)
        .stroke(color),
    );
  }

  /** Section heading kept together with at least `keepWith` points of what follows it. */
  section(title: string, keepWith = 60): void {
    this.doc.font(FONT.bold).fontSize(SIZE.h2);
    const height = this.doc.heightOfString(title, { width: this.width });
    if (this.doc.y > this.top + 1) this.space(8);
    this.ensureSpace(height + 6 + keepWith);
    const destination = `afsnit-${this.headings.length + 1}`;
    this.recordHeading(2, title, destination);
    if (this.chapterDepth !== null) {
      this.tags.closeTo(this.chapterDepth + 1);
      this.tags.open('Sect');
    }
    this.inSection = true;
    this.doc.font(FONT.bold).fontSize(SIZE.h2).fillColor(COLOR.accent);
    this.tags.leaf('H2', () => this.doc.text(title, this.left, this.doc.y, { width: this.width, destination }), {
      title,
    });
    this.space(6);
  }

  /** Minor heading, not in the contents: tagged one level below the open chapter or section. */
  subheading(title: string, keepWith = 40): void {
    this.doc.font(FONT.bold).fontSize(SIZE.h3);
    const height = this.doc.heightOfString(title, { width: this.width });
    if (this.doc.y > this.top + 1) this.space(4);
    this.ensureSpace(height + 4 + keepWith);
    this.doc.fillColor(COLOR.text);
    const level = this.inSection ? 'H3' : 'H2';
    this.tags.leaf(level, () => this.doc.text(title, this.left, this.doc.y, { width: this.width }), { title });
    this.space(4);
  }

  /** Running text; pdfkit continues a long paragraph on the next page by itself. */
  paragraph(text: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    this.setStyle(style);
    const options = { width: this.width - indent, lineGap: LINE_GAP };
    const height = this.doc.heightOfString(text, options);
    // Keep at least two lines together at the bottom of a page, or all of it with what follows.
    const twoLines = this.doc.currentLineHeight(true) * 2 + 2;
    this.ensureSpace(
      style.keepWith === undefined ? Math.min(height, twoLines) : height + (style.gapAfter ?? 7) + style.keepWith,
    );
    this.tags.leaf('P', () => this.doc.text(text, this.left + indent, this.doc.y, options));
    this.space(style.gapAfter ?? 7);
  }

  /** Height `paragraph(text, style)` takes, with its gap after. */
  measureParagraph(text: string, style: TextStyle = {}): number {
    this.setStyle(style);
    const height = this.doc.heightOfString(text, { width: this.width - (style.indent ?? 0), lineGap: LINE_GAP });
    return height + (style.gapAfter ?? 7);
  }

  paragraphs(texts: readonly string[], style: TextStyle = {}): void {
    for (const text of texts) this.paragraph(text, style);
  }

  /**
   * Numbered or bulleted list with a hanging indent; each item is kept whole on one page, a
   * short list (≤ SHORT_LIST points) is kept whole, and the last item never stands alone.
   * `label` is drawn in the gutter, e.g. "12." or "•".
   */
  list(items: readonly ListItem[], style: ListStyle = {}): void {
    const indent = style.indent ?? 0;
    const gutter = style.gutter ?? 24;
    const textWidth = this.width - indent - gutter;
    const heights = this.listItemHeights(items, style);
    const total = heights.reduce((sum, h) => sum + h + ITEM_GAP, 0);
    if (total <= SHORT_LIST) this.ensureSpace(total);
    this.tags.open('L');
    items.forEach((item, i) => {
      const height = heights[i] ?? 0;
      const isPenultimate = i === items.length - 2;
      this.ensureSpace(isPenultimate ? height + ITEM_GAP + (heights[i + 1] ?? 0) : height);
      this.setStyle(style);
      const y = this.doc.y;
      const page = this.pageIndex;
      this.tags.group('LI', () => {
        this.tags.leaf('Lbl', () =>
          this.doc.text(item.label, this.left + indent, y, { width: gutter - 4, lineBreak: false }),
        );
        this.tags.leaf('LBody', () =>
          this.doc.text(item.text, this.left + indent + gutter, y, { width: textWidth, lineGap: LINE_GAP }),
        );
      });
      // An item taller than a page continued on the next one: go on below where it ended.
      this.doc.y = this.pageIndex === page ? y + height + ITEM_GAP : this.doc.y + ITEM_GAP;
    });
    this.tags.close();
    this.doc.x = this.left;
    this.space(4);
  }

  /** Height `list` needs when nothing breaks, so a heading can be kept with a whole short list. */
  measureList(items: readonly ListItem[], style: ListStyle = {}): number {
    const total = this.listItemHeights(items, style).reduce((sum, h) => sum + h + ITEM_GAP, 0);
    return Math.min(total, SHORT_LIST);
  }

  private listItemHeights(items: readonly ListItem[], style: ListStyle): number[] {
    const width = this.width - (style.indent ?? 0) - (style.gutter ?? 24);
    this.setStyle(style);
    return items.map((item) => this.doc.heightOfString(item.text, { width, lineGap: LINE_GAP }));
  }

  setStyle(style: TextStyle): void {
    this.doc
      .font(style.font ?? FONT.regular)
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? COLOR.text);
  }

  private recordHeading(level: 1 | 2, title: string, destination: string): void {
    this.headings.push({ level, title, pageIndex: this.pageIndex, destination });
    if (level === 1) {
      // A variable, not a literal: pdfkit reads `fit` (whole page) although its types only declare `expanded`.
      const options = { expanded: true, fit: true };
      this.chapterOutline = this.doc.outline.addItem(title, options);
    } else {
      (this.chapterOutline ?? this.doc.outline).addItem(title);
    }
  }
}
