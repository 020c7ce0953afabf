import { drawDistributionChart } from './pdf-charts.js';
import { chapterNumbers } from './pdf-comparison.js';
import {
  formatAlpha,
  formatInteger,
  formatMedian,
  formatPercent,
  joinDanish,
  numberWord,
  toParagraphs,
} from './pdf-format.js';
import { COLOR, FONT, SIZE, type ReportLayout } from './pdf-layout.js';
import { drawTable, measureTable, measureTableStart, type TableOptions } from './pdf-table.js';
import type { ReportModel } from './model.js';

/** [3] Resultater: summary of recommendations, one chart per item, medians per case, development answers. */
export function drawResults(layout: ReportLayout, model: ReportModel): void {
  layout.chapter('[3] Resultater');
  const count = model.focusPoints.length;
  layout.paragraph(
    'I dette kapitel sammenfattes resultaterne af auditforløbet. Først gengives de fokuspunkter og ' +
      `anbefalinger, som auditpanelets drøftelser har ført frem til; de uddybes i kapitel ${chapterNumbers(model).focusPoints}. Derefter vises, ` +
      'hvordan panelet har vurderet sagerne på hvert spørgsmål i vurderingsskemaet.',
  );
  if (count > 0) {
    const recommendations = model.focusPoints.reduce((sum, fp) => sum + fp.recommendations.length, 0);
    const under =
      count === 1
        ? `Under fokuspunktet er der formuleret ${recommendations === 1 ? 'én anbefaling' : `${numberWord(recommendations)} anbefalinger`}.`
        : 'Under hvert fokuspunkt er der formuleret en eller flere anbefalinger.';
    layout.paragraph(
      `På baggrund af drøftelserne er der udledt ${numberWord(count, true)} ${count === 1 ? 'fokuspunkt' : 'fokuspunkter'} ` +
        `for det videre arbejde. ${under}`,
    );
  }
  drawSummaryTable(layout, model);
  drawDistributions(layout, model);
  drawMedianTables(layout, model);
  drawKeyFigures(layout, model);
  drawDevelopmentAnswers(layout, model);
}

function drawSummaryTable(layout: ReportLayout, model: ReportModel): void {
  if (model.focusPoints.length === 0) {
    layout.section('Samlede fokuspunkter og anbefalinger', 30);
    layout.paragraph('Der er endnu ikke formuleret fokuspunkter og anbefalinger.', { color: COLOR.muted });
    return;
  }
  const table: TableOptions = {
    columns: [{ header: 'Fokuspunkt', width: 140 }, { header: 'Anbefalinger' }],
    rows: model.focusPoints.flatMap((fp) =>
      fp.recommendations.length === 0
        ? [{ cells: [fp.title, '–'], group: fp.id }]
        : fp.recommendations.map((r) => ({ cells: [fp.title, `${r.number}. ${r.text}`], group: fp.id })),
    ),
    boldFirstColumn: true,
    size: SIZE.small,
  };
  layout.section('Samlede fokuspunkter og anbefalinger', Math.max(80, measureTableStart(layout, table)));
  drawTable(layout, table);
}

function drawDistributions(layout: ReportLayout, model: ReportModel): void {
  const graded = model.form.scale.filter((s) => s.value !== null);
  layout.section('Fordeling af vurderingerne', 120);
  layout.paragraph(
    'Figurerne viser for hvert spørgsmål, hvordan paneldeltagernes vurderinger af alle sager fordeler sig på ' +
      'svarskalaen. Tallene i søjlerne er antal vurderinger; n er antallet af vurderinger på skalaen, dvs. uden ' +
      `svaret »${model.form.scale.find((s) => s.value === null)?.label ?? 'ikke mulig'}«. Medianen er beregnet ` +
      `med værdierne ${joinDanish(graded.map((s) => `${s.label} = ${s.value ?? ''}`))}.`,
    { size: SIZE.small, color: COLOR.muted },
  );
  let theme: string | null = null;
  for (const item of model.results.items) {
    if (item.themeTitle !== theme) {
      theme = item.themeTitle;
      layout.subheading(`Tema: ${theme}`, 90);
    }
    drawDistributionChart(layout, item, model.form.scale);
  }
}

const MEDIAN_INTRO =
  'Tabellen viser medianen af paneldeltagernes vurderinger for hver sag og hvert spørgsmål ' +
  '(3 = I høj grad, 0 = Slet ikke). »–« betyder, at der ikke foreligger vurderinger på skalaen.';

function drawMedianTables(layout: ReportLayout, model: ReportModel): void {
  const { caseCodes, rows } = model.results.medianTable;
  const introStyle = { size: SIZE.small, color: COLOR.muted };
  const labelWidth = 34;
  const chunks = chunkCases(layout, caseCodes, layout.width - labelWidth);
  const captionHeight = chunks.length > 1 ? 18 : 0;
  const tables = chunks.map(({ start, end }): TableOptions => ({
    columns: [
      { header: 'Spm.', width: labelWidth },
      ...caseCodes.slice(start, end).map((code) => ({ header: code, align: 'center' as const })),
    ],
    rows: rows.map((row) => ({
      cells: [`${row.itemNumber}.`, ...row.medians.slice(start, end).map(formatMedian)],
    })),
    boldFirstColumn: true,
    zebra: true,
    size: MEDIAN_SIZE,
    padX: MEDIAN_PAD,
  }));
  // The heading never ends a page: it stays with the explanation and the first table.
  const first = tables[0];
  layout.section(
    'Medianer pr. sag og spørgsmål',
    keepWithHeading(
      layout,
      layout.measureParagraph(MEDIAN_INTRO, introStyle),
      first ? measureTable(layout, first) + captionHeight : 0,
    ),
  );
  layout.paragraph(MEDIAN_INTRO, introStyle);
  tables.forEach((table, index) => {
    const chunk = chunks[index] ?? { start: 0, end: 0 };
    // A short table moves to the next page whole, together with its caption.
    keepTogether(layout, measureTable(layout, table) + captionHeight);
    if (chunks.length > 1) {
      const caption = `${caseCodes[chunk.start] ?? ''} – ${caseCodes[chunk.end - 1] ?? ''} (tabel ${index + 1} af ${chunks.length})`;
      layout.paragraph(caption, { font: FONT.bold, size: SIZE.small, gapAfter: 3 });
    }
    drawTable(layout, table);
  });
}

/**
 * What a section heading keeps with it: the text before a block plus the block when all of it
 * fits on one page under the heading, else the text and the block's first lines.
 */
function keepWithHeading(layout: ReportLayout, textHeight: number, blockHeight: number): number {
  const room = layout.bottom - layout.top - HEADING_ALLOWANCE;
  return textHeight + blockHeight <= room ? textHeight + blockHeight : textHeight + Math.min(blockHeight, 60);
}

/** Space a section heading itself takes (heading, gaps), for `keepWithHeading`. */
const HEADING_ALLOWANCE = 40;

/** Starts a new page for a block that fits on one page but not in what is left of this one. */
function keepTogether(layout: ReportLayout, height: number): void {
  if (height <= layout.bottom - layout.top) layout.ensureSpace(height);
}

const MEDIAN_SIZE = SIZE.tiny;
const MEDIAN_PAD = 3;

/** Splits the case columns into balanced tables of at most 12 cases whose codes fit on one line. */
function chunkCases(layout: ReportLayout, codes: readonly string[], width: number): { start: number; end: number }[] {
  if (codes.length === 0) return [];
  layout.doc.font(FONT.bold).fontSize(MEDIAN_SIZE);
  const widest = Math.max(...codes.map((c) => layout.doc.widthOfString(c)));
  const perTable = Math.max(1, Math.min(12, Math.floor(width / Math.max(widest + 2 * MEDIAN_PAD + 2, 28))));
  const tables = Math.ceil(codes.length / perTable);
  const size = Math.ceil(codes.length / tables);
  return Array.from({ length: tables }, (_, i) => ({ start: i * size, end: Math.min(codes.length, (i + 1) * size) }));
}

const ALPHA_NOTE =
  'Krippendorffs α måler, hvor enige paneldeltagerne er om den enkelte sag: 1 er fuld enighed, 0 svarer til ' +
  'tilfældig spredning. »–« betyder, at α ikke kan beregnes.';

function drawKeyFigures(layout: ReportLayout, model: ReportModel): void {
  const { completeness, overall, items } = model.results;
  const summary =
    `Der er modtaget ${formatInteger(completeness.received)} af ${formatInteger(completeness.expected)} forventede ` +
    `vurderinger (${formatPercent(completeness.received, completeness.expected)}). Heraf ligger ` +
    `${formatInteger(overall.n)} på skalaen, og ${formatInteger(overall.na)} er besvaret med, at stillingtagen ikke ` +
    `var mulig. Samlet enighed i panelet (Krippendorffs α, ordinal): ${formatAlpha(overall.alpha)}.`;
  const noteStyle = { size: SIZE.small, color: COLOR.muted, gapAfter: 5 };
  const table: TableOptions = {
    columns: [
      { header: 'Spm.', width: 36 },
      { header: 'Vurderinger (n)', width: 68, align: 'right' },
      { header: 'Ikke mulig', width: 64, align: 'right' },
      { header: 'Median', width: 50, align: 'right' },
      { header: 'Sager i høj/nogen grad', width: 86, align: 'right' },
      { header: 'Sager med uenighed', width: 72, align: 'right' },
      { header: 'Krippendorffs α', align: 'right' },
    ],
    rows: items.map((item) => ({
      cells: [
        `${item.number}.`,
        formatInteger(item.n),
        formatInteger(item.na),
        formatMedian(item.median),
        `${formatInteger(item.casesPositive)} af ${formatInteger(item.casesRated)}`,
        formatInteger(item.disagreementCases),
        formatAlpha(item.alpha),
      ],
    })),
    boldFirstColumn: true,
    zebra: true,
  };
  const block = layout.measureParagraph(ALPHA_NOTE, noteStyle) + measureTable(layout, table);
  layout.section('Datagrundlag og enighed', keepWithHeading(layout, layout.measureParagraph(summary), block));
  layout.paragraph(summary);
  // The explanation stays with the table it explains.
  keepTogether(layout, block);
  layout.paragraph(ALPHA_NOTE, noteStyle);
  drawTable(layout, table);
}

function drawDevelopmentAnswers(layout: ReportLayout, model: ReportModel): void {
  layout.section('Udviklingsspørgsmål', 100);
  layout.paragraph(
    'Ud over vurderingen af de enkelte sager har paneldeltagerne besvaret et fælles udviklingsspørgsmål for ' +
      `alle sager (spørgsmål ${model.form.developmentQuestionNumber}): »${model.form.developmentQuestion}« Svarene er samlet efter område og ` +
      'gengives uden navne.',
  );
  if (model.developmentAnswers.length === 0) {
    layout.paragraph('Der er ikke afgivet svar på udviklingsspørgsmålet.', { color: COLOR.muted });
    return;
  }
  for (const answer of model.developmentAnswers) {
    const mentions = answer.suggestions.length;
    const items = answer.suggestions.map((s) => ({ label: '•', text: s }));
    const style = { gutter: 14, indent: 4 };
    layout.subheading(`${answer.area} (${numberWord(mentions, true)} forslag)`, layout.measureList(items, style));
    layout.list(items, style);
  }
}

/** [4] Fokuspunkter og anbefalinger: each focus point's discussion and numbered recommendations. */
export function drawFocusPoints(layout: ReportLayout, model: ReportModel): void {
  layout.chapter(`[${chapterNumbers(model).focusPoints}] Fokuspunkter og anbefalinger`);
  layout.paragraph(
    'I det følgende gennemgås de væsentligste drøftelser i auditpanelet. Fremstillingen er ikke et referat af ' +
      'hele auditmødet, men samler de problemstillinger, som panelet fandt mest centrale, og panelets ' +
      'vurderinger af dem.',
  );
  if (model.focusPoints.length === 0) {
    layout.paragraph('Der er endnu ikke formuleret fokuspunkter og anbefalinger.', { color: COLOR.muted });
  }
  for (const fp of model.focusPoints) {
    layout.section(fp.title, 70);
    if (fp.itemNumbers.length > 0) {
      const label = fp.itemNumbers.length === 1 ? 'spørgsmål' : 'spørgsmålene';
      layout.paragraph(`Vedrører ${label} ${joinDanish(fp.itemNumbers.map(String))} i vurderingsskemaet.`, {
        font: FONT.italic,
        size: SIZE.small,
        color: COLOR.muted,
        gapAfter: 5,
      });
    }
    layout.paragraphs(toParagraphs(fp.discussion));
    if (fp.recommendations.length === 0) continue;
    const items = fp.recommendations.map((r) => ({ label: `${r.number}.`, text: r.text }));
    const lead = items.length === 1 ? 'følgende anbefaling' : 'følgende anbefalinger';
    layout.paragraph(`På baggrund af auditpanelets drøftelser fremsættes ${lead}:`, {
      font: FONT.bold,
      gapAfter: 5,
      keepWith: layout.measureList(items),
    });
    layout.list(items);
  }
}
