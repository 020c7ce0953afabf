import { describe, expect, it } from 'vitest';
import { loadCorpus, measureCorpus } from '../../bench/anonymisation.js';

/**
 * The corpus in fixtures/ (written for the project, invented persons) against the issue's
 * targets: recall ≥ 0.95 for every certain kind, ≥ 0.9 for names, false refusals ≤ 3 %.
 * `npm run bench` prints the same figures.
 */
describe('anonymisation corpus', () => {
  const corpus = loadCorpus();
  const figures = measureCorpus(corpus);

  it('is big enough to measure: ≥ 300 annotated spans, ≥ 150 ordinary sentences', () => {
    expect(figures.spans).toBeGreaterThanOrEqual(300);
    expect(figures.ordinary).toBeGreaterThanOrEqual(150);
    for (const kind of ['cpr', 'email', 'phone', 'address', 'birth_date', 'known_identifier', 'person_name']) {
      expect(figures.recall[kind as keyof typeof figures.recall]?.spans ?? 0).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(['cpr', 'email', 'phone', 'address', 'birth_date', 'known_identifier'] as const)(
    'finds ≥ 95 %% of the %s spans',
    (kind) => {
      expect(figures.recall[kind]?.recall ?? 0).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('finds ≥ 90 % of the person names', () => {
    expect(figures.recall.person_name?.recall ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses at most 3 % of the ordinary professional prose', () => {
    expect(figures.falseRefusalRate).toBeLessThanOrEqual(0.03);
  });
});
