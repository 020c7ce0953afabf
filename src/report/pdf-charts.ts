import type { RatingValue } from '../domain/scale.js';
import { formatAlpha, formatMedian, formatInteger, numberWord } from './pdf-format.js';
import { COLOR, FONT, LINE_GAP, SIZE, type ReportLayout } from './pdf-layout.js';
import type { ReportModel } from './model.js';

type ResultItem = ReportModel['results']['items'][number];
type ScaleStep = ReportModel['form']['scale'][number];

/** Blue for the positive answers, warm for the negative ones, grey for "not possible". */
const SEGMENT_COLOR: Record<RatingValue, { fill: string; text: string }> = {
  high: { fill: '#1f5f8b', text: '#ffffff' },
  some: { fill: '#8db9dc', text: '#102a43' },
  low: { fill: '#f2b880', text: '#402000' },
  none: { fill: '#c0504d', text: '#ffffff' },
  na: { fill: '#c8c8c8', text: '#303030' },
};

const BAR_HEIGHT = 15;
const SWATCH = 7;
const N_LABEL_WIDTH = 54;

/**
 * One item's distribution: its text, a horizontal stacked bar of the five answers with the
 * counts in the segments and n at the end, a legend with the scale labels, and a caption.
 * Measured first and drawn whole on one page.
 */
export function drawDistributionChart(layout: ReportLayout, item: ResultItem, scale: readonly ScaleStep[]): void {
  const { doc, tags } = layout;
  const title = `${item.number}. ${item.text}`;
  const caption = chartCaption(item);
  doc.font(FONT.bold).fontSize(SIZE.small);
  const titleHeight = doc.heightOfString(title, { width: layout.width, lineGap: 1 });
  doc.font(FONT.regular).fontSize(SIZE.tiny);
  const legendHeight = legendLayout(layout, scale, item).height;
  const captionHeight = doc.heightOfString(caption, { width: layout.width, lineGap: 1 });
  layout.ensureSpace(titleHeight + 5 + BAR_HEIGHT + 6 + legendHeight + 3 + captionHeight);

  // Div > P (the question), Figure (bar and legend, read as its alternative text), Caption.
  tags.group('Div', () => {
    doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.text);
    tags.leaf('P', () => doc.text(title, layout.left, doc.y, { width: layout.width, lineGap: 1 }));
    layout.space(5);
    const top = doc.y;
    tags.leaf(
      'Figure',
      () => {
        drawBar(layout, item, scale);
        layout.space(BAR_HEIGHT + 6);
        drawLegend(layout, scale, item);
      },
      {
        alt: chartAltText(item, scale),
        bbox: [layout.left, top, layout.left + layout.width, top + BAR_HEIGHT + 6 + legendHeight],
      },
    );
    doc.font(FONT.italic).fontSize(SIZE.tiny).fillColor(COLOR.muted);
    tags.leaf('Caption', () => doc.text(caption, layout.left, doc.y + 3, { width: layout.width, lineGap: 1 }));
  });
  layout.space(14);
}

/**
 * What the chart shows, in words: "Søjlediagram for spørgsmål 3: 24 vurderinger fordelt på
 * I høj grad 10, I nogen grad 8, …, Ikke muligt 2. n = 22."
 */
export function chartAltText(item: ResultItem, scale: readonly ScaleStep[]): string {
  const total = scale.reduce((sum, step) => sum + (item.counts[step.key] ?? 0), 0);
  if (total === 0) return `Søjlediagram for spørgsmål ${item.number}: ingen vurderinger.`;
  const counts = scale.map((step) => `${step.label} ${formatInteger(item.counts[step.key] ?? 0)}`).join(', ');
  const ratings = total === 1 ? 'vurdering' : 'vurderinger';
  return (
    `Søjlediagram for spørgsmål ${item.number}: ${formatInteger(total)} ${ratings} fordelt på ${counts}. ` +
    `n = ${formatInteger(item.n)}.`
  );
}

function chartCaption(item: ResultItem): string {
  const parts = [`Median ${formatMedian(item.median)}`];
  if (item.casesRated > 0) {
    const positive = item.casesPositive === 0 ? 'ingen' : numberWord(item.casesPositive);
    parts.push(`i høj eller nogen grad (median ≥ 2) i ${positive} af ${cases(item.casesRated)}`);
  }
  if (item.disagreementCases > 0) parts.push(`uenighed i panelet i ${cases(item.disagreementCases)}`);
  parts.push(`Krippendorffs α ${formatAlpha(item.alpha)}`);
  return parts.join(' · ');
}

function cases(count: number): string {
  return `${numberWord(count)} ${count === 1 ? 'sag' : 'sager'}`;
}

function drawBar(layout: ReportLayout, item: ResultItem, scale: readonly ScaleStep[]): void {
  const { doc } = layout;
  const y = doc.y;
  const barWidth = layout.width - N_LABEL_WIDTH;
  const total = scale.reduce((sum, step) => sum + (item.counts[step.key] ?? 0), 0);
  if (total === 0) {
    doc.rect(layout.left, y, barWidth, BAR_HEIGHT).lineWidth(0.5).stroke(COLOR.rule);
    doc.font(FONT.italic).fontSize(SIZE.tiny).fillColor(COLOR.muted);
    doc.text('Ingen vurderinger', layout.left + 6, y + 4, { width: barWidth - 12, lineBreak: false });
  }
  let x = layout.left;
  for (const step of scale) {
    const count = item.counts[step.key] ?? 0;
    if (count === 0 || total === 0) continue;
    const width = (count / total) * barWidth;
    const colors = SEGMENT_COLOR[step.key];
    doc.rect(x, y, width, BAR_HEIGHT).fill(colors.fill);
    doc.font(FONT.bold).fontSize(SIZE.tiny);
    const label = formatInteger(count);
    if (doc.widthOfString(label) + 4 <= width) {
      doc.fillColor(colors.text).text(label, x, y + 4, { width, align: 'center', lineBreak: false });
    }
    x += width;
  }
  doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.text);
  doc.text(`n = ${formatInteger(item.n)}`, layout.left + barWidth + 6, y + 3, {
    width: N_LABEL_WIDTH - 6,
    lineBreak: false,
  });
  doc.y = y;
}

interface LegendEntry {
  key: RatingValue;
  text: string;
  x: number;
  y: number;
  width: number;
}

/** Flows the legend entries left to right, wrapping to a new line when one does not fit. */
function legendLayout(
  layout: ReportLayout,
  scale: readonly ScaleStep[],
  item: ResultItem,
): { entries: LegendEntry[]; height: number } {
  const { doc } = layout;
  doc.font(FONT.regular).fontSize(SIZE.tiny);
  const lineHeight = doc.currentLineHeight(true) + 3;
  const entries: LegendEntry[] = [];
  let x = 0;
  let y = 0;
  for (const step of scale) {
    const text = `${step.label} (${formatInteger(item.counts[step.key] ?? 0)})`;
    const maxTextWidth = layout.width - SWATCH - 4;
    const width = Math.min(doc.widthOfString(text), maxTextWidth);
    const entryWidth = SWATCH + 4 + width + 14;
    if (x > 0 && x + entryWidth > layout.width) {
      x = 0;
      y += lineHeight;
    }
    entries.push({ key: step.key, text, x, y, width });
    x += entryWidth;
  }
  return { entries, height: y + lineHeight };
}

function drawLegend(layout: ReportLayout, scale: readonly ScaleStep[], item: ResultItem): void {
  const { doc } = layout;
  const top = doc.y;
  const { entries, height } = legendLayout(layout, scale, item);
  for (const entry of entries) {
    const x = layout.left + entry.x;
    const y = top + entry.y;
    doc.rect(x, y + 1, SWATCH, SWATCH).fill(SEGMENT_COLOR[entry.key].fill);
    doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.text);
    doc.text(entry.text, x + SWATCH + 4, y, { width: entry.width + 1, lineBreak: false, lineGap: LINE_GAP });
  }
  doc.y = top + height;
}
