import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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
  private chapterOutline: PDFKit.PDFOutline | null = null;

  constructor(readonly doc: PDFKit.PDFDocument) {}

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

  /** Chapter heading "[n] Titel": always at the top of a new page, bookmarked, listed in the contents. */
  chapter(title: string): void {
    if (this.doc.y > this.top + 1) this.newPage();
    const destination = `kapitel-${this.headings.length + 1}`;
    this.recordHeading(1, title, destination);
    this.doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(COLOR.accent);
    this.doc.text(title, this.left, this.doc.y, { width: this.width, destination });
    const ruleY = this.doc.y + 4;
    this.doc
      .moveTo(this.left, ruleY)
      .lineTo(this.left + this.width, ruleY)
      .lineWidth(1.2)
      .stroke(COLOR.accent);
    this.doc.y = ruleY + 16;
  }

  /** Section heading kept together with at least `keepWith` points of what follows it. */
  section(title: string, keepWith = 60): void {
    this.doc.font(FONT.bold).fontSize(SIZE.h2);
    const height = this.doc.heightOfString(title, { width: this.width });
    if (this.doc.y > this.top + 1) this.space(8);
    this.ensureSpace(height + 6 + keepWith);
    const destination = `afsnit-${this.headings.length + 1}`;
    this.recordHeading(2, title, destination);
    this.doc.fillColor(COLOR.accent);
    this.doc.text(title, this.left, this.doc.y, { width: this.width, destination });
    this.space(6);
  }

  /** Minor heading, not in the contents. */
  subheading(title: string, keepWith = 40): void {
    this.doc.font(FONT.bold).fontSize(SIZE.h3);
    const height = this.doc.heightOfString(title, { width: this.width });
    if (this.doc.y > this.top + 1) this.space(4);
    this.ensureSpace(height + 4 + keepWith);
    this.doc.fillColor(COLOR.text).text(title, this.left, this.doc.y, { width: this.width });
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
    this.doc.text(text, this.left + indent, this.doc.y, options);
    this.space(style.gapAfter ?? 7);
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
    items.forEach((item, i) => {
      const height = heights[i] ?? 0;
      const isPenultimate = i === items.length - 2;
      this.ensureSpace(isPenultimate ? height + ITEM_GAP + (heights[i + 1] ?? 0) : height);
      this.setStyle(style);
      const y = this.doc.y;
      this.doc.text(item.label, this.left + indent, y, { width: gutter - 4, lineBreak: false });
      this.doc.text(item.text, this.left + indent + gutter, y, { width: textWidth, lineGap: LINE_GAP });
      this.doc.y = y + height + ITEM_GAP;
    });
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
