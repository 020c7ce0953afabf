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
 * (pdfkit #1657). Rows are measured first and kept whole on one page; a row taller than a whole
 * page is split between lines of its cells. After every page break the header row is drawn
 * again (as an artifact: the structure has it once), so no page holds a header without rows.
 *
 * Tagged as Table > TR > TH (scope Column) for the header row, TR > TH (scope Row, when
 * `boldFirstColumn`) / TD for the body; zebra stripes and rules are artifacts.
 */
export function drawTable(layout: ReportLayout, options: TableOptions): void {
  const { doc, tags } = layout;
  const { size, widths, headerHeight, measure } = tableMetrics(layout, options);
  // Room for a row on a page that starts with the header.
  const pageRoom = layout.bottom - layout.top - headerHeight;
  const minimumRow = minimumRowHeight(layout, size, headerHeight);

  layout.ensureSpace(measureTableStart(layout, options));
  tags.open('Table');
  drawHeader(layout, options, widths, size, headerHeight, true);

  let previousGroup: string | undefined;
  let rowOnPage = 0;
  const newPageWithHeader = () => {
    layout.newPage();
    drawHeader(layout, options, widths, size, headerHeight, false);
    rowOnPage = 0;
  };
  options.rows.forEach((row, index) => {
    const continuesGroup = row.group !== undefined && row.group === previousGroup;
    let cells = continuesGroup ? ['', ...row.cells.slice(1)] : row.cells;
    let height = measure(cells);
    const fitsOnAPage = height <= pageRoom;
    if (doc.y + (fitsOnAPage ? height : minimumRow) > layout.bottom) {
      newPageWithHeader();
      if (continuesGroup) cells = [`${row.cells[0] ?? ''} (fortsat)`, ...row.cells.slice(1)];
      height = measure(cells);
    }
    tags.open('TR');
    const cellElements = cells.map((_, i) =>
      tags.reserve(
        i === 0 && options.boldFirstColumn ? 'TH' : 'TD',
        i === 0 && options.boldFirstColumn ? { scope: 'Row' } : {},
      ),
    );
    let rest = cells;
    let first = true;
    for (;;) {
      const y = doc.y;
      const available = layout.bottom - y;
      let [part, remainder] =
        height <= available ? [rest, null] : splitRow(layout, options, rest, widths, size, available);
      if (remainder !== null && part.every((c) => c === '')) {
        // Not one line fits: try a fresh page; if not even there (cannot happen with
        // pdfSafeText's short words), draw the row whole rather than loop.
        if (rowOnPage > 0) {
          newPageWithHeader();
          continue;
        }
        [part, remainder] = [rest, null];
      }
      const partHeight = remainder === null ? height : available;
      drawRowBackground(
        layout,
        options,
        widths,
        y,
        partHeight,
        rowOnPage,
        index > 0 && (rowOnPage > 0 || !first),
        continuesGroup && first,
        row.alert === true,
      );
      drawCells(layout, options, part, widths, y, size, cellElements);
      if (!first && part[0] === '' && cells[0]) drawContinuedLabel(layout, options, cells[0], widths, y, size);
      doc.y = y + partHeight;
      rowOnPage += 1;
      if (remainder === null) break;
      newPageWithHeader();
      rest = remainder;
      height = measure(rest);
      first = false;
    }
    cellElements.forEach((element) => element.end());
    tags.close();
    previousGroup = row.group;
  });
  tags.close();
  layout.rule(doc.y, 0.8, COLOR.accent);
  doc.x = layout.left;
  layout.space(10);
}

/** "K3 (fortsat)" in the first cell of a split row's continuation: a reading aid, an artifact. */
function drawContinuedLabel(
  layout: ReportLayout,
  options: TableOptions,
  label: string,
  widths: readonly number[],
  y: number,
  size: number,
): void {
  const { doc } = layout;
  const padX = options.padX ?? TABLE_PAD_X;
  doc
    .font(options.boldFirstColumn ? FONT.bold : FONT.regular)
    .fontSize(size)
    .fillColor(COLOR.muted);
  layout.tags.artifact(() =>
    doc.text(`${label} (fortsat)`, layout.left + padX, y + PAD_Y, {
      width: (widths[0] ?? 0) - 2 * padX,
      lineGap: LINE_GAP,
    }),
  );
}

/** Zebra stripe and the rule above a row (a continuing group leaves its merged first cell open). */
function drawRowBackground(
  layout: ReportLayout,
  options: TableOptions,
  widths: readonly number[],
  y: number,
  height: number,
  rowOnPage: number,
  ruleAbove: boolean,
  continuesGroup: boolean,
  alert: boolean,
): void {
  const { doc } = layout;
  if (alert) {
    layout.tags.artifact(() => doc.rect(layout.left, y, layout.width, height).fill(COLOR.alert));
  } else if (options.zebra && rowOnPage % 2 === 1) {
    layout.tags.artifact(() => doc.rect(layout.left, y, layout.width, height).fill(COLOR.faint));
  }
  if (ruleAbove && rowOnPage > 0) {
    const from = continuesGroup ? layout.left + (widths[0] ?? 0) : layout.left;
    layout.rule(y, 0.4, COLOR.rule, from);
  }
}

/**
 * Splits a row that does not fit in `available` points: each cell keeps the words that fit
 * (found by bisection, so a long cell costs O(log n) measurements), the rest goes on.
 */
function splitRow(
  layout: ReportLayout,
  options: TableOptions,
  cells: readonly string[],
  widths: readonly number[],
  size: number,
  available: number,
): [string[], string[]] {
  const { doc } = layout;
  const padX = options.padX ?? TABLE_PAD_X;
  const room = available - 2 * PAD_Y;
  const parts: string[] = [];
  const rests: string[] = [];
  cells.forEach((cell, i) => {
    doc.font(options.boldFirstColumn && i === 0 ? FONT.bold : FONT.regular).fontSize(size);
    const textOptions = { width: (widths[i] ?? 0) - 2 * padX, lineGap: LINE_GAP };
    if (cell === '' || doc.heightOfString(cell, textOptions) <= room) {
      parts.push(cell);
      rests.push('');
      return;
    }
    // Break points: after every space or line break.
    const breaks: number[] = [];
    for (const match of cell.matchAll(/[ \n\u200B]+/g)) breaks.push(match.index + match[0].length);
    breaks.push(cell.length);
    let low = 0;
    let high = breaks.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (doc.heightOfString(cell.slice(0, breaks[mid]).trimEnd(), textOptions) <= room) low = mid;
      else high = mid - 1;
    }
    let cut = breaks[low] ?? cell.length;
    if (doc.heightOfString(cell.slice(0, cut).trimEnd(), textOptions) > room) cut = 0;
    parts.push(cell.slice(0, cut).trimEnd());
    rests.push(cell.slice(cut));
  });
  return [parts, rests];
}

interface TableMetrics {
  size: number;
  padX: number;
  widths: number[];
  headerHeight: number;
  /** Height of a body row with these cells. */
  measure(cells: readonly string[]): number;
}

/** Sizes every table routine shares: font size, padding, column widths, header and row heights. */
function tableMetrics(layout: ReportLayout, options: TableOptions): TableMetrics {
  const size = options.size ?? SIZE.small;
  const padX = options.padX ?? TABLE_PAD_X;
  const widths = columnWidths(layout.width, options.columns);
  const headerCells = options.columns.map((c) => c.header);
  return {
    size,
    padX,
    widths,
    headerHeight: rowHeight(layout, headerCells, widths, size, FONT.bold, false, padX),
    measure: (cells) => rowHeight(layout, cells, widths, size, FONT.regular, options.boldFirstColumn, padX),
  };
}

/**
 * Height `drawTable` needs below the cursor before it starts on this page (header row and the
 * first row, or its first lines): what a heading or lead-in must keep with it.
 */
export function measureTableStart(layout: ReportLayout, options: TableOptions): number {
  const { size, headerHeight, measure } = tableMetrics(layout, options);
  const first = options.rows[0];
  const firstHeight = first ? measure(first.cells) : 0;
  return headerHeight + Math.min(firstHeight, minimumRowHeight(layout, size, headerHeight));
}

/** A row taller than this is started at the bottom of a page and split rather than moved. */
function minimumRowHeight(layout: ReportLayout, size: number, headerHeight: number): number {
  return Math.min(layout.bottom - layout.top - headerHeight, size * 1.2 * 3 + 2 * PAD_Y);
}

/** Height the table needs when it is drawn without a page break (header, rows, closing gap). */
export function measureTable(layout: ReportLayout, options: TableOptions): number {
  const { headerHeight, measure } = tableMetrics(layout, options);
  let previousGroup: string | undefined;
  return options.rows.reduce((sum, row) => {
    const cells = row.group !== undefined && row.group === previousGroup ? ['', ...row.cells.slice(1)] : row.cells;
    previousGroup = row.group;
    return sum + measure(cells);
  }, headerHeight + 10);
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

/** The header row: TH cells in the structure the first time, an artifact when repeated. */
function drawHeader(
  layout: ReportLayout,
  options: TableOptions,
  widths: readonly number[],
  size: number,
  height: number,
  tagged: boolean,
): void {
  const { doc, tags } = layout;
  const padX = options.padX ?? TABLE_PAD_X;
  const y = doc.y;
  tags.artifact(() => doc.rect(layout.left, y, layout.width, height).fill(COLOR.accent));
  const drawCell = (column: TableColumn, x: number, width: number) => {
    doc.font(FONT.bold).fontSize(size).fillColor('#ffffff');
    doc.text(column.header, x + padX, y + PAD_Y, {
      width: width - 2 * padX,
      align: column.align ?? 'left',
      lineGap: LINE_GAP,
    });
  };
  const drawAll = (each: (draw: () => void) => void) => {
    let x = layout.left;
    options.columns.forEach((column, i) => {
      const width = widths[i] ?? 0;
      const at = x;
      each(() => drawCell(column, at, width));
      x += width;
    });
  };
  if (tagged) tags.group('TR', () => drawAll((draw) => tags.leaf('TH', draw, { scope: 'Column' })));
  else tags.artifact(() => drawAll((draw) => draw()), 'Pagination');
  doc.y = y + height;
}

function drawCells(
  layout: ReportLayout,
  options: TableOptions,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  size: number,
  elements: readonly PDFKit.PDFStructureElement[],
): void {
  const { doc } = layout;
  const padX = options.padX ?? TABLE_PAD_X;
  let x = layout.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    const element = elements[i];
    if (cell !== '' && element) {
      doc
        .font(options.boldFirstColumn && i === 0 ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(cell === '–' ? COLOR.muted : COLOR.text);
      const at = x;
      layout.tags.into(element, () =>
        doc.text(cell, at + padX, y + PAD_Y, {
          width: width - 2 * padX,
          align: options.columns[i]?.align ?? 'left',
          lineGap: LINE_GAP,
        }),
      );
    }
    x += width;
  });
}
