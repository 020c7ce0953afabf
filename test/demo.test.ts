import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRound, runDemo } from '../src/demo/run-demo.js';
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
  });
});
