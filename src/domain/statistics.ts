/**
 * The results of a round, exactly as the Results schema (src/contract/results.ts) defines them.
 * Pure: one pass over the ratings into a case × item grid of counts, then passes over
 * the cells. Full precision; rounding is for display.
 */
import type { Counts } from '../contract/common.js';
import type { CellResult, ItemResult, Results, ThemeResult } from '../contract/results.js';
import { krippendorffAlphaFromCounts, type UnitCounts } from './krippendorff.js';
import { SCALE, type GradedValue, type RatingValue } from './scale.js';

export interface AggregationInput {
  /** case order */
  caseIds: readonly string[];
  /** form order */
  items: readonly { id: string; number: number; themeKey: string }[];
  /** theme order */
  themeKeys: readonly string[];
  /** panelists expected to rate every case × item */
  raterIds: readonly string[];
  /** at most one rating per (case, item, rater) */
  ratings: readonly { caseId: string; itemId: string; raterId: string; value: RatingValue }[];
}

// The shapes of the results are declared once, as the API's zod schemas (type-only imports:
// nothing of zod runs here).
export type { CellResult, Counts, ItemResult, Results, ThemeResult };
export type Summary = Pick<CellResult, 'median' | 'mean' | 'positiveShare'>;

/** The graded steps with their numeric values, ascending (none 0 … high 3). */
const GRADED: readonly { key: GradedValue; value: number }[] = SCALE.flatMap((step) =>
  step.key !== 'na' && step.value !== null ? [{ key: step.key, value: step.value }] : [],
).sort((a, b) => a.value - b.value);

export function emptyCounts(): Counts {
  return { high: 0, some: 0, low: 0, none: 0, na: 0 };
}

/** Adds `source` into `target` (mutates `target`). */
export function addCounts(target: Counts, source: Readonly<Counts>): void {
  target.high += source.high;
  target.some += source.some;
  target.low += source.low;
  target.none += source.none;
  target.na += source.na;
}

/** n: the number of values (`na` is no value). */
export function valuedCount(counts: Readonly<Counts>): number {
  return counts.high + counts.some + counts.low + counts.none;
}

export function positiveCount(counts: Readonly<Counts>): number {
  return counts.high + counts.some;
}

export function negativeCount(counts: Readonly<Counts>): number {
  return counts.low + counts.none;
}

/** The `index`-th smallest value (0-based) of the values the counts describe. */
function valueAt(counts: Readonly<Counts>, index: number): number {
  let seen = 0;
  for (const { key, value } of GRADED) {
    seen += counts[key];
    if (index < seen) return value;
  }
  throw new RangeError(`index ${index} outside ${seen} values`);
}

/** Median of the values; the mean of the two middle ones when n is even. */
export function medianFromCounts(counts: Readonly<Counts>): number | null {
  const n = valuedCount(counts);
  if (n === 0) return null;
  if (n % 2 === 1) return valueAt(counts, (n - 1) / 2);
  return (valueAt(counts, n / 2 - 1) + valueAt(counts, n / 2)) / 2;
}

export function meanFromCounts(counts: Readonly<Counts>): number | null {
  const n = valuedCount(counts);
  if (n === 0) return null;
  return GRADED.reduce((sum, { key, value }) => sum + counts[key] * value, 0) / n;
}

/** median, mean and positive / n; all `null` when n = 0. */
export function summarise(counts: Readonly<Counts>): Summary {
  const n = valuedCount(counts);
  return {
    median: medianFromCounts(counts),
    mean: meanFromCounts(counts),
    positiveShare: n === 0 ? null : positiveCount(counts) / n,
  };
}

/** n ≥ 3, positive ≥ n/3 and negative ≥ n/3 (compared as 3·x ≥ n, exact in integers). */
export function isDisagreement(counts: Readonly<Counts>): boolean {
  const n = valuedCount(counts);
  return n >= 3 && 3 * positiveCount(counts) >= n && 3 * negativeCount(counts) >= n;
}

/** The counts as one alpha unit: `[value, count]` per graded step (na is missing). */
export function alphaUnit(counts: Readonly<Counts>): UnitCounts {
  return GRADED.map(({ key, value }) => [value, counts[key]] as const);
}

/** Ordinal alpha with one unit per counts (e.g. per cell). */
export function ordinalAlpha(units: readonly Readonly<Counts>[]): number | null {
  return krippendorffAlphaFromCounts(units.map(alphaUnit), 'ordinal');
}

function firstIndex(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** The single pass over the ratings: counts per cell (case-major) and `received`. */
function tallyCells(input: AggregationInput): { grid: Counts[]; received: number } {
  const caseIndex = firstIndex(input.caseIds);
  const itemIndex = firstIndex(input.items.map((item) => item.id));
  const raters = new Set(input.raterIds);
  const width = input.items.length;
  const grid = Array.from({ length: input.caseIds.length * width }, emptyCounts);
  let received = 0;
  for (const rating of input.ratings) {
    const c = caseIndex.get(rating.caseId);
    const i = itemIndex.get(rating.itemId);
    const counts = c === undefined || i === undefined ? undefined : grid[c * width + i];
    if (!counts) continue;
    counts[rating.value] += 1;
    if (raters.has(rating.raterId)) received += 1;
  }
  return { grid, received };
}

function cellResult(caseId: string, itemId: string, counts: Counts): CellResult {
  return {
    caseId,
    itemId,
    n: valuedCount(counts),
    na: counts.na,
    counts,
    ...summarise(counts),
    disagreement: isDisagreement(counts),
  };
}

function itemResult(item: AggregationInput['items'][number], cells: CellResult[]): ItemResult {
  const counts = emptyCounts();
  for (const cell of cells) addCounts(counts, cell.counts);
  return {
    itemId: item.id,
    number: item.number,
    n: valuedCount(counts),
    na: counts.na,
    counts,
    ...summarise(counts),
    casesRated: cells.filter((cell) => cell.n >= 1).length,
    casesPositive: cells.filter((cell) => cell.median !== null && cell.median >= 2).length,
    disagreementCases: cells.filter((cell) => cell.disagreement).length,
    alpha: ordinalAlpha(cells.map((cell) => cell.counts)),
  };
}

function themeResults(input: AggregationInput, items: readonly ItemResult[]): ThemeResult[] {
  const byKey = new Map(input.themeKeys.map((key) => [key, emptyCounts()]));
  input.items.forEach((item, i) => {
    const target = byKey.get(item.themeKey);
    const source = items[i]?.counts;
    if (target && source) addCounts(target, source);
  });
  return [...byKey].map(([key, counts]) => {
    const { mean, positiveShare } = summarise(counts);
    return { key, n: valuedCount(counts), na: counts.na, counts, mean, positiveShare };
  });
}

export function aggregateResults(input: AggregationInput): Results {
  const { grid, received } = tallyCells(input);
  const width = input.items.length;
  const cells = input.caseIds.flatMap((caseId, c) =>
    input.items.map((item, i) => cellResult(caseId, item.id, grid[c * width + i] ?? emptyCounts())),
  );
  const items = input.items.map((item, i) =>
    itemResult(
      item,
      input.caseIds.flatMap((_, c) => cells[c * width + i] ?? []),
    ),
  );
  const overall = emptyCounts();
  for (const item of items) addCounts(overall, item.counts);
  return {
    completeness: {
      expected: input.caseIds.length * width * input.raterIds.length,
      received,
    },
    cells,
    items,
    themes: themeResults(input, items),
    overall: { n: valuedCount(overall), na: overall.na, alpha: ordinalAlpha(grid) },
  };
}
