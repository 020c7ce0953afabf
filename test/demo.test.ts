import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRound, runDemo } from '../src/demo/run-demo.js';
import { runGenaudit } from '../src/demo/run-genaudit.js';
import { ADMIN_TOKEN, createTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'auditpanel-demo-test-'));
beforeAll(async () => {
  t = await createTestApp();
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo round', () => {
  it('drives the fixture round to reported through the typed client and yields the report and the CSV', async () => {
    const lines: string[] = [];
    const result = await runDemo(url, ADMIN_TOKEN, (line) => lines.push(line));
    expect(lines).toContain('Fase: reported');
    expect(lines).toContain('Vurderinger modtaget: 324 af 324');
    expect(result.ratings).toBe(324);

    const round = await t.admin.get(`/api/v1/rounds/${result.roundId}`).expect(200);
    expect(round.body.phase).toBe('reported');

    const pdfPath = join(dir, 'afrapportering.pdf');
    writeFileSync(pdfPath, result.pdf);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const demo = loadDemoRound();
    expect(text).toContain(demo.round.title.slice(0, 30));
    expect(text).not.toMatch(/udkast/i);
    for (const n of [1, 9, 17]) expect(text).toMatch(new RegExp(`\\b${n}\\. Det anbefales`));

    const rows = result.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + 324);
    expect(rows[0]?.split(';')[0]).toBe('"Auditforløb"');

    // The udviklingsplan written after publication, from fixtures/demo-plan.json.
    expect(lines).toContain('Udviklingsplan: 2 indsatsområder');
    const planPath = join(dir, 'udviklingsplan.pdf');
    writeFileSync(planPath, result.planPdf);
    const plan = execFileSync('pdftotext', [planPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(plan).toContain('Indsatsområde 1. Formål og indsatsmål i handleplanen');
    expect(plan).toContain('Indsatsområde 2. Borgerens stemme i planen');
    expect(plan).toContain('Anbefalingerne 1, 4, 5, 11, 12 og 14 indgår i planen.');
    const planRows = result.planCsv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(planRows).toHaveLength(1 + 9);
    // The fixture's dates move with today, so the same steps are overdue whenever the demo runs.
    expect(planRows.slice(1).map((row) => row.split(';').at(-2))).toEqual(
      ['nej', 'nej', 'ja', 'nej', 'nej', 'nej', 'nej', 'nej', 'nej'].map((cell) => `"${cell}"`),
    );
  });
});

describe('the demo genaudit', () => {
  it('runs a genaudit of the reported demo round and writes the comparison chapter', async () => {
    const baseline = await runDemo(url, ADMIN_TOKEN);
    const lines: string[] = [];
    const result = await runGenaudit(url, ADMIN_TOKEN, baseline.roundId, (line) => lines.push(line));
    expect(lines).toContain('Genaudit: 324 vurderinger af 6 nye sager');
    const round = await t.admin.get(`/api/v1/rounds/${result.roundId}`).expect(200);
    expect(round.body).toMatchObject({ phase: 'reported', baselineRoundId: baseline.roundId });
    expect(result.verdicts).toHaveLength(9);
    // Item 6 (varighed) went from one positive case of six to all six: the one clear improvement (p ≈ 0.02).
    expect(result.verdicts.filter((v) => v.verdict === 'improved').map((v) => v.number)).toEqual([6]);
    expect(result.verdicts.some((v) => v.verdict === 'no_clear_change')).toBe(true);
    // The baseline's demo udviklingsplan: its two indsatsområder and the items their recommendations point to.
    expect(result.initiatives.map(({ number, title, itemNumbers }) => ({ number, title, itemNumbers }))).toEqual([
      { number: 1, title: 'Formål og indsatsmål i handleplanen', itemNumbers: [1, 2, 3, 7] },
      { number: 2, title: 'Borgerens stemme i planen', itemNumbers: [8] },
    ]);
    expect(lines).toContain('Indsatsområde 2 (Borgerens stemme i planen): spørgsmål 8 no_clear_change');

    const pdfPath = join(dir, 'genaudit.pdf');
    writeFileSync(pdfPath, result.pdf);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const year = String(new Date().getFullYear());
    expect(text).toContain(`[4] Sammenligning med ${year}`);
    expect(text).toContain(`Spørgsmål 6: positiv i 1 af 6 sager i ${year} og i 6 af 6 sager nu.`);
    expect(text).toContain('Tydelig forbedring');
    expect(text).toContain('Ingen tydelig ændring');
  }, 60_000);
});
