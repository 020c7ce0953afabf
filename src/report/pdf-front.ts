import { formatDanishDate, toParagraphs } from './pdf-format.js';
import { COLOR, FONT, SIZE, type HeadingEntry, type ReportLayout } from './pdf-layout.js';
import type { ReportModel } from './model.js';

export const SUBJECT = 'Afrapportering af auditforløb';
const DRAFT_NOTE = 'Udkast – ikke endeligt godkendt';

/** Title page: organisation, title, subject line, date; a prominent UDKAST box for drafts. */
export function drawCover(layout: ReportLayout, model: ReportModel): void {
  const { doc } = layout;
  const bandHeight = 300;
  const inner = layout.left + 28;
  const innerWidth = layout.width - 56;
  doc.rect(layout.left, layout.top, layout.width, bandHeight).fill(COLOR.accent);

  doc.font(FONT.bold).fontSize(10).fillColor('#ffffff');
  doc.text(model.round.organisation.toUpperCase(), inner, layout.top + 32, {
    width: innerWidth,
    characterSpacing: 1.2,
  });

  doc
    .font(FONT.bold)
    .fontSize(fitTitleSize(layout, model.round.title, innerWidth))
    .fillColor('#ffffff');
  doc.text(model.round.title, inner, layout.top + 110, { width: innerWidth, lineGap: 2 });
  doc.font(FONT.regular).fontSize(14).fillColor(COLOR.accentLight);
  doc.text(SUBJECT, inner, doc.y + 10, { width: innerWidth });

  const purpose = toParagraphs(model.round.purpose)[0];
  if (purpose) {
    doc.font(FONT.regular).fontSize(11).fillColor(COLOR.muted);
    doc.text(purpose, layout.left, layout.top + bandHeight + 30, { width: layout.width, lineGap: 3 });
  }

  if (model.draft) drawDraftBox(layout, layout.top + bandHeight + 130);

  const footY = layout.bottom - 46;
  doc
    .moveTo(layout.left, footY)
    .lineTo(layout.left + layout.width, footY)
    .lineWidth(0.8)
    .stroke(COLOR.rule);
  doc.font(FONT.bold).fontSize(11).fillColor(COLOR.text);
  doc.text(model.round.organisation, layout.left, footY + 12, { width: layout.width });
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.muted);
  doc.text(formatDanishDate(model.generatedAt), layout.left, doc.y + 2, { width: layout.width });
}

function fitTitleSize(layout: ReportLayout, title: string, width: number): number {
  for (const size of [28, 24, 20, 17]) {
    layout.doc.font(FONT.bold).fontSize(size);
    if (layout.doc.heightOfString(title, { width, lineGap: 2 }) <= 130) return size;
  }
  return 15;
}

function drawDraftBox(layout: ReportLayout, y: number): void {
  const { doc } = layout;
  const width = 240;
  const x = layout.left + (layout.width - width) / 2;
  doc.rect(x, y, width, 74).lineWidth(2.5).stroke(COLOR.draft);
  doc.font(FONT.bold).fontSize(34).fillColor(COLOR.draft);
  doc.text('UDKAST', x, y + 10, { width, align: 'center', characterSpacing: 3 });
  doc.font(FONT.regular).fontSize(9);
  doc.text('Ikke endeligt godkendt – må ikke citeres', x, y + 54, { width, align: 'center' });
}

/**
 * Fills the reserved contents page after layout, when every heading's page is known.
 * Page numbers are printed numbers: the title page is not counted (as in the seed report).
 */
export function drawContents(layout: ReportLayout, headings: readonly HeadingEntry[], pageIndex: number): void {
  const { doc } = layout;
  doc.switchToPage(pageIndex);
  doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(COLOR.accent);
  doc.text('Indholdsfortegnelse', layout.left, layout.top, { width: layout.width });
  const ruleY = doc.y + 4;
  doc
    .moveTo(layout.left, ruleY)
    .lineTo(layout.left + layout.width, ruleY)
    .lineWidth(1.2)
    .stroke(COLOR.accent);

  const rowHeight = { 1: 24, 2: 17 } as const;
  const available = layout.bottom - ruleY - 24;
  const all = headings.reduce((sum, h) => sum + rowHeight[h.level], 0);
  // Long rounds (many focus points) keep the contents on its one reserved page.
  const shown = all <= available ? headings : headings.filter((h) => h.level === 1);

  let y = ruleY + 20;
  for (const heading of shown) {
    if (heading.level === 1 && y > ruleY + 20) y += 4;
    drawContentsLine(layout, heading, y);
    y += rowHeight[heading.level];
  }
}

function drawContentsLine(layout: ReportLayout, heading: HeadingEntry, y: number): void {
  const { doc } = layout;
  const indent = heading.level === 1 ? 0 : 18;
  const size = heading.level === 1 ? 11 : 9.5;
  const number = String(heading.pageIndex);
  doc.font(heading.level === 1 ? FONT.bold : FONT.regular).fontSize(size);
  const numberWidth = doc.widthOfString(number);
  const titleMax = layout.width - indent - numberWidth - 40;
  const title = truncate(layout, heading.title, titleMax);
  const titleWidth = doc.widthOfString(title);

  doc.fillColor(heading.level === 1 ? COLOR.text : COLOR.muted);
  doc.text(title, layout.left + indent, y, { lineBreak: false, goTo: heading.destination });
  doc.text(number, layout.left + layout.width - numberWidth, y, { lineBreak: false, goTo: heading.destination });

  const leaderY = y + size * 0.9;
  const from = layout.left + indent + titleWidth + 6;
  const to = layout.left + layout.width - numberWidth - 6;
  if (to > from) {
    doc.save();
    doc.moveTo(from, leaderY).lineTo(to, leaderY).lineWidth(0.8).dash(0.8, { space: 2.6 }).stroke(COLOR.rule);
    doc.restore();
  }
}

function truncate(layout: ReportLayout, text: string, maxWidth: number): string {
  const { doc } = layout;
  if (doc.widthOfString(text) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** What the running header and footer print: also used by the udviklingsplan's PDF. */
export interface PageFrame {
  draft: boolean;
  round: { organisation: string; title: string };
}

/**
 * Running header and "Side N af M" footer on every page but the title page, plus the draft
 * mark. Written after layout into the buffered pages; the bottom margin is 0 meanwhile, or
 * pdfkit would start a new page for text below it.
 */
export function decoratePages(layout: ReportLayout, model: PageFrame, subject = SUBJECT): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  const numbered = range.count - 1;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const margins = doc.page.margins;
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    if (index > range.start) {
      if (model.draft) drawWatermark(layout);
      drawHeader(layout, model, subject);
      drawFooter(layout, model, index - range.start, numbered);
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
