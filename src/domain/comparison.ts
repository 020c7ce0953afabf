/**
 * The genaudit's comparison of one form item with the same item in the baseline round. Pure.
 *
 * Each side is a list of case scores: one per case, that case's cell median (cases without a
 * value on the scale for the item are left out before calling). Definitions:
 *   - casesRated = number of case scores; casesPositive = scores ≥ 2; mean = their mean;
 *   - difference = followUp.mean − baseline.mean;
 *   - cliffsDelta = (#pairs f > b − #pairs f < b) / (n_f · n_b) over all (follow-up, baseline) pairs;
 *   - pValue: two-sided permutation test of the difference in means: pool the scores, take every
 *     split into groups of the two sizes, count the splits whose |difference| ≥ the observed
 *     |difference| − 1e-9, divide by the number of splits;
 *   - verdict: improved (difference > 0, p < 0.05), worsened (difference < 0, p < 0.05),
 *     otherwise no_clear_change; not_comparable when a side has no case (figures null).
 */

export const VERDICTS = ['improved', 'worsened', 'no_clear_change', 'not_comparable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface SideFigures {
  casesRated: number;
  casesPositive: number;
  mean: number | null;
}

export interface ItemComparison {
  baseline: SideFigures;
  followUp: SideFigures;
  difference: number | null;
  cliffsDelta: number | null;
  pValue: number | null;
  verdict: Verdict;
}

/** Significance level of the verdict. */
export const ALPHA_LEVEL = 0.05;
const TOLERANCE = 1e-9;

export function compareItem(baseline: readonly number[], followUp: readonly number[]): ItemComparison {
  const sides = { baseline: sideFigures(baseline), followUp: sideFigures(followUp) };
  if (baseline.length === 0 || followUp.length === 0) {
    return { ...sides, difference: null, cliffsDelta: null, pValue: null, verdict: 'not_comparable' };
  }
  const difference = mean(followUp) - mean(baseline);
  const pValue = permutationPValue(baseline, followUp);
  return {
    ...sides,
    difference,
    cliffsDelta: cliffsDelta(baseline, followUp),
    pValue,
    verdict: verdictOf(difference, pValue),
  };
}

export function verdictOf(difference: number, pValue: number): Verdict {
  if (pValue < ALPHA_LEVEL && difference > 0) return 'improved';
  if (pValue < ALPHA_LEVEL && difference < 0) return 'worsened';
  return 'no_clear_change';
}

function sideFigures(scores: readonly number[]): SideFigures {
  return {
    casesRated: scores.length,
    casesPositive: scores.filter((s) => s >= 2).length,
    mean: scores.length === 0 ? null : mean(scores),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** (#pairs f > b − #pairs f < b) / (n_f · n_b); null when a side is empty. */
export function cliffsDelta(baseline: readonly number[], followUp: readonly number[]): number | null {
  if (baseline.length === 0 || followUp.length === 0) return null;
  let balance = 0;
  for (const f of followUp) {
    for (const b of baseline) balance += Math.sign(f - b);
  }
  return balance / (followUp.length * baseline.length);
}

/**
 * The two-sided permutation p-value, found by counting instead of enumerating. Case scores are
 * medians of the values 0–3, so they are multiples of 0.5. With the group sizes fixed, the
 * difference in means is an increasing linear function of the follow-up group's sum, so it is
 * enough to know how many splits give each sum (in half-units). A dynamic programme over the
 * pooled scores counts them: splits[k][s] = number of ways to choose k scores summing to s.
 *
 * The counts are IEEE doubles. Up to 2^53 (every input with up to 1,000,000 splits, and far
 * beyond) they are exact integers, so p is the exact enumeration's value. Past 2^53 (e.g.
 * 60 + 60 cases: C(120, 60) ≈ 9.7 · 10^34 splits) each count carries a relative rounding error
 * below about 10^-13, so p equals the exact value to about twelve significant digits; the
 * computation has no randomness and gives the same p on every run.
 */
export function permutationPValue(baseline: readonly number[], followUp: readonly number[]): number {
  // Ascending, so the reachable sums stay small while most k are still open (the count is order-free).
  const halves = [...baseline, ...followUp].map(toHalfUnits).sort((a, b) => a - b);
  const nF = followUp.length;
  const nB = baseline.length;
  const total = halves.reduce((sum, h) => sum + h, 0);
  const observedSum = followUp.map(toHalfUnits).reduce((sum, h) => sum + h, 0);
  const differenceAt = (s: number) => s / 2 / nF - (total - s) / 2 / nB;
  const threshold = Math.abs(differenceAt(observedSum)) - TOLERANCE;
  const counts = splitCountsBySum(halves, nF);
  let extreme = 0;
  let all = 0;
  counts.forEach((count, s) => {
    all += count;
    if (count > 0 && Math.abs(differenceAt(s)) >= threshold) extreme += count;
  });
  return extreme / all;
}

/** counts[s] = number of ways to choose `size` of the values (indices distinct) summing to s. */
export function splitCountsBySum(values: readonly number[], size: number): number[] {
  const n = values.length;
  const maxValue = Math.max(0, ...values);
  // A subset of `size` values sums to at most size · maxValue.
  const maxSum = Math.min(
    values.reduce((sum, v) => sum + v, 0),
    size * maxValue,
  );
  // ways[k · width + s], updated in place from the largest k down so each value is used at most once.
  const width = maxSum + 1;
  const ways = new Float64Array((size + 1) * width);
  ways[0] = 1;
  // smallest[k] = the sum of the k smallest values: no k of them sum to less.
  const smallest = [0, ...[...values].sort((a, b) => a - b)];
  for (let k = 1; k < smallest.length; k++) smallest[k] = (smallest[k] as number) + (smallest[k - 1] as number);
  let reach = 0;
  for (let index = 0; index < n; index++) {
    const value = values[index] as number;
    reach += value;
    // Only k that can still grow to `size` with the values left matter, and k values sum to ≤ k · maxValue.
    const lowest = Math.max(1, size - (n - 1 - index));
    for (let k = Math.min(size, index + 1); k >= lowest; k--) {
      const into = k * width;
      const from = into - width - value;
      const low = value + (smallest[k - 1] as number);
      for (let s = Math.min(reach, k * maxValue, maxSum); s >= low; s--) {
        ways[into + s] = (ways[into + s] as number) + (ways[from + s] as number);
      }
    }
  }
  return Array.from(ways.subarray(size * width));
}

function toHalfUnits(score: number): number {
  const halves = score * 2;
  if (!Number.isInteger(halves) || halves < 0) {
    throw new RangeError(`A case score must be a non-negative multiple of 0.5, got ${score}`);
  }
  return halves;
}

export interface PlanLinks {
  /** The baseline plan's initiatives in plan order, with the recommendations each has chosen. */
  initiatives: readonly { id: string; title: string; recommendationIds: readonly string[] }[];
  /** Baseline recommendation id → its focus point's id. */
  focusPointOf: ReadonlyMap<string, string>;
  /** Baseline focus point id → the baseline item ids it is linked to. */
  itemsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * Per initiative of the baseline's udviklingsplan: the genaudit's compared items that the
 * focus points of its chosen recommendations point to (by number, ascending, each once) and
 * each one's verdict. Items removed from the genaudit's form are not compared, so not listed.
 */
export function initiativeVerdicts(
  plan: PlanLinks,
  compared: readonly { baselineItemId: string; number: number; verdict: Verdict }[],
): { initiativeId: string; number: number; title: string; itemNumbers: number[]; verdicts: Verdict[] }[] {
  const byBaselineItem = new Map(compared.map((item) => [item.baselineItemId, item]));
  return plan.initiatives.map((initiative, index) => {
    const items = new Map<number, Verdict>();
    for (const recommendationId of initiative.recommendationIds) {
      const focusPointId = plan.focusPointOf.get(recommendationId);
      for (const baselineItemId of (focusPointId && plan.itemsOf.get(focusPointId)) || []) {
        const item = byBaselineItem.get(baselineItemId);
        if (item) items.set(item.number, item.verdict);
      }
    }
    const itemNumbers = [...items.keys()].sort((a, b) => a - b);
    return {
      initiativeId: initiative.id,
      number: index + 1,
      title: initiative.title,
      itemNumbers,
      verdicts: itemNumbers.map((n) => items.get(n) as Verdict),
    };
  });
}
