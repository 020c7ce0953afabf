import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, krippendorffAlphaFromCounts } from '../../src/domain/krippendorff.js';

const _ = null;

/** Reliability data are printed coders × units; alpha takes units × coders. */
function byUnit(rows: ReadonlyArray<ReadonlyArray<number | null>>): (number | null)[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return Array.from({ length: width }, (__, u) => rows.map((row) => row[u] ?? null));
}

describe('krippendorffAlpha: published examples', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", worked example:
  // 4 observers × 12 units, values 1–5, with missing data. Published: nominal .743,
  // ordinal .815, interval .849 (also the check in docs/contract.md).
  const krippendorff2011 = byUnit([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ]);

  it('Krippendorff 2011: nominal .743', () => {
    expect(krippendorffAlpha(krippendorff2011, 'nominal')).toBeCloseTo(0.743, 3);
  });
  it('Krippendorff 2011: ordinal .815', () => {
    expect(krippendorffAlpha(krippendorff2011, 'ordinal')).toBeCloseTo(0.815, 3);
  });
  it('Krippendorff 2011: interval .849', () => {
    expect(krippendorffAlpha(krippendorff2011, 'interval')).toBeCloseTo(0.849, 3);
  });

  // Hayes, A. F. & Krippendorff, K. (2007). Answering the call for a standard reliability
  // measure for coding data. Communication Methods and Measures 1(1), 77–89, Table 1
  // (p. 84): 5 observers × 40 units, ordinal values 0–3, `_` = missing. The paper's KALPHA
  // output for level = ordinal reports alpha = .7598. (Data as transcribed in the R package
  // jucor/krippendorff, data-raw/hayes2007table1.csv.)
  const hayes2007: (number | null)[][] = [
    [1, 1, 2, _, 2],
    [1, 1, 0, 1, _],
    [2, 3, 3, 3, _],
    [_, 0, 0, _, 0],
    [0, 0, 0, _, 0],
    [0, 0, 0, _, 0],
    [1, 0, 2, _, 1],
    [1, _, 2, 0, _],
    [2, 2, 2, _, 2],
    [2, 1, 1, 1, _],
    [_, 1, 0, 0, _],
    [0, 0, 0, 0, _],
    [1, 2, 2, 2, _],
    [3, 3, 2, 2, 3],
    [1, 1, 1, _, 1],
    [1, 1, 1, _, 1],
    [2, 1, 2, _, 2],
    [1, 2, 3, 3, _],
    [1, 1, 0, 1, _],
    [0, 0, 0, _, 0],
    [0, 0, 1, 1, _],
    [0, 0, _, 0, 0],
    [2, 3, 3, 3, _],
    [0, 0, 0, 0, _],
    [1, 2, _, 2, 2],
    [0, 1, 1, 1, _],
    [0, 0, 0, 1, 0],
    [1, 2, 1, 2, _],
    [1, 1, 2, 2, _],
    [1, 1, 2, _, 2],
    [1, 1, 0, _, 0],
    [2, 1, 2, 1, _],
    [2, 2, _, 2, 2],
    [3, 2, 2, 2, _],
    [2, 2, 2, _, 2],
    [2, 2, 3, _, 2],
    [2, 2, 2, _, 2],
    [2, 2, _, 1, 2],
    [2, 2, 2, 2, _],
    [1, 1, 1, _, 1],
  ];

  it('Hayes & Krippendorff 2007, Table 1: ordinal .7598', () => {
    expect(hayes2007).toHaveLength(40);
    expect(krippendorffAlpha(hayes2007, 'ordinal')).toBeCloseTo(0.7598, 4);
  });

  // Krippendorff (2004), Content Analysis, 2nd ed., section 11.3.1 (p. 224): binary data,
  // two observers, 10 units, no missing data. Published: alpha = .095. (Data as
  // transcribed in jucor/krippendorff, data-raw/krippendorff2004.binary.two.observers.csv.)
  it('Krippendorff 2004 §11.3.1, binary two observers: .095', () => {
    const units = byUnit([
      [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    ]);
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.095, 3);
  });

  // Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders × 15
  // units with many missing values. Published: nominal alpha = 0.691.
  it('Wikipedia computational example: nominal 0.691', () => {
    const units = byUnit([
      [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
      [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
      [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    ]);
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.691, 3);
  });
});

describe('krippendorffAlpha: undefined and edge cases', () => {
  it('is null without units', () => {
    expect(krippendorffAlpha([], 'ordinal')).toBeNull();
  });

  it('is null when no unit has two values (one rater)', () => {
    expect(krippendorffAlpha([[1], [2], [3, _], [_, 0]], 'ordinal')).toBeNull();
  });

  it('is null when every value is missing', () => {
    expect(
      krippendorffAlpha(
        [
          [_, _],
          [_, _, _],
        ],
        'nominal',
      ),
    ).toBeNull();
  });

  it('is null without variation (expected disagreement 0)', () => {
    for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
      expect(krippendorffAlpha([[2, 2], [2, 2, 2], [2]], metric)).toBeNull();
    }
  });

  it('is 1 for perfect agreement with variation', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 0],
          [3, 3, _],
          [1, 1, 1],
        ],
        'ordinal',
      ),
    ).toBe(1);
  });

  it('ignores unpairable units', () => {
    const paired = [
      [3, 0, 0],
      [2, 2],
    ];
    expect(krippendorffAlpha([...paired, [1], [_, 3]], 'ordinal')).toBe(krippendorffAlpha(paired, 'ordinal'));
  });

  it('accepts pre-tallied units, ignoring zero counts', () => {
    const fromCounts = krippendorffAlphaFromCounts(
      [
        [
          [3, 1],
          [0, 2],
          [1, 0],
        ],
        [
          [2, 2],
          [1, 0],
        ],
      ],
      'ordinal',
    );
    expect(fromCounts).toBe(
      krippendorffAlpha(
        [
          [3, 0, 0],
          [2, 2],
        ],
        'ordinal',
      ),
    );
  });

  it('hand-computed ordinal case', () => {
    // Units {2,2,2,2,2} and {3,1}. o_22 = 5·4/4 = 5, o_13 = o_31 = 1; n_1 = 1, n_2 = 5,
    // n_3 = 1, n = 7. Ordinal δ²: (1,2) = (6 − 3)² = 9, (2,3) = 9, (1,3) = (7 − 1)² = 36.
    // alpha = 1 − 6·(1·36) / (1·5·9 + 5·1·9 + 1·1·36) = 1 − 216/126 = −5/7.
    expect(
      krippendorffAlpha(
        [
          [2, 2, 2, 2, 2],
          [3, 1],
        ],
        'ordinal',
      ),
    ).toBeCloseTo(-5 / 7, 10);
  });
});
