import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRound, createTestApp, type TestApp } from '../helpers/app.js';

// The development question's number has one home (src/domain/form.ts): the form answers it,
// and the report's chapter 3 and chapter 5 print the same number.
let t: TestApp;
const dir = mkdtempSync(path.join(tmpdir(), 'development-number-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUESTION = 'Nævn de områder, hvor handleplanen kan forbedres mest.';
const threeItemForm = {
  themes: [
    { key: 'maal', title: 'Mål', items: [{ text: 'Er formålet tydeligt?' }, { text: 'Er målene realistiske?' }] },
    { key: 'inddragelse', title: 'Inddragelse', items: [{ text: 'Er borgeren inddraget?' }] },
  ],
  developmentQuestion: QUESTION,
};

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('the development question’s number', () => {
  it('is the number of items + 1 in the form answer, and chapters 3 and 5 of the draft PDF print it', async () => {
    const round = await createRound(t);
    const put = await t.admin.put(`/api/v1/rounds/${round.id}/form`, threeItemForm).expect(200);
    expect(put.body.developmentQuestionNumber).toBe(4);
    const form = await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200);
    expect(form.body.developmentQuestionNumber).toBe(4);
    expect(form.body.themes.flatMap((theme: { items: unknown[] }) => theme.items)).toHaveLength(3);

    const pdf = await t.admin
      .get(`/api/v1/rounds/${round.id}/report.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const file = path.join(dir, 'udkast.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Udkast');

    const results = text.slice(text.lastIndexOf('[3] Resultater'), text.lastIndexOf('[4] Fokuspunkter'));
    const appendix = text.slice(text.lastIndexOf('[5] Vurderingsskema'));
    expect(results.length).toBeGreaterThan(0);
    expect(appendix.length).toBeGreaterThan(0);
    const inChapter3 = /\(spørgsmål(\d+)\)/.exec(squash(results))?.[1];
    const inChapter5 = new RegExp(`(\\d+)\\.${squash(QUESTION).slice(0, 20)}`).exec(squash(appendix))?.[1];
    expect(inChapter3).toBe('4');
    expect(inChapter5).toBe('4');
    expect(text).not.toContain('spørgsmål 10');
  });

  it('is 10 with the default nine-item form', async () => {
    const round = await createRound(t);
    const form = await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200);
    expect(form.body.developmentQuestionNumber).toBe(10);
  });
});
