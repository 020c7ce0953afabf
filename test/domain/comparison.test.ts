import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cliffsDelta,
  compareItem,
  initiativeVerdicts,
  permutationPValue,
  splitCountsBySum,
} from '../../src/domain/comparison.js';

/** Every split of the pooled scores, enumerated: the definition itself, for small inputs. */
function bruteForceP(baseline: number[], followUp: number[]): number {
  const pooled = [...baseline, ...followUp];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const observed = Math.abs(mean(followUp) - mean(baseline));
  let extreme = 0;
  let all = 0;
  const choose = (start: number, picked: number[]) => {
    if (picked.length === followUp.length) {
      const f = picked.map((i) => pooled[i] as number);
      const b = pooled.filter((_, i) => !picked.includes(i));
      all += 1;
      if (Math.abs(mean(f) - mean(b)) >= observed - 1e-9) extreme += 1;
      return;
    }
    for (let i = start; i < pooled.length; i++) choose(i + 1, [...picked, i]);
  };
  choose(0, []);
  return extreme / all;
}

describe('compareItem, values computed by hand', () => {
  it('[0, 0, 0] → [3, 3, 3]: difference 3, delta 1, p = 2/20 = 0.1, no clear change', () => {
    expect(compareItem([0, 0, 0], [3, 3, 3])).toEqual({
      baseline: { casesRated: 3, casesPositive: 0, mean: 0 },
      followUp: { casesRated: 3, casesPositive: 3, mean: 3 },
      difference: 3,
      cliffsDelta: 1,
      pValue: 0.1,
      verdict: 'no_clear_change',
    });
  });

  it('four cases a side all the way up: p = 2/70, improved; all the way down: worsened', () => {
    const up = compareItem([0, 0, 0, 0], [3, 3, 3, 3]);
    expect(up.pValue).toBeCloseTo(2 / 70, 15);
    expect(up.verdict).toBe('improved');
    const down = compareItem([3, 3, 3, 3], [0, 0, 0, 0]);
    expect(down).toMatchObject({ difference: -3, cliffsDelta: -1, verdict: 'worsened' });
    expect(down.pValue).toBeCloseTo(2 / 70, 15);
  });

  it('[1, 2] → [2, 3]: difference 1, delta 3/4, p = 4/6', () => {
    // Splits of {1, 2, 2, 3} into two pairs: follow-up sums 3, 3, 4, 4, 5, 5 → differences −1, −1, 0, 0, 1, 1.
    const result = compareItem([1, 2], [2, 3]);
    expect(result).toMatchObject({ difference: 1, cliffsDelta: 0.75, verdict: 'no_clear_change' });
    expect(result.pValue).toBeCloseTo(4 / 6, 15);
    expect(result.followUp.casesPositive).toBe(2);
    expect(result.baseline.casesPositive).toBe(1);
  });

  it('half-unit medians: [0.5, 2.5] → [2.5]: difference 1, delta 1/2, p = 3/3', () => {
    // Follow-up 0.5 → difference −2; follow-up 2.5 (either one) → +1: every split is as extreme.
    expect(compareItem([0.5, 2.5], [2.5])).toMatchObject({ difference: 1, cliffsDelta: 0.5, pValue: 1 });
  });

  it('no change at all: difference 0, delta 0, p = 1', () => {
    expect(compareItem([2, 2, 1], [2, 1, 2])).toMatchObject({ difference: 0, cliffsDelta: 0, pValue: 1 });
  });

  it('a side with no case is not comparable: figures null, counts kept', () => {
    expect(compareItem([], [3, 2])).toEqual({
      baseline: { casesRated: 0, casesPositive: 0, mean: null },
      followUp: { casesRated: 2, casesPositive: 2, mean: 2.5 },
      difference: null,
      cliffsDelta: null,
      pValue: null,
      verdict: 'not_comparable',
    });
    expect(compareItem([1], []).verdict).toBe('not_comparable');
  });

  it('refuses a score that is not a multiple of 0.5 (no case median can be one)', () => {
    expect(() => permutationPValue([1.25], [2])).toThrow(RangeError);
  });
});

describe('splitCountsBySum', () => {
  it('counts every subset of the given size once: {1, 2, 2, 3} choose 2', () => {
    expect(splitCountsBySum([1, 2, 2, 3], 2)).toEqual([0, 0, 0, 2, 2, 2, 0]);
  });

  it('adds up to C(120, 60) for 60 + 60 cases, within double precision', () => {
    const counts = splitCountsBySum(
      Array.from({ length: 120 }, (_, i) => i % 7),
      60,
    );
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total / Number(96614908840363322603893139521372656n)).toBeCloseTo(1, 12);
  });
});

/** The same counting in exact integers (BigInt): what the doubles approximate past 2^53. */
function exactBigIntP(baseline: number[], followUp: number[]): number {
  const halves = [...baseline, ...followUp].map((x) => x * 2);
  const maxSum = halves.reduce((a, b) => a + b, 0);
  const ways = Array.from({ length: followUp.length + 1 }, () => new Array<bigint>(maxSum + 1).fill(0n));
  (ways[0] as bigint[])[0] = 1n;
  for (const h of halves) {
    for (let k = followUp.length; k >= 1; k--) {
      for (let s = maxSum; s >= h; s--) (ways[k] as bigint[])[s]! += (ways[k - 1] as bigint[])[s - h]!;
    }
  }
  const observed = followUp.reduce((a, b) => a + b * 2, 0);
  const diff = (s: number) => s / 2 / followUp.length - (maxSum - s) / 2 / baseline.length;
  let extreme = 0n;
  let all = 0n;
  (ways[followUp.length] as bigint[]).forEach((count, s) => {
    all += count;
    if (Math.abs(diff(s)) >= Math.abs(diff(observed)) - 1e-9) extreme += count;
  });
  // Twenty significant digits of the exact ratio, then a double.
  return Number((extreme * 10n ** 20n) / all) / 1e20;
}

describe('beyond 2^53 splits', () => {
  it('60 + 60 cases: p agrees with exact BigInt counting to twelve digits', () => {
    const baseline = Array.from({ length: 60 }, (_, i) => [0, 1, 1.5, 2, 2, 3][i % 6] as number);
    const followUp = Array.from({ length: 60 }, (_, i) => [1, 2, 2, 2.5, 3, 3][i % 6] as number);
    const exact = exactBigIntP(baseline, followUp);
    const p = permutationPValue(baseline, followUp);
    expect(exact).toBeGreaterThan(0);
    expect(Math.abs(p - exact) / exact).toBeLessThan(1e-12);
  });

  it('a close 60 + 60 comparison likewise', () => {
    const baseline = Array.from({ length: 60 }, (_, i) => (i % 7) / 2);
    const followUp = Array.from({ length: 60 }, (_, i) => ((i + 3) % 7) / 2);
    const exact = exactBigIntP(baseline, followUp);
    expect(Math.abs(permutationPValue(baseline, followUp) - exact)).toBeLessThan(1e-12);
  });
});

const score = fc.integer({ min: 0, max: 6 }).map((h) => h / 2);

describe('against brute-force enumeration', () => {
  it('p, difference and delta agree on random small inputs', () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 7 }),
        fc.array(score, { minLength: 1, maxLength: 7 }),
        (baseline, followUp) => {
          const result = compareItem(baseline, followUp);
          expect(result.pValue).toBeCloseTo(bruteForceP(baseline, followUp), 12);
          let balance = 0;
          for (const f of followUp) for (const b of baseline) balance += f > b ? 1 : f < b ? -1 : 0;
          expect(cliffsDelta(baseline, followUp)).toBeCloseTo(balance / (baseline.length * followUp.length), 15);
          const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
          expect(result.difference).toBeCloseTo(mean(followUp) - mean(baseline), 12);
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });

  it('the verdict follows the sign of the difference and p < 0.05', () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 8 }),
        fc.array(score, { minLength: 1, maxLength: 8 }),
        (b, f) => {
          const { difference, pValue, verdict } = compareItem(b, f);
          const p = bruteForceP(b, f);
          const expected =
            p < 0.05 && (difference ?? 0) > 0
              ? 'improved'
              : p < 0.05 && (difference ?? 0) < 0
                ? 'worsened'
                : 'no_clear_change';
          expect(verdict).toBe(expected);
          expect(pValue).toBeGreaterThan(0);
          expect(pValue).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
      { numRuns: 150, seed: 61 },
    );
  });
});

describe('initiativeVerdicts', () => {
  const compared = [
    { baselineItemId: 'b1', number: 2, verdict: 'improved' as const },
    { baselineItemId: 'b6', number: 7, verdict: 'no_clear_change' as const },
    { baselineItemId: 'b8', number: 9, verdict: 'worsened' as const },
  ];
  const plan = {
    initiatives: [
      { id: 'i1', title: 'Mål i handleplanen', recommendationIds: ['r1', 'r2'] },
      { id: 'i2', title: 'Borgerinddragelse', recommendationIds: ['r3'] },
      { id: 'i3', title: 'Uden anbefalinger', recommendationIds: [] },
    ],
    focusPointOf: new Map([
      ['r1', 'f1'],
      ['r2', 'f2'],
      ['r3', 'f3'],
    ]),
    itemsOf: new Map([
      ['f1', ['b6', 'b1']],
      ['f2', ['b1', 'b9-removed']],
      ['f3', ['b8']],
    ]),
  };

  it('lists the genaudit numbers of the linked items once, ascending, each with its verdict', () => {
    expect(initiativeVerdicts(plan, compared)).toEqual([
      {
        initiativeId: 'i1',
        number: 1,
        title: 'Mål i handleplanen',
        itemNumbers: [2, 7],
        verdicts: ['improved', 'no_clear_change'],
      },
      { initiativeId: 'i2', number: 2, title: 'Borgerinddragelse', itemNumbers: [9], verdicts: ['worsened'] },
      { initiativeId: 'i3', number: 3, title: 'Uden anbefalinger', itemNumbers: [], verdicts: [] },
    ]);
  });
});
