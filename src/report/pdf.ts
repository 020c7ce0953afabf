import PDFDocument from 'pdfkit';
import { drawForm } from './pdf-appendix.js';
import { drawComparison } from './pdf-comparison.js';
import { SUBJECT, decoratePages, drawContents, drawCover } from './pdf-front.js';
import { PAGE, ReportLayout, registerFonts } from './pdf-layout.js';
import { drawFocusPoints, drawResults } from './pdf-results.js';
import { drawBackground, drawDesign, drawForeword } from './pdf-sections.js';
import type { ReportModel } from './model.js';

/**
 * Renders the afrapportering as an A4 PDF with the seed report's structure: title page,
 * Indholdsfortegnelse, Forord, [1] Baggrund, [2] Design, [3] Resultater, [4] Fokuspunkter og
 * anbefalinger, [5] Vurderingsskema; a genaudit adds [4] Sammenligning and the last two move up. The same model always gives the same bytes: the dates in
 * the document info come from `model.generatedAt`, and nothing else varies between runs.
 */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const fixedDate = new Date(model.generatedAt);
  if (Number.isNaN(fixedDate.getTime())) throw new Error(`generatedAt is not a date: ${model.generatedAt}`);

  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'da-DK',
    displayTitle: true,
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

  const layout = new ReportLayout(doc);
  drawCover(layout, model);

  // The contents page is reserved now and filled in once every heading's page is known.
  layout.newPage();
  const contentsPage = layout.pageIndex;
  doc.outline.addItem('Indholdsfortegnelse');
  layout.newPage();

  drawForeword(layout, model);
  drawBackground(layout, model);
  drawDesign(layout, model);
  drawResults(layout, model);
  drawComparison(layout, model);
  drawFocusPoints(layout, model);
  drawForm(layout, model);

  drawContents(layout, layout.headings, contentsPage);
  decoratePages(layout, model);
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
