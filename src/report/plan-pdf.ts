import PDFDocument from 'pdfkit';
import { IMPLEMENTATION_PHASE_GUIDES } from '../domain/implementation-phases.js';
import { formatPlanDate } from '../domain/plan.js';
import type { Initiative, Plan, Step } from '../contract/plan.js';
import { collect } from './pdf.js';
import { formatDanishDate, joinDanish, toParagraphs } from './pdf-format.js';
import { decoratePages } from './pdf-front.js';
import { COLOR, FONT, PAGE, SIZE, ReportLayout, glyphCoverage, registerFonts } from './pdf-layout.js';
import { drawTable } from './pdf-table.js';
import { taggedPdfOptions } from './pdf-tagging.js';
import { pdfSafeModel } from './pdf-text.js';

export const PLAN_SUBJECT = 'Udviklingsplan';

/** What plan.pdf shows: the plan and the round it follows from. */
export interface PlanDocument {
  round: { title: string; organisation: string };
  plan: Plan;
  /** When it was rendered (ISO); printed on the cover and fixed in the document info. */
  generatedAt: string;
}

/**
 * The udviklingsplan as an A4 PDF in the layout of a municipality's plan: a cover with the
 * overview, then per indsatsområde its note, status, implementation phase with its
 * questions, the chosen anbefalinger by number, the guidance bullets, and the table of
 * activities, delmål and implementeringsmål with dates, who is responsible and the status.
 *
 * Tagged PDF/UA-1 like the afrapportering (see `pdf-tagging.ts`): the cover and each
 * indsatsområde are a `Sect` with an H1 (bookmarked), subheadings H2, text P, lists L/LI, the
 * steps table TH/TD; running headers and footers are artifacts. All free text passes
 * `pdfSafeText` first.
 */
export async function renderPlanPdf(model: PlanDocument): Promise<Buffer> {
  const fixedDate = new Date(model.generatedAt);
  if (Number.isNaN(fixedDate.getTime())) throw new Error(`generatedAt is not a date: ${model.generatedAt}`);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    ...taggedPdfOptions('da'),
    info: {
      Title: `Udviklingsplan: ${model.round.title}`,
      Author: model.round.organisation,
      Subject: PLAN_SUBJECT,
      Keywords: 'udviklingsplan, indsatsområder, aktiviteter, delmål, implementeringsmål',
      Creator: 'Auditpanel',
      CreationDate: fixedDate,
      ModDate: fixedDate,
    },
  });
  const done = collect(doc);
  registerFonts(doc);
  const safe = pdfSafeModel(model, glyphCoverage(doc));
  // The metadata gets the same text without the break opportunities (no control characters in XMP).
  doc.info.Title = `Udviklingsplan: ${safe.round.title.replace(/\u200B/g, '')}`;
  doc.info.Author = safe.round.organisation.replace(/\u200B/g, '');
  const layout = new ReportLayout(doc);
  drawPlanCover(layout, safe);
  for (const initiative of safe.plan.initiatives) drawInitiative(layout, initiative);
  layout.endChapters();
  decoratePages(layout, { draft: false, round: safe.round }, PLAN_SUBJECT);
  layout.tags.finish();
  doc.end();
  return done;
}

/** The cover's `Sect`: organisation, the H1 "Udviklingsplan" (bookmarked), the overview. */
function drawPlanCover(layout: ReportLayout, model: PlanDocument): void {
  const { doc, tags } = layout;
  tags.open('Sect');
  // Capitals without letter-spacing: spaced letters are extracted (and read aloud) one by one.
  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.accent);
  tags.leaf('P', () =>
    doc.text(model.round.organisation.toLocaleUpperCase('da-DK'), layout.left, layout.top, { width: layout.width }),
  );
  doc.font(FONT.bold).fontSize(26).fillColor(COLOR.accent);
  const title = 'Udviklingsplan';
  doc.outline.addItem(title);
  tags.leaf('H1', () => doc.text(title, layout.left, doc.y + 18, { width: layout.width }), { title });
  doc.font(FONT.regular).fontSize(14).fillColor(COLOR.text);
  tags.leaf('P', () =>
    doc.text(`Opfølgning på auditforløbet »${model.round.title}«`, layout.left, doc.y + 6, { width: layout.width }),
  );
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.muted);
  tags.leaf('P', () =>
    doc.text(`Opdateret ${formatDanishDate(model.generatedAt)}`, layout.left, doc.y + 8, { width: layout.width }),
  );
  layout.space(24);

  const { initiatives, coverage } = model.plan;
  layout.subheading('Indsatsområder');
  if (initiatives.length === 0) {
    layout.paragraph('Planen har endnu ingen indsatsområder.', { color: COLOR.muted });
  } else {
    layout.list(
      initiatives.map((initiative) => ({
        label: `${initiative.number}.`,
        text: `${initiative.title} (${initiative.phaseLabel.toLowerCase()}; ${stepSummary(initiative.steps)})`,
      })),
    );
  }
  layout.subheading('Anbefalingerne fra afrapporteringen');
  layout.paragraph(coverageSentence(coverage.chosen, coverage.notChosen));
  tags.close();
}

function stepSummary(steps: readonly Step[]): string {
  if (steps.length === 0) return 'ingen trin endnu';
  const done = steps.filter((step) => step.state === 'done').length;
  const overdue = steps.filter((step) => step.overdue).length;
  const parts = [`${done} af ${steps.length} trin gennemført`];
  if (overdue > 0) parts.push(`${overdue} overskredet`);
  return parts.join(', ');
}

/** "Anbefaling 1, 3 og 4 indgår i planen. Anbefaling 2 er ikke valgt." */
export function coverageSentence(chosen: readonly number[], notChosen: readonly number[]): string {
  const named = (numbers: readonly number[]) =>
    `${numbers.length === 1 ? 'Anbefaling' : 'Anbefalingerne'} ${joinDanish(numbers.map(String))}`;
  if (chosen.length === 0 && notChosen.length === 0) return 'Afrapporteringen har ingen anbefalinger.';
  const parts = [];
  if (chosen.length > 0) parts.push(`${named(chosen)} indgår i planen.`);
  if (notChosen.length > 0) {
    parts.push(`${named(notChosen)} er ikke valgt til et indsatsområde${chosen.length === 0 ? ' endnu' : ''}.`);
  }
  return parts.join(' ');
}

function drawInitiative(layout: ReportLayout, initiative: Initiative): void {
  layout.chapter(`Indsatsområde ${initiative.number}. ${initiative.title}`);
  if (initiative.note !== '') {
    layout.paragraphs(toParagraphs(`Note: ${initiative.note}`), {
      font: FONT.italic,
      size: SIZE.small,
      color: COLOR.muted,
    });
  }
  if (initiative.status !== '') {
    layout.subheading('Status:');
    layout.paragraphs(toParagraphs(initiative.status));
  }
  if (initiative.recommendations.length > 0) {
    const items = initiative.recommendations.map((rec) => ({ label: `${rec.number}.`, text: rec.text }));
    layout.subheading('Valgte anbefalinger fra afrapporteringen:', layout.measureList(items));
    layout.list(items);
  }
  if (initiative.guidance.length > 0) {
    const items = initiative.guidance.map((text) => ({ label: '•', text }));
    layout.subheading('Anbefalinger på baggrund af udviklingsarbejdet:', layout.measureList(items, { gutter: 14 }));
    layout.list(items, { gutter: 14, font: FONT.italic });
  }
  drawPhase(layout, initiative);
  drawSteps(layout, initiative.steps);
}

function drawPhase(layout: ReportLayout, initiative: Initiative): void {
  const guide = IMPLEMENTATION_PHASE_GUIDES[initiative.phase];
  const items = guide.checklist.map((text) => ({ label: '☐', text }));
  layout.subheading(`Implementeringsfase: ${guide.label}`, 40);
  layout.paragraph(guide.purpose, { size: SIZE.small, gapAfter: 4 });
  layout.paragraph('Spørgsmål at stille i denne fase:', {
    size: SIZE.small,
    color: COLOR.muted,
    gapAfter: 3,
    keepWith: layout.measureList(items, { gutter: 14, size: SIZE.small }),
  });
  layout.list(items, { gutter: 14, size: SIZE.small });
}

function drawSteps(layout: ReportLayout, steps: readonly Step[]): void {
  if (steps.length === 0) {
    layout.paragraph('Der er endnu ikke planlagt aktiviteter eller mål.', { color: COLOR.muted });
    return;
  }
  layout.space(6);
  drawTable(layout, {
    columns: [
      { header: 'Aktivitet/Delmål/Implementeringsmål', width: 150 },
      { header: 'Dato', width: 66 },
      { header: 'Ansvarlig/udfører/deltagere', width: 112 },
      { header: 'Status' },
    ],
    rows: steps.map((step) => ({
      cells: [`${step.label}: ${step.text}`, formatPlanDate(step.start, step.due), step.responsible, statusCell(step)],
      alert: step.overdue,
    })),
    zebra: true,
  });
}

/** "I gang: Skabelonen er videresendt." – and an overdue step says so in words, not by colour alone. */
function statusCell(step: Step): string {
  const state = step.overdue ? `${step.stateLabel} – overskredet` : step.stateLabel;
  return step.statusText === '' ? state : `${state}: ${step.statusText}`;
}
