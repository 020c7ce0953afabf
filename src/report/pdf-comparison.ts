import type { Verdict } from '../domain/comparison.js';
import { joinDanish } from '../domain/danish.js';
import { formatDecimal, numberWord } from './pdf-format.js';
import { COLOR, FONT, SIZE, type ReportLayout } from './pdf-layout.js';
import type { ReportComparison, ReportModel } from './model.js';

type ComparedItem = ReportComparison['items'][number];

/**
 * The chapters after [3] Resultater move up by one in a genaudit, whose comparison chapter is [4].
 * One home for those numbers, so the contents, the headings and the cross-references agree.
 */
export function chapterNumbers(model: ReportModel): { focusPoints: number; form: number } {
  return model.comparison ? { focusPoints: 5, form: 6 } : { focusPoints: 4, form: 5 };
}

/** [4] in a genaudit: each compared item before and after, in sentences and a small chart. */
export function drawComparison(layout: ReportLayout, model: ReportModel): void {
  const comparison = model.comparison;
  if (!comparison) return;
  const { baselineYear: year } = comparison;
  layout.chapter(`[4] Sammenligning med ${year}`);
  layout.paragraph(
    `Dette auditforløb er en genaudit af »${comparison.baselineTitle}« fra ${year}. Nye sager er vurderet med ` +
      'det samme vurderingsskema, og i dette kapitel sammenlignes hvert spørgsmål med resultatet dengang. For hver ' +
      'sag bruges medianen af paneldeltagernes vurderinger; en sag er positiv, når medianen er i høj grad eller i ' +
      'nogen grad (mindst 2).',
  );
  drawLimits(layout, comparison);
  layout.section('Før og efter pr. spørgsmål', 90);
  for (const item of comparison.items) drawItem(layout, item, year);
  if (comparison.items.length === 0) {
    layout.paragraph('Ingen spørgsmål fra vurderingsskemaet kan sammenlignes.', { color: COLOR.muted });
  }
}

/** The honest note on what few cases can and cannot show, with this genaudit's own numbers. */
function drawLimits(layout: ReportLayout, comparison: ReportComparison): void {
  layout.section('Hvad få sager kan og ikke kan vise', 80);
  const now = Math.max(0, ...comparison.items.map((i) => i.followUp.casesRated));
  const before = Math.max(0, ...comparison.items.map((i) => i.baseline.casesRated));
  layout.paragraph(
    `Sammenligningen bygger på ${casesWord(now)} nu og ${casesWord(before)} i ${comparison.baselineYear}. ` +
      'Med så få sager skal en forskel være stor, før den kan skelnes fra tilfældigheder i, hvilke sager der blev ' +
      'valgt: med tre sager på hver side kan selv den størst mulige forbedring ikke blive tydelig, og med seks sager ' +
      'på hver side skal næsten alle sager have flyttet sig. Derfor betyder »ingen tydelig ændring« ikke, at ' +
      'kvaliteten er den samme – kun at disse sager ikke kan vise en ændring. En tydelig ændring viser omvendt, at ' +
      'de nye sager er vurderet anderledes end de gamle; den viser ikke alene, hvorfor. Sagerne er udvalgt, ikke ' +
      'tilfældigt udtrukket, og panelet kan være et andet end sidst.',
  );
  layout.paragraph(
    'En ændring kaldes tydelig, når en permutationstest giver p under 0,05: blandt alle måder at fordele de ' +
      'samme sagsscorer på to grupper af samme størrelse giver under 5 % en lige så stor forskel i gennemsnit.',
    { size: SIZE.small, color: COLOR.muted },
  );
  const added = comparison.newItemNumbers;
  if (added.length > 0) {
    const which =
      added.length === 1 ? `Spørgsmål ${added[0]} er nyt` : `Spørgsmålene ${joinDanish(added.map(String))} er nye`;
    layout.paragraph(`${which} i genauditten og kan ikke sammenlignes. Spørgsmål, der er fjernet, indgår ikke.`, {
      size: SIZE.small,
      color: COLOR.muted,
    });
  }
}

function casesWord(count: number): string {
  return `${numberWord(count)} ${count === 1 ? 'sag' : 'sager'}`;
}

/** "Spørgsmål 6: positiv i 1 af 6 sager i 2026 og i 5 af 6 sager nu." */
export function comparisonSentence(item: ComparedItem, year: string): string {
  const side = (s: ComparedItem['baseline']) =>
    s.casesRated === 0
      ? 'ingen vurderede sager'
      : `${s.casesPositive} af ${s.casesRated} ${s.casesRated === 1 ? 'sag' : 'sager'}`;
  return `Spørgsmål ${item.number}: positiv i ${side(item.baseline)} i ${year} og i ${side(item.followUp)} nu.`;
}

/** The verdict in words, never stronger than the test allows. */
export function verdictSentence(item: ComparedItem, year: string): string {
  const p = item.pValue === null ? '' : ` (${formatP(item.pValue)})`;
  const means =
    item.baseline.mean !== null && item.followUp.mean !== null
      ? ` Gennemsnitlig sagsscore ${formatMean(item.baseline.mean)} i ${year} og ${formatMean(item.followUp.mean)} nu.`
      : '';
  const words: Record<Verdict, string> = {
    improved: `Tydelig forbedring${p}.`,
    worsened: `Tydelig forværring${p}.`,
    no_clear_change: `Ingen tydelig ændring${p}.`,
    not_comparable: `Kan ikke sammenlignes: ingen sager med en vurdering på skalaen ${item.baseline.casesRated === 0 ? `i ${year}` : 'nu'}.`,
  };
  return `${words[item.verdict]}${means}`;
}

function formatP(p: number): string {
  return p < 0.001 ? 'p < 0,001' : `p = ${formatDecimal(p, 3)}`;
}

function formatMean(mean: number): string {
  return formatDecimal(mean, 1);
}

/** The chart's text equivalent (alternative text for tagged PDF, and what a screen reader reads). */
export function chartAltText(item: ComparedItem, year: string): string {
  const share = (s: ComparedItem['baseline']) =>
    s.casesRated === 0
      ? 'ingen vurderede sager'
      : `${s.casesPositive} af ${s.casesRated} sager positive (${Math.round((100 * s.casesPositive) / s.casesRated)} %)`;
  return `Søjlediagram for spørgsmål ${item.number}: ${year} ${share(item.baseline)}; nu ${share(item.followUp)}.`;
}

const LABEL_WIDTH = 44;
const VALUE_WIDTH = 96;
const BAR_HEIGHT = 11;
const BAR_GAP = 4;
const BAR_COLOR = { before: '#9fb3c8', now: '#1f5f8b' } as const;

function drawItem(layout: ReportLayout, item: ComparedItem, year: string): void {
  const { doc } = layout;
  const title = `${item.number}. ${item.text}`;
  const sentence = comparisonSentence(item, year);
  const verdict = verdictSentence(item, year);
  doc.font(FONT.bold).fontSize(SIZE.small);
  const titleHeight = doc.heightOfString(title, { width: layout.width, lineGap: 1 });
  doc.font(FONT.regular).fontSize(SIZE.small);
  const textHeight = doc.heightOfString(`${sentence} ${verdict}`, { width: layout.width, lineGap: 1 });
  const chartHeight = 2 * BAR_HEIGHT + BAR_GAP;
  layout.ensureSpace(titleHeight + 4 + chartHeight + 6 + textHeight + 12);

  const { tags } = layout;
  // Div > P (the question), Figure (the two bars, read as its alternative text), P (the sentences).
  tags.group('Div', () => {
    doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.text);
    tags.leaf('P', () => doc.text(title, layout.left, doc.y, { width: layout.width, lineGap: 1 }));
    layout.space(4);
    const top = doc.y;
    tags.leaf('Figure', () => drawBars(layout, item, year), {
      alt: chartAltText(item, year),
      bbox: [layout.left, top, layout.left + layout.width, top + chartHeight],
    });
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.text);
    tags.leaf('P', () => doc.text(`${sentence} ${verdict}`, layout.left, doc.y, { width: layout.width, lineGap: 1 }));
  });
  layout.space(12);
}

/** Two bars, the share of positive cases then and now, on the same 0–100 % axis. */
function drawBars(layout: ReportLayout, item: ComparedItem, year: string): void {
  const { doc } = layout;
  const top = doc.y;
  const barWidth = layout.width - LABEL_WIDTH - VALUE_WIDTH;
  const rows = [
    { label: year, side: item.baseline, color: BAR_COLOR.before },
    { label: 'Nu', side: item.followUp, color: BAR_COLOR.now },
  ];
  rows.forEach(({ label, side, color }, index) => {
    const y = top + index * (BAR_HEIGHT + BAR_GAP);
    const x = layout.left + LABEL_WIDTH;
    doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.text);
    doc.text(label, layout.left, y + 2, { width: LABEL_WIDTH - 6, lineBreak: false });
    doc.rect(x, y, barWidth, BAR_HEIGHT).fill(COLOR.faint);
    if (side.casesRated > 0 && side.casesPositive > 0) {
      doc.rect(x, y, (side.casesPositive / side.casesRated) * barWidth, BAR_HEIGHT).fill(color);
    }
    const value = side.casesRated === 0 ? 'ingen sager' : `${side.casesPositive} af ${side.casesRated} positive`;
    doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.text);
    doc.text(value, x + barWidth + 6, y + 2, { width: VALUE_WIDTH - 6, lineBreak: false });
  });
  doc.y = top + 2 * BAR_HEIGHT + BAR_GAP + 6;
}
