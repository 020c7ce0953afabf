import { formatDanishDate, toParagraphs } from './pdf-format.js';
import { COLOR, FONT, SIZE, type HeadingEntry, type ReportLayout } from './pdf-layout.js';
import type { ReportModel } from './model.js';

export const SUBJECT = 'Afrapportering af auditforløb';
const DRAFT_NOTE = 'Udkast – ikke endeligt godkendt';

/** Title page: organisation, title, subject line, date; a prominent UDKAST box for drafts. */
export function drawCover(layout: ReportLayout, model: ReportModel): void {
  const { doc, tags } = layout;
  const bandHeight = 300;
  const inner = layout.left + 28;
  const innerWidth = layout.width - 56;
  tags.open('Sect');
  tags.artifact(() => doc.rect(layout.left, layout.top, layout.width, bandHeight).fill(COLOR.accent), 'Background');

  // Capitals without letter-spacing: spaced letters are extracted (and read aloud) one by one.
  doc.font(FONT.bold).fontSize(10).fillColor('#ffffff');
  tags.leaf('P', () =>
    doc.text(model.round.organisation.toLocaleUpperCase('da-DK'), inner, layout.top + 32, { width: innerWidth }),
  );

  doc
    .font(FONT.bold)
    .fontSize(fitTitleSize(layout, model.round.title, innerWidth))
    .fillColor('#ffffff');
  tags.leaf('H1', () => doc.text(model.round.title, inner, layout.top + 110, { width: innerWidth, lineGap: 2 }), {
    title: model.round.title,
  });
  doc.font(FONT.regular).fontSize(14).fillColor(COLOR.accentLight);
  tags.leaf('P', () => doc.text(SUBJECT, inner, doc.y + 10, { width: innerWidth }));

  const purpose = toParagraphs(model.round.purpose)[0];
  if (purpose) {
    doc.font(FONT.regular).fontSize(11).fillColor(COLOR.muted);
    tags.leaf('P', () =>
      doc.text(purpose, layout.left, layout.top + bandHeight + 30, {
        width: layout.width,
        lineGap: 3,
        height: COVER_PURPOSE_HEIGHT,
        ellipsis: true,
      }),
    );
  }

  if (model.draft) drawDraftBox(layout, layout.top + bandHeight + 130);

  const footY = layout.bottom - 46;
  layout.rule(footY, 0.8, COLOR.rule);
  doc.font(FONT.bold).fontSize(11).fillColor(COLOR.text);
  tags.leaf('P', () => doc.text(model.round.organisation, layout.left, footY + 12, { width: layout.width }));
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.muted);
  tags.leaf('P', () => doc.text(formatDanishDate(model.generatedAt), layout.left, doc.y + 2, { width: layout.width }));
  tags.close();
}

/** The purpose's first paragraph on the cover is cut (with "…") above the draft box. */
const COVER_PURPOSE_HEIGHT = 90;

function fitTitleSize(layout: ReportLayout, title: string, width: number): number {
  for (const size of [28, 24, 20, 17]) {
    layout.doc.font(FONT.bold).fontSize(size);
    if (layout.doc.heightOfString(title, { width, lineGap: 2 }) <= 130) return size;
  }
  return 15;
}

function drawDraftBox(layout: ReportLayout, y: number): void {
  const { doc, tags } = layout;
  const width = 240;
  const x = layout.left + (layout.width - width) / 2;
  tags.artifact(() => doc.rect(x, y, width, 74).lineWidth(2.5).stroke(COLOR.draft));
  doc.font(FONT.bold).fontSize(34).fillColor(COLOR.draft);
  tags.leaf('P', () => doc.text('UDKAST', x, y + 10, { width, align: 'center' }));
  doc.font(FONT.regular).fontSize(9);
  tags.leaf('P', () => doc.text('Ikke endeligt godkendt – må ikke citeres', x, y + 54, { width, align: 'center' }));
}

/**
 * Fills the reserved contents page after layout, when every heading's page is known.
 * Page numbers are printed numbers: the title page is not counted (as in the seed report).
 * `slot` is the `Sect` reserved for it in the structure tree, between the cover and Forord.
 */
export function drawContents(
  layout: ReportLayout,
  headings: readonly HeadingEntry[],
  pageIndex: number,
  slot: PDFKit.PDFStructureElement,
): void {
  const { doc, tags } = layout;
  doc.switchToPage(pageIndex);
  tags.fill(slot, () => {
    doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(COLOR.accent);
    tags.leaf('H1', () => doc.text('Indholdsfortegnelse', layout.left, layout.top, { width: layout.width }), {
      title: 'Indholdsfortegnelse',
    });
    const ruleY = doc.y + 4;
    layout.rule(ruleY, 1.2, COLOR.accent);

    const rowHeight = { 1: 24, 2: 17 } as const;
    const available = layout.bottom - ruleY - 24;
    const all = headings.reduce((sum, h) => sum + rowHeight[h.level], 0);
    // Long rounds (many focus points) keep the contents on its one reserved page.
    const shown = all <= available ? headings : headings.filter((h) => h.level === 1);

    let y = ruleY + 20;
    tags.group('TOC', () => {
      for (const heading of shown) {
        if (heading.level === 1 && y > ruleY + 20) y += 4;
        drawContentsLine(layout, heading, y);
        y += rowHeight[heading.level];
      }
    });
  });
}

function drawContentsLine(layout: ReportLayout, heading: HeadingEntry, y: number): void {
  const { doc, tags } = layout;
  const indent = heading.level === 1 ? 0 : 18;
  const size = heading.level === 1 ? 11 : 9.5;
  const number = String(heading.pageIndex);
  doc.font(heading.level === 1 ? FONT.bold : FONT.regular).fontSize(size);
  const numberWidth = doc.widthOfString(number);
  const titleMax = layout.width - indent - numberWidth - 40;
  const title = truncate(layout, heading.title, titleMax);
  const titleWidth = doc.widthOfString(title);

  const leaderY = y + size * 0.9;
  const from = layout.left + indent + titleWidth + 6;
  const to = layout.left + layout.width - numberWidth - 6;
  tags.group('TOCI', () => {
    doc.fillColor(heading.level === 1 ? COLOR.text : COLOR.muted);
    // One link over the whole line: title, leader and page number.
    const rect: [number, number, number, number] = [
      layout.left + indent,
      y,
      layout.width - indent,
      doc.currentLineHeight(),
    ];
    tags.link(rect, heading.destination, `${heading.title}, side ${number}`, () => {
      doc.text(title, layout.left + indent, y, { lineBreak: false });
      doc.text(` ${number}`, layout.left + layout.width - numberWidth - doc.widthOfString(' '), y, {
        lineBreak: false,
      });
    });
  });
  if (to > from) {
    tags.artifact(() => {
      doc.save();
      doc.moveTo(from, leaderY).lineTo(to, leaderY).lineWidth(0.8).dash(0.8, { space: 2.6 }).stroke(COLOR.rule);
      doc.restore();
    });
  }
}

/** `text` cut (with "…") to fit `maxWidth`; the cut is found by bisection, so long titles stay cheap. */
function truncate(layout: ReportLayout, text: string, maxWidth: number): string {
  const { doc } = layout;
  if (doc.widthOfString(text) <= maxWidth) return text;
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/** What the running header and footer print: also used by the udviklingsplan's PDF. */
export interface PageFrame {
  draft: boolean;
  round: { organisation: string; title: string };
}

/**
 * Running header and "Side N af M" footer on every page but the title page, plus the draft
 * mark: all of it pagination artifacts, outside the structure tree. Written after layout into
 * the buffered pages; the bottom margin is 0 meanwhile, or pdfkit would start a new page for
 * text below it.
 */
export function decoratePages(layout: ReportLayout, model: PageFrame, subject = SUBJECT): void {
  const { doc, tags } = layout;
  const range = doc.bufferedPageRange();
  const numbered = range.count - 1;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const margins = doc.page.margins;
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    if (index > range.start) {
      tags.artifact(() => {
        if (model.draft) drawWatermark(layout);
        drawHeader(layout, model, subject);
        drawFooter(layout, model, index - range.start, numbered);
      }, 'Pagination');
    }
    margins.bottom = savedBottom;
  }
}

function drawHeader(layout: ReportLayout, model: PageFrame, subject: string): void {
  const { doc } = layout;
  const y = layout.top - 36;
  doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.muted);
  const left = truncate(layout, `${model.round.organisation} · ${subject}`, layout.width - 170);
  doc.text(left, layout.left, y, { lineBreak: false });
  if (model.draft) {
    doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.draft);
    const width = doc.widthOfString(DRAFT_NOTE);
    doc.text(DRAFT_NOTE, layout.left + layout.width - width, y - 1, { lineBreak: false });
  }
  const ruleY = y + 13;
  doc
    .moveTo(layout.left, ruleY)
    .lineTo(layout.left + layout.width, ruleY)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
}

function drawFooter(layout: ReportLayout, model: PageFrame, pageNumber: number, pageCount: number): void {
  const { doc } = layout;
  const y = doc.page.height - 40;
  doc
    .moveTo(layout.left, y - 6)
    .lineTo(layout.left + layout.width, y - 6)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
  doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.muted);
  const pageLabel = `Side ${pageNumber} af ${pageCount}`;
  const labelWidth = doc.widthOfString(pageLabel);
  doc.text(truncate(layout, model.round.title, layout.width - labelWidth - 30), layout.left, y, { lineBreak: false });
  doc.text(pageLabel, layout.left + layout.width - labelWidth, y, { lineBreak: false });
}

/** Faint diagonal "UDKAST" across the page, behind nothing but too light to hide the text. */
function drawWatermark(layout: ReportLayout): void {
  const { doc } = layout;
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  doc.save();
  doc.rotate(-50, { origin: [cx, cy] });
  doc.font(FONT.bold).fontSize(110).fillColor(COLOR.draft).fillOpacity(0.06);
  const width = doc.widthOfString('UDKAST');
  doc.text('UDKAST', cx - width / 2, cy - 55, { lineBreak: false });
  doc.restore();
}
