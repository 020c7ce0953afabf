import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../src/domain/krippendorff.js';
import type { RatingValue } from '../../src/domain/scale.js';
import {
  aggregateResults,
  emptyCounts,
  isDisagreement,
  medianFromCounts,
  summarise,
  type AggregationInput,
  type Counts,
} from '../../src/domain/statistics.js';

function counts(partial: Partial<Counts>): Counts {
  return { ...emptyCounts(), ...partial };
}

describe('summarise', () => {
  it('is all null when n = 0, even with na values', () => {
    expect(summarise(counts({ na: 3 }))).toEqual({ median: null, mean: null, positiveShare: null });
  });

  it('takes the mean of the two middle values when n is even', () => {
    expect(summarise(counts({ high: 1, some: 1 }))).toEqual({ median: 2.5, mean: 2.5, positiveShare: 1 });
    expect(medianFromCounts(counts({ none: 2, low: 1, some: 1 }))).toBe(0.5);
  });

  it('takes the middle value when n is odd and ignores na', () => {
    expect(summarise(counts({ high: 1, low: 1, none: 1, na: 5 }))).toEqual({
      median: 1,
      mean: 4 / 3,
      positiveShare: 1 / 3,
    });
  });
});

describe('isDisagreement', () => {
  it('needs n ≥ 3: one positive, one negative and one na is not flagged', () => {
    expect(isDisagreement(counts({ high: 1, none: 1, na: 1 }))).toBe(false);
  });

  it('flags positive and negative both exactly n/3', () => {
    expect(isDisagreement(counts({ some: 1, low: 2 }))).toBe(true);
    expect(isDisagreement(counts({ high: 2, none: 1 }))).toBe(true);
    expect(isDisagreement(counts({ some: 2, low: 4 }))).toBe(true);
  });

  it('does not flag a side just below n/3', () => {
    expect(isDisagreement(counts({ some: 1, low: 3 }))).toBe(false); // 1 < 4/3
    expect(isDisagreement(counts({ high: 2, none: 5 }))).toBe(false); // 2 < 7/3
    expect(isDisagreement(counts({ high: 3 }))).toBe(false);
  });
});

type Row = [caseId: string, itemId: string, raterId: string, value: RatingValue];

/**
 * 2 cases × 3 items × 4 raters (r1–r4). Items i1, i2 in theme a, i3 in theme b; theme c
 * has no items. Some ratings are absent, one comes from r5 (not an expected rater: it is
 * counted in the figures but not in `received`), two are for unknown cases/items (ignored).
 */
const rows: Row[] = [
  // c1/i1: high, some, low, na → n 3, values 1 2 3
  ['c1', 'i1', 'r1', 'high'],
  ['c1', 'i1', 'r2', 'some'],
  ['c1', 'i1', 'r3', 'low'],
  ['c1', 'i1', 'r4', 'na'],
  // c1/i2: some × 4 from r1–r4, plus some from r5 → n 5
  ['c1', 'i2', 'r1', 'some'],
  ['c1', 'i2', 'r2', 'some'],
  ['c1', 'i2', 'r3', 'some'],
  ['c1', 'i2', 'r4', 'some'],
  ['c1', 'i2', 'r5', 'some'],
  // c1/i3: high, none, (r3 absent), none → n 3, values 0 0 3
  ['c1', 'i3', 'r1', 'high'],
  ['c1', 'i3', 'r2', 'none'],
  ['c1', 'i3', 'r4', 'none'],
  // c2/i1: low, none, none, some → n 4, values 0 0 1 2
  ['c2', 'i1', 'r1', 'low'],
  ['c2', 'i1', 'r2', 'none'],
  ['c2', 'i1', 'r3', 'none'],
  ['c2', 'i1', 'r4', 'some'],
  // c2/i2: high, low, na, (r4 absent) → n 2, values 1 3
  ['c2', 'i2', 'r1', 'high'],
  ['c2', 'i2', 'r2', 'low'],
  ['c2', 'i2', 'r3', 'na'],
  // c2/i3: na × 4 → n 0
  ['c2', 'i3', 'r1', 'na'],
  ['c2', 'i3', 'r2', 'na'],
  ['c2', 'i3', 'r3', 'na'],
  ['c2', 'i3', 'r4', 'na'],
  // ignored: case or item not in the lists
  ['c9', 'i1', 'r1', 'high'],
  ['c1', 'i9', 'r1', 'none'],
];

const input: AggregationInput = {
  caseIds: ['c1', 'c2'],
  items: [
    { id: 'i1', number: 1, themeKey: 'a' },
    { id: 'i2', number: 2, themeKey: 'a' },
    { id: 'i3', number: 3, themeKey: 'b' },
  ],
  themeKeys: ['a', 'b', 'c'],
  raterIds: ['r1', 'r2', 'r3', 'r4'],
  ratings: rows.map(([caseId, itemId, raterId, value]) => ({ caseId, itemId, raterId, value })),
};

describe('aggregateResults: a hand-computed round', () => {
  const results = aggregateResults(input);

  it('completeness: expected 2 × 3 × 4, received only expected raters on known cells', () => {
    // received: c1/i1 4 + c1/i2 4 + c1/i3 3 + c2/i1 4 + c2/i2 3 + c2/i3 4 = 22
    expect(results.completeness).toEqual({ expected: 24, received: 22 });
  });

  it('cells: one per case × item, case-major in input order, with every figure', () => {
    expect(results.cells).toEqual([
      {
        caseId: 'c1',
        itemId: 'i1',
        n: 3,
        na: 1,
        counts: counts({ high: 1, some: 1, low: 1, na: 1 }),
        median: 2,
        mean: 2,
        positiveShare: 2 / 3,
        disagreement: true, // negative 1 = n/3
      },
      {
        caseId: 'c1',
        itemId: 'i2',
        n: 5,
        na: 0,
        counts: counts({ some: 5 }),
        median: 2,
        mean: 2,
        positiveShare: 1,
        disagreement: false,
      },
      {
        caseId: 'c1',
        itemId: 'i3',
        n: 3,
        na: 0,
        counts: counts({ high: 1, none: 2 }),
        median: 0,
        mean: 1,
        positiveShare: 1 / 3,
        disagreement: true, // positive 1 = n/3
      },
      {
        caseId: 'c2',
        itemId: 'i1',
        n: 4,
        na: 0,
        counts: counts({ some: 1, low: 1, none: 2 }),
        median: 0.5,
        mean: 0.75,
        positiveShare: 0.25,
        disagreement: false, // positive 1 < 4/3
      },
      {
        caseId: 'c2',
        itemId: 'i2',
        n: 2,
        na: 1,
        counts: counts({ high: 1, low: 1, na: 1 }),
        median: 2,
        mean: 2,
        positiveShare: 0.5,
        disagreement: false, // n < 3
      },
      {
        caseId: 'c2',
        itemId: 'i3',
        n: 0,
        na: 4,
        counts: counts({ na: 4 }),
        median: null,
        mean: null,
        positiveShare: null,
        disagreement: false,
      },
    ]);
  });

  it('items: figures over all cases, cases rated/positive/in disagreement', () => {
    const [i1, i2, i3] = results.items;
    // i1 values 0 0 1 1 2 2 3: median 1, mean 9/7; c1 median 2 positive, c2 median 0.5 not
    expect(i1).toMatchObject({
      itemId: 'i1',
      number: 1,
      n: 7,
      na: 1,
      counts: counts({ high: 1, some: 2, low: 2, none: 2, na: 1 }),
      median: 1,
      mean: 9 / 7,
      positiveShare: 3 / 7,
      casesRated: 2,
      casesPositive: 1,
      disagreementCases: 1,
    });
    // i2 values 1 2 2 2 2 2 3: median 2, mean 14/7 = 2
    expect(i2).toMatchObject({
      itemId: 'i2',
      number: 2,
      n: 7,
      na: 1,
      counts: counts({ high: 1, some: 5, low: 1, na: 1 }),
      median: 2,
      mean: 2,
      positiveShare: 6 / 7,
      casesRated: 2,
      casesPositive: 2,
      disagreementCases: 0,
    });
    // i3: only c1 has values (0 0 3); c2 is all na, so not rated
    expect(i3).toMatchObject({
      itemId: 'i3',
      number: 3,
      n: 3,
      na: 4,
      counts: counts({ high: 1, none: 2, na: 4 }),
      median: 0,
      mean: 1,
      positiveShare: 1 / 3,
      casesRated: 1,
      casesPositive: 0,
      disagreementCases: 1,
    });
  });

  it('item alpha: ordinal, one unit per case (hand-computed)', () => {
    const [i1, i2, i3] = results.items;
    // i1: units {3,2,1} and {2,1,0,0}. o_12 = o_13 = o_23 = 1/2 from the first (m = 3);
    // o_00 = o_01 = o_02 = 2/3 and o_12 += 1/3 from the second (m = 4). Marginals n_0 = n_1
    // = n_2 = 2, n_3 = 1, n = 7. Ordinal δ²: 01 4, 02 16, 03 30.25, 12 4, 13 12.25, 23 2.25.
    // D_o·n = 2/3·4 + 2/3·16 + 5/6·4 + 1/2·12.25 + 1/2·2.25 = 23.91667 (upper triangle)
    // D_e·n(n−1) = 4·4 + 4·16 + 2·30.25 + 4·4 + 2·12.25 + 2·2.25 = 185.5
    // alpha = 1 − 6 · 23.91667 / 185.5 = 42 / 185.5 = 0.226415…
    expect(i1?.alpha).toBeCloseTo(42 / 185.5, 10);
    // i2: units {2,2,2,2,2} and {3,1}: alpha = 1 − 6·36/126 = −5/7 (see krippendorff.test.ts)
    expect(i2?.alpha).toBeCloseTo(-5 / 7, 10);
    // i3: one pairable unit {3,0,0}: o_00 = 1, o_03 = 1, n_0 = 2, n_3 = 1, n = 3;
    // alpha = 1 − 2·1/(2·1) = 0 (δ² cancels with only two values)
    expect(i3?.alpha).toBeCloseTo(0, 10);
  });

  it('themes: sums over their items in theme order, empty theme null', () => {
    expect(results.themes).toEqual([
      {
        key: 'a',
        n: 14,
        na: 2,
        counts: counts({ high: 2, some: 7, low: 3, none: 2, na: 2 }),
        mean: 23 / 14,
        positiveShare: 9 / 14,
      },
      { key: 'b', n: 3, na: 4, counts: counts({ high: 1, none: 2, na: 4 }), mean: 1, positiveShare: 1 / 3 },
      { key: 'c', n: 0, na: 0, counts: emptyCounts(), mean: null, positiveShare: null },
    ]);
  });

  it('overall: n and na over everything, ordinal alpha with one unit per cell', () => {
    expect(results.overall.n).toBe(17);
    expect(results.overall.na).toBe(6);
    const perCell = [[3, 2, 1], [2, 2, 2, 2, 2], [3, 0, 0], [2, 1, 0, 0], [3, 1], []];
    const expected = krippendorffAlpha(perCell, 'ordinal');
    expect(expected).not.toBeNull();
    expect(results.overall.alpha).toBeCloseTo(expected ?? Number.NaN, 10);
  });
});

describe('aggregateResults: edge cases', () => {
  it('no ratings: empty cells, nulls, nothing received', () => {
    const results = aggregateResults({ ...input, ratings: [] });
    expect(results.completeness).toEqual({ expected: 24, received: 0 });
    expect(results.cells).toHaveLength(6);
    expect(results.cells.every((cell) => cell.n === 0 && cell.median === null && !cell.disagreement)).toBe(true);
    expect(results.items.map((item) => [item.casesRated, item.alpha])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(results.overall).toEqual({ n: 0, na: 0, alpha: null });
  });

  it('all na: counted in na, no values, alpha null', () => {
    const ratings = input.ratings.map((rating) => ({ ...rating, value: 'na' as const }));
    const results = aggregateResults({ ...input, ratings });
    expect(results.overall).toEqual({ n: 0, na: 23, alpha: null });
    expect(results.completeness.received).toBe(22);
  });

  it('one rater: figures but no pairable values, so alpha null', () => {
    const ratings = input.ratings.filter((rating) => rating.raterId === 'r1');
    const results = aggregateResults({ ...input, raterIds: ['r1'], ratings });
    expect(results.completeness).toEqual({ expected: 6, received: 6 });
    expect(results.items.map((item) => item.alpha)).toEqual([null, null, null]);
    expect(results.overall).toMatchObject({ n: 5, na: 1, alpha: null });
  });

  it('no variation: every value "some", alpha null', () => {
    const ratings = input.ratings.map((rating) => ({ ...rating, value: 'some' as const }));
    const results = aggregateResults({ ...input, ratings });
    expect(results.overall).toEqual({ n: 23, na: 0, alpha: null });
  });

  it('aggregates 108,000 ratings (60 cases × 60 items × 30 raters)', () => {
    const values: RatingValue[] = ['high', 'some', 'low', 'none', 'na'];
    const caseIds = Array.from({ length: 60 }, (_, c) => `case-${c}`);
    const items = Array.from({ length: 60 }, (_, i) => ({ id: `item-${i}`, number: i + 1, themeKey: `t${i % 6}` }));
    const raterIds = Array.from({ length: 30 }, (_, r) => `rater-${r}`);
    const ratings: AggregationInput['ratings'][number][] = [];
    let seed = 12345; // MINSTD: exact in doubles
    for (const caseId of caseIds) {
      for (const item of items) {
        for (const raterId of raterIds) {
          seed = (seed * 48271) % 2147483647;
          ratings.push({ caseId, itemId: item.id, raterId, value: values[seed % 5] ?? 'na' });
        }
      }
    }
    const results = aggregateResults({
      caseIds,
      items,
      themeKeys: ['t0', 't1', 't2', 't3', 't4', 't5'],
      raterIds,
      ratings,
    });
    expect(results.completeness).toEqual({ expected: 108_000, received: 108_000 });
    expect(results.cells).toHaveLength(3_600);
    expect(results.overall.n + results.overall.na).toBe(108_000);
    expect(results.themes.reduce((sum, theme) => sum + theme.n + theme.na, 0)).toBe(108_000);
    expect(typeof results.overall.alpha).toBe('number');
  });
});
