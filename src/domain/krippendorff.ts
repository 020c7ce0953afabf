/**
 * Krippendorff's alpha, coincidence-matrix formulation (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"):
 *
 *   o_ck  = Σ_u (number of c-k pairs of values in unit u) / (m_u − 1)
 *   n_c   = Σ_k o_ck,  n = Σ_c n_c
 *   alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 *
 * Units with fewer than two values are unpairable and contribute nothing. Cost is
 * O(total values + Σ_u distinct_u² + distinct²): values are tallied per unit, never paired
 * one by one.
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/** One unit as `[value, how many coders gave it]` pairs; counts ≤ 0 are ignored. */
export type UnitCounts = Iterable<readonly [value: number, count: number]>;

/** Row c, column k: o_ck. Symmetric. */
type Coincidences = Map<number, Map<number, number>>;

/**
 * Alpha over units given as the coders' values; `null` (or a missing coder) is a missing
 * value. Returns `null` when alpha is undefined: no pairable values, or no variation.
 */
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<number | null>>,
  metric: AlphaMetric,
): number | null {
  return krippendorffAlphaFromCounts(units.map(tallyUnit), metric);
}

/** Same as {@link krippendorffAlpha}, for units already tallied as value counts. */
export function krippendorffAlphaFromCounts(units: Iterable<UnitCounts>, metric: AlphaMetric): number | null {
  const o = coincidences(units);
  const values = [...o.keys()].sort((a, b) => a - b);
  const marginals = values.map((c) => sumValues(o.get(c)));
  const n = marginals.reduce((s, x) => s + x, 0);
  if (n < 2) return null;
  const delta = differenceFunction(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  // δ² is symmetric and zero on the diagonal: summing the upper triangle halves both
  // sums, which leaves their ratio unchanged.
  for (let i = 0; i < values.length; i++) {
    const row = o.get(values[i] ?? Number.NaN);
    for (let j = i + 1; j < values.length; j++) {
      const d = delta(i, j);
      observed += (row?.get(values[j] ?? Number.NaN) ?? 0) * d;
      expected += (marginals[i] ?? 0) * (marginals[j] ?? 0) * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

function tallyUnit(unit: ReadonlyArray<number | null>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of unit) {
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

function coincidences(units: Iterable<UnitCounts>): Coincidences {
  const o: Coincidences = new Map();
  for (const unit of units) {
    const entries = [...unit].filter(([, count]) => count > 0);
    const m = entries.reduce((s, [, count]) => s + count, 0);
    if (m < 2) continue;
    for (const [c, nc] of entries) {
      let row = o.get(c);
      if (!row) o.set(c, (row = new Map()));
      for (const [k, nk] of entries) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs > 0) row.set(k, (row.get(k) ?? 0) + pairs / (m - 1));
      }
    }
  }
  return o;
}

function sumValues(row: ReadonlyMap<number, number> | undefined): number {
  let total = 0;
  for (const x of row?.values() ?? []) total += x;
  return total;
}

/** δ²(i, j) over indices into the sorted distinct `values`. */
function differenceFunction(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: readonly number[],
): (i: number, j: number) => number {
  if (metric === 'nominal') return (i, j) => (i === j ? 0 : 1);
  if (metric === 'interval') {
    return (i, j) => ((values[i] ?? 0) - (values[j] ?? 0)) ** 2;
  }
  // ordinal: (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², with prefix[i] = Σ_{g<i} n_g
  const prefix = [0];
  for (const nc of marginals) prefix.push((prefix[prefix.length - 1] ?? 0) + nc);
  return (i, j) => {
    const lo = Math.min(i, j);
    const hi = Math.max(i, j);
    const between = (prefix[hi + 1] ?? 0) - (prefix[lo] ?? 0);
    return (between - ((marginals[i] ?? 0) + (marginals[j] ?? 0)) / 2) ** 2;
  };
}
