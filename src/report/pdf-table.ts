import { COLOR, FONT, SIZE, type ReportLayout } from './pdf-layout.js';

export interface TableColumn {
  header: string;
  /** Points; the last column takes what is left when omitted. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: string[];
  /**
   * Rows sharing a group show the first cell only once, like a merged cell; after a page
   * break the group's first cell is repeated with "(fortsat)".
   */
  group?: string;
  /** Drawn on a light red ground (e.g. an overdue step); the cells must say why in words too. */
  alert?: boolean;
}

export interface TableOptions {
  columns: TableColumn[];
  rows: TableRow[];
  size?: number;
  zebra?: boolean;
  /** First column bold (row labels). */
  boldFirstColumn?: boolean;
  /** Horizontal cell padding; narrow for wide numeric tables. */
  padX?: number;
}

const TABLE_PAD_X = 5;
const PAD_Y = 4;
const LINE_GAP = 1.5;

/**
 * Our own table routine because pdfkit's table does not repeat the header row on a new page
 * (pdfkit #1657): rows are measured first and never split; the header is redrawn after every
 * page break.
 */
export function drawTable(layout: ReportLayout, options: TableOptions): void {
  const { doc } = layout;
  const size = options.size ?? SIZE.small;
  const padX = options.padX ?? TABLE_PAD_X;
  const widths = columnWidths(layout.width, options.columns);
  const headerCells = options.columns.map((c) => c.header);
  const headerHeight = rowHeight(layout, headerCells, widths, size, FONT.bold, false, padX);

  const firstRow = options.rows[0];
  const firstHeight = firstRow
    ? rowHeight(layout, firstRow.cells, widths, size, FONT.regular, options.boldFirstColumn, padX)
    : 0;
  layout.ensureSpace(headerHeight + firstHeight);
  drawHeader(layout, options, widths, size, headerHeight);

  let previousGroup: string | undefined;
  let rowOnPage = 0;
  options.rows.forEach((row, index) => {
    const continuesGroup = row.group !== undefined && row.group === previousGroup;
    let cells = continuesGroup ? ['', ...row.cells.slice(1)] : row.cells;
    let height = rowHeight(layout, cells, widths, size, FONT.regular, options.boldFirstColumn, padX);
    if (doc.y + height > layout.bottom) {
      layout.newPage();
      drawHeader(layout, options, widths, size, headerHeight);
      rowOnPage = 0;
      if (continuesGroup) cells = [`${row.cells[0] ?? ''} (fortsat)`, ...row.cells.slice(1)];
      height = rowHeight(layout, cells, widths, size, FONT.regular, options.boldFirstColumn, padX);
    }
    const y = doc.y;
    if (row.alert) {
      doc.rect(layout.left, y, layout.width, height).fill(COLOR.alert);
    } else if (options.zebra && rowOnPage % 2 === 1) {
      doc.rect(layout.left, y, layout.width, height).fill(COLOR.faint);
    }
    drawCells(layout, options, cells, widths, y, size);
    // Horizontal rule above the row; a continuing group leaves its merged first cell open.
    const ruleStart = continuesGroup && rowOnPage > 0 ? layout.left + (widths[0] ?? 0) : layout.left;
    if (index > 0 && rowOnPage > 0) {
      doc
        .moveTo(ruleStart, y)
        .lineTo(layout.left + layout.width, y)
        .lineWidth(0.4)
        .stroke(COLOR.rule);
    }
    doc.y = y + height;
    previousGroup = row.group;
    rowOnPage += 1;
  });
  doc
    .moveTo(layout.left, doc.y)
    .lineTo(layout.left + layout.width, doc.y)
    .lineWidth(0.8)
    .stroke(COLOR.accent);
  doc.x = layout.left;
  layout.space(10);
}

/** Height the table needs when it is drawn without a page break (header, rows, closing gap). */
export function measureTable(layout: ReportLayout, options: TableOptions): number {
  const size = options.size ?? SIZE.small;
  const padX = options.padX ?? TABLE_PAD_X;
  const widths = columnWidths(layout.width, options.columns);
  const header = rowHeight(
    layout,
    options.columns.map((c) => c.header),
    widths,
    size,
    FONT.bold,
    false,
    padX,
  );
  let previousGroup: string | undefined;
  return options.rows.reduce((sum, row) => {
    const cells = row.group !== undefined && row.group === previousGroup ? ['', ...row.cells.slice(1)] : row.cells;
    previousGroup = row.group;
    return sum + rowHeight(layout, cells, widths, size, FONT.regular, options.boldFirstColumn, padX);
  }, header + 10);
}

function columnWidths(total: number, columns: readonly TableColumn[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const flexible = columns.filter((c) => c.width === undefined).length;
  const rest = flexible > 0 ? (total - fixed) / flexible : 0;
  return columns.map((c) => c.width ?? rest);
}

function rowHeight(
  layout: ReportLayout,
  cells: readonly string[],
  widths: readonly number[],
  size: number,
  font: string,
  boldFirst: boolean | undefined,
  padX: number,
): number {
  let tallest = 0;
  cells.forEach((cell, i) => {
    if (cell === '') return;
    layout.doc.font(boldFirst && i === 0 ? FONT.bold : font).fontSize(size);
    const h = layout.doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * padX, lineGap: LINE_GAP });
    tallest = Math.max(tallest, h);
  });
  return Math.max(tallest, size * 1.2) + 2 * PAD_Y;
}

function drawHeader(
  layout: ReportLayout,
  options: TableOptions,
  widths: readonly number[],
  size: number,
  height: number,
): void {
  const { doc } = layout;
  const padX = options.padX ?? TABLE_PAD_X;
  const y = doc.y;
  doc.rect(layout.left, y, layout.width, height).fill(COLOR.accent);
  let x = layout.left;
  options.columns.forEach((column, i) => {
    const width = widths[i] ?? 0;
    doc.font(FONT.bold).fontSize(size).fillColor('#ffffff');
    doc.text(column.header, x + padX, y + PAD_Y, {
      width: width - 2 * padX,
      align: column.align ?? 'left',
      lineGap: LINE_GAP,
    });
    x += width;
  });
  doc.y = y + height;
}

function drawCells(
  layout: ReportLayout,
  options: TableOptions,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  size: number,
): void {
  const { doc } = layout;
  const padX = options.padX ?? TABLE_PAD_X;
  let x = layout.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    if (cell !== '') {
      doc
        .font(options.boldFirstColumn && i === 0 ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(cell === '–' ? COLOR.muted : COLOR.text);
      doc.text(cell, x + padX, y + PAD_Y, {
        width: width - 2 * padX,
        align: options.columns[i]?.align ?? 'left',
        lineGap: LINE_GAP,
      });
    }
    x += width;
  });
}
