import { JUSTIFICATION_PROMPT } from '../domain/default-form.js';
import { chapterNumbers } from './pdf-comparison.js';
import { COLOR, FONT, LINE_GAP, SIZE, type ReportLayout } from './pdf-layout.js';
import type { ReportModel } from './model.js';

const BOX = 8;
/** Lines to write the justification on; the development question asks for three areas, one line each. */
const writingLines = (withScale: boolean): number => (withScale ? 2 : 3);
const WRITING_LINE_GAP = 18;

/** [5] Vurderingsskema: the form as the panel filled it in, the development question last. */
export function drawForm(layout: ReportLayout, model: ReportModel): void {
  const { form } = model;
  layout.chapter(`[${chapterNumbers(model).form}] Vurderingsskema`);
  layout.paragraph(
    'Vurderingsskemaet er udfyldt af hver paneldeltager for hver sag. Hvert spørgsmål besvares på en fælles ' +
      'svarskala, og vurderingen begrundes kort:',
    { gapAfter: 4 },
  );
  layout.list(
    form.scale.map((s) => ({ label: '•', text: s.label })),
    { gutter: 14, indent: 4 },
  );
  for (const theme of form.themes) {
    layout.section(`Tema: ${theme.title}`, itemHeight(layout, model, theme.items[0]?.text ?? ''));
    for (const item of theme.items) drawItem(layout, model, `${item.number}.`, item.text, true);
  }
  const question = form.developmentQuestion;
  layout.section('Udviklingsspørgsmål samlet for alle gennemgåede sager', itemHeight(layout, model, question, false));
  drawItem(layout, model, `${form.developmentQuestionNumber}.`, question, false);
}

function itemHeight(layout: ReportLayout, model: ReportModel, text: string, withScale = true): number {
  const { doc } = layout;
  doc.font(FONT.bold).fontSize(SIZE.body);
  const textHeight = doc.heightOfString(text, { width: layout.width - 24, lineGap: LINE_GAP });
  const scaleHeight = withScale ? scaleRow(layout, model).height + 8 : 0;
  const prompt = withScale ? 14 : 0;
  return textHeight + 6 + scaleHeight + prompt + writingLines(withScale) * WRITING_LINE_GAP + 14;
}

/**
 * One question as the panel filled it in: tagged as a list item (number and text), the tick
 * boxes and writing lines as artifacts, the scale labels and the prompt as paragraphs.
 */
function drawItem(layout: ReportLayout, model: ReportModel, label: string, text: string, withScale: boolean): void {
  const { doc, tags } = layout;
  layout.ensureSpace(itemHeight(layout, model, text, withScale));
  const y = doc.y;
  doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.text);
  tags.group('L', () =>
    tags.group('LI', () => {
      tags.leaf('Lbl', () => doc.text(label, layout.left, y, { width: 22, lineBreak: false }));
      tags.leaf('LBody', () => doc.text(text, layout.left + 24, y, { width: layout.width - 24, lineGap: LINE_GAP }));
    }),
  );
  layout.space(6);
  if (withScale) {
    drawScaleRow(layout, model);
    layout.space(8);
    doc.font(FONT.italic).fontSize(SIZE.small).fillColor(COLOR.muted);
    tags.leaf('P', () => doc.text(JUSTIFICATION_PROMPT, layout.left + 24, doc.y, { width: layout.width - 24 }));
  }
  tags.artifact(() => {
    for (let i = 0; i < writingLines(withScale); i += 1) {
      const lineY = doc.y + WRITING_LINE_GAP - (i === 0 && withScale ? 4 : 0);
      if (!withScale) {
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
        doc.text(`${i + 1}.`, layout.left + 24, lineY - 10, { lineBreak: false });
      }
      const from = layout.left + (withScale ? 24 : 38);
      doc
        .moveTo(from, lineY)
        .lineTo(layout.left + layout.width, lineY)
        .lineWidth(0.4)
        .stroke(COLOR.rule);
      doc.y = lineY;
    }
  });
  doc.x = layout.left;
  layout.space(14);
}

interface Placed {
  label: string;
  x: number;
  y: number;
}

/** Tick boxes for the scale, flowed over as many lines as the labels need. */
function scaleRow(layout: ReportLayout, model: ReportModel): { placed: Placed[]; height: number } {
  const { doc } = layout;
  doc.font(FONT.regular).fontSize(SIZE.small);
  const lineHeight = doc.currentLineHeight(true) + 5;
  const width = layout.width - 24;
  const placed: Placed[] = [];
  let x = 0;
  let y = 0;
  for (const step of model.form.scale) {
    const entryWidth = BOX + 5 + doc.widthOfString(step.label) + 16;
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += lineHeight;
    }
    placed.push({ label: step.label, x, y });
    x += entryWidth;
  }
  return { placed, height: y + lineHeight };
}

function drawScaleRow(layout: ReportLayout, model: ReportModel): void {
  const { doc, tags } = layout;
  const top = doc.y;
  const { placed, height } = scaleRow(layout, model);
  const position = (entry: Placed) => ({ x: layout.left + 24 + entry.x, y: top + entry.y });
  tags.artifact(() => {
    for (const entry of placed) {
      const { x, y } = position(entry);
      doc
        .rect(x, y + 1, BOX, BOX)
        .lineWidth(0.7)
        .stroke(COLOR.muted);
    }
  });
  doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.text);
  // The answer options, read as one line.
  tags.leaf('P', () => {
    for (const entry of placed) {
      const { x, y } = position(entry);
      doc.text(entry.label, x + BOX + 5, y, { lineBreak: false });
    }
  });
  doc.y = top + height;
}
