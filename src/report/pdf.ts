import PDFDocument from 'pdfkit';
import { drawForm } from './pdf-appendix.js';
import { drawComparison } from './pdf-comparison.js';
import { SUBJECT, decoratePages, drawContents, drawCover } from './pdf-front.js';
import { PAGE, ReportLayout, glyphCoverage, registerFonts } from './pdf-layout.js';
import { drawFocusPoints, drawResults } from './pdf-results.js';
import { drawBackground, drawDesign, drawForeword } from './pdf-sections.js';
import { taggedPdfOptions } from './pdf-tagging.js';
import { pdfSafeModel } from './pdf-text.js';
import type { ReportModel } from './model.js';

/**
 * Renders the afrapportering as an A4 PDF with the seed report's structure: title page,
 * Indholdsfortegnelse, Forord, [1] Baggrund, [2] Design, [3] Resultater, [4] Fokuspunkter og
 * anbefalinger, [5] Vurderingsskema; a genaudit adds [4] Sammenligning and the last two move up. The same model always gives the same bytes: the dates in
 * the document info come from `model.generatedAt`, and nothing else varies between runs.
 *
 * The file is a tagged PDF/UA-1 document (see `pdf-tagging.ts`): a structure tree in reading
 * order, artifacts for running headers and decoration, alternative text for the charts, XMP
 * metadata with the title and the PDF/UA identifier. All free text passes `pdfSafeText` first
 * (control characters, glyphs the fonts lack, over-long words, right-to-left spacing).
 */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  return renderReport(model, true);
}

/** `renderReportPdf` with tagging switchable: only for measuring what tagging costs (bench). */
export async function renderReport(model: ReportModel, tagged: boolean): Promise<Buffer> {
  const fixedDate = new Date(model.generatedAt);
  if (Number.isNaN(fixedDate.getTime())) throw new Error(`generatedAt is not a date: ${model.generatedAt}`);

  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    autoFirstPage: true,
    ...(tagged ? taggedPdfOptions('da') : { lang: 'da-DK', displayTitle: true }),
    info: {
      Title: model.round.title,
      Author: model.round.organisation,
      Subject: SUBJECT,
      Keywords: ['audit', 'auditforløb', 'afrapportering', 'fokuspunkter', 'anbefalinger', 'vurderingsskema'].join(
        ', ',
      ),
      Creator: 'Auditpanel',
      CreationDate: fixedDate,
      ModDate: fixedDate,
    },
  });
  const done = collect(doc);
  registerFonts(doc);
  const safe = pdfSafeModel(model, glyphCoverage(doc));
  // The metadata gets the same text without the break opportunities (no control characters in XMP).
  doc.info.Title = safe.round.title.replace(/\u200B/g, '');
  doc.info.Author = safe.round.organisation.replace(/\u200B/g, '');

  const layout = new ReportLayout(doc, tagged);
  drawCover(layout, safe);

  // The contents page is reserved now (in the page sequence and in the structure tree) and
  // filled in once every heading's page is known.
  layout.newPage();
  const contentsPage = layout.pageIndex;
  const contentsSlot = layout.tags.reserve('Sect');
  doc.outline.addItem('Indholdsfortegnelse');
  layout.newPage();

  drawForeword(layout, safe);
  drawBackground(layout, safe);
  drawDesign(layout, safe);
  drawResults(layout, safe);
  drawComparison(layout, safe);
  drawFocusPoints(layout, safe);
  drawForm(layout, safe);
  layout.endChapters();

  drawContents(layout, layout.headings, contentsPage, contentsSlot);
  decoratePages(layout, safe);
  layout.tags.finish();
  doc.end();
  return done;
}

export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
