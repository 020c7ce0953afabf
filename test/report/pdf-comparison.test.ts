import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartAltText, comparisonSentence, verdictSentence } from '../../src/report/pdf-comparison.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound } from '../helpers/rounds.js';

// A genaudit of a six-case baseline whose form was edited in calibration (item 9 removed, a new
// first item), rated so that the baseline's item 6 (now 7) is positive in every case.
let t: TestApp;
let dir: string;
let text: string;
let model: { comparison?: { baselineYear: string; newItemNumbers: number[]; items: { number: number }[] } };
const year = String(new Date().getFullYear());

/** pdftotext without -layout: running text in reading order, words joined across line breaks. */
function pdfText(pdf: Buffer): string {
  const file = path.join(dir, 'genaudit.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'auditpanel-comparison-'));
  t = await createTestApp();
  const baseline = await buildRound(t, { phase: 'reported', cases: 6 });
  // Calibration: a new first item, the last one removed.
  const edit = async (g: BuiltRound) => {
    const [first, ...rest] = g.form.themes;
    if (!first) throw new Error('no theme');
    const keep = (items: { id: string; text: string }[]) => items.map(({ id, text }) => ({ id, text }));
    await t
      .as(g.leader.token)
      .put(`/api/v1/rounds/${g.round.id}/form`, {
        developmentQuestion: g.form.developmentQuestion,
        themes: [
          {
            key: first.key,
            title: first.title,
            items: [{ text: 'Er der aftalt en dato for opfølgning?' }, ...keep(first.items)],
          },
          ...rest.map((th) => ({ key: th.key, title: th.title, items: keep(th.items.filter((i) => i.number !== 9)) })),
        ],
      })
      .expect(200);
  };
  // Genaudit numbers: 1 new, 2–8 = baseline 1–7, 9 = baseline 8.
  const g = await buildRound(t, {
    baselineRoundId: baseline.round.id,
    cases: 6,
    phase: 'discussion',
    inCalibration: edit,
    pattern: (p, c, n) => (n === 7 ? 'high' : n === 9 ? 'na' : (p + c + n) % 2 === 0 ? 'high' : 'some'),
  });
  const res = await t.as(g.leader.token).get(`/api/v1/rounds/${g.round.id}/report.pdf`).buffer(true).expect(200);
  text = pdfText(res.body as Buffer);
  model = (await t.as(g.referent.token).get(`/api/v1/rounds/${g.round.id}/report`).expect(200)).body;
}, 60_000);

afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the genaudit’s comparison chapter, read back with pdftotext', () => {
  it('comes after [3] Resultater, and the later chapters move up', () => {
    const results = text.lastIndexOf('[3] Resultater');
    const comparison = text.lastIndexOf(`[4] Sammenligning med ${year}`);
    const focus = text.lastIndexOf('[5] Fokuspunkter og anbefalinger');
    const form = text.lastIndexOf('[6] Vurderingsskema');
    expect(results).toBeGreaterThan(0);
    expect(comparison).toBeGreaterThan(results);
    expect(focus).toBeGreaterThan(comparison);
    expect(form).toBeGreaterThan(focus);
    expect(text).toContain('se kapitel 6');
    expect(text).toContain('de uddybes i kapitel 5');
  });

  it('says each item in the report’s own sentences, with an honest verdict', () => {
    const chapter = text.slice(text.lastIndexOf(`[4] Sammenligning med ${year}`), text.lastIndexOf('[5] Fokuspunkter'));
    // Baseline item 6 (defaultRating: one panelist "some", two lower): 0 of 6 positive then, 6 of 6 now.
    expect(chapter).toContain(`Spørgsmål 7: positiv i 0 af 6 sager i ${year} og i 6 af 6 sager nu.`);
    // 0/6 → 6/6: only the two all-or-nothing splits of C(12, 6) = 924 are as extreme: p = 2/924.
    expect(chapter).toContain('Tydelig forbedring (p = 0,002).');
    expect(chapter).toContain('Ingen tydelig ændring (p = ');
    // Genaudit item 9 (baseline 8) rated na throughout.
    expect(chapter).toContain(`Spørgsmål 9: positiv i 6 af 6 sager i ${year} og i ingen vurderede sager nu.`);
    expect(chapter).toContain('Kan ikke sammenlignes: ingen sager med en vurdering på skalaen nu.');
    expect(chapter).toContain('Spørgsmål 1 er nyt i genauditten og kan ikke sammenlignes.');
    expect(chapter).not.toContain('Spørgsmål 1: positiv');
    expect(chapter).toContain(`Sammenligningen bygger på seks sager nu og seks sager i ${year}.`);
    expect(chapter).toContain('»ingen tydelig ændring« ikke, at kvaliteten er den samme');
  });
});

describe('the report model (GET …/report)', () => {
  it('carries the comparison part the chapter is drawn from', () => {
    expect(model.comparison?.baselineYear).toBe(year);
    expect(model.comparison?.newItemNumbers).toEqual([1]);
    expect(model.comparison?.items.map((i) => i.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('sentences', () => {
  const item = {
    number: 6,
    text: 'Er målene konkrete?',
    baseline: { casesRated: 6, casesPositive: 1, mean: 1 },
    followUp: { casesRated: 6, casesPositive: 5, mean: 2.25 },
    difference: 1.25,
    cliffsDelta: 0.7,
    pValue: 0.0617,
    verdict: 'no_clear_change' as const,
  };
  it('match the report’s style and never overstate', () => {
    expect(comparisonSentence(item, '2026')).toBe('Spørgsmål 6: positiv i 1 af 6 sager i 2026 og i 5 af 6 sager nu.');
    expect(verdictSentence(item, '2026')).toBe(
      'Ingen tydelig ændring (p = 0,062). Gennemsnitlig sagsscore 1,0 i 2026 og 2,3 nu.',
    );
    expect(chartAltText(item, '2026')).toBe(
      'Søjlediagram for spørgsmål 6: 2026 1 af 6 sager positive (17 %); nu 5 af 6 sager positive (83 %).',
    );
  });
});
