import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../src/db/schema.js';
import { renderReportPdf } from '../../src/report/pdf.js';
import { createPublishing } from '../../src/services/report-service.js';
import { createRoundService } from '../../src/services/round-service.js';
import { ADMIN_TOKEN, addMember, createRound, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, FOCUS_POINTS, PANEL, type BuiltRound } from '../helpers/rounds.js';

let t: TestApp;
let built: BuiltRound;
let otherRoundLeader: string;
const workDir = mkdtempSync(join(tmpdir(), 'auditpanel-report-'));

beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 1000 });
  built = await buildRound(t, { phase: 'follow_up' });
  otherRoundLeader = (await addMember(t, (await createRound(t, { title: 'Anden runde' })).id, 'leader')).token;
});
afterAll(async () => {
  await t.close();
  rmSync(workDir, { recursive: true, force: true });
});

const base = () => `/api/v1/rounds/${built.round.id}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** supertest buffers only text and JSON by default; a PDF needs its own parser. */
const binary = (res: supertest.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function downloadPdf(token: string | null = built.referent.token) {
  const res = await t.as(token).get(`${base()}/report.pdf`).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return { res, pdf: res.body as Buffer };
}

let fileCounter = 0;
/** The PDF's text page by page, as poppler's pdftotext reads it (pages are separated by form feeds). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(workDir, `report-${++fileCounter}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const RECOMMENDATIONS = FOCUS_POINTS.flatMap((fp) => fp.recommendations);
const SECTIONS = [
  'Forord',
  'Baggrund',
  'Design af auditforløb',
  'Resultater',
  'Fokuspunkter og anbefalinger',
  'Vurderingsskema',
];

function expectReportContents(pages: string[]) {
  const text = flat(pages.join('\n'));
  for (const section of SECTIONS) expect(text).toContain(section);
  expect(text).toContain('Clara Bundgaard, Kvalitetsudvikling (referent)');
  expect(text).toContain('Karen Overby, Kvalitetsudvikling (mødeleder)');
  for (const person of PANEL.filter((p) => p.role === 'panelist')) expect(text).toContain(person.name);
  expect(pages[1]).toMatch(new RegExp(`Side 1 af ${pages.length - 1}\\b`));
  expect(pages.at(-1)).toContain(`Side ${pages.length - 1} af ${pages.length - 1}`);
  // Chapter 4 lists every recommendation as "N. Det anbefales, …", numbered 1..N across focus points.
  const chapter4 = pages
    .filter((page) => /^\s*\[4\] Fokuspunkter og anbefalinger/m.test(page))
    .map(flat)
    .join(' ');
  RECOMMENDATIONS.forEach((recommendation, i) => {
    const opening = recommendation.split(' ').slice(0, 5).join(' ');
    expect(chapter4).toContain(`${i + 1}. ${opening}`);
  });
  return text;
}

describe('GET /report (JSON)', () => {
  it('answers the draft model before the round is reported', async () => {
    const before = Date.now();
    const res = await t.as(built.leader.token).get(`${base()}/report`).expect(200);
    expect(res.body).toMatchObject({
      draft: true,
      round: { id: built.round.id, phase: 'follow_up' },
      results: { completeness: { expected: 54, received: 54 } },
    });
    expect(Date.parse(res.body.generatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(
      res.body.focusPoints.flatMap((fp: { recommendations: { number: number; text: string }[] }) =>
        fp.recommendations.map((r) => `${r.number}. ${r.text}`),
      ),
    ).toEqual(RECOMMENDATIONS.map((text, i) => `${i + 1}. ${text}`));
    expect(res.body.panel.map((m: { roleLabel: string }) => m.roleLabel)).toEqual([
      'paneldeltager',
      'paneldeltager',
      'paneldeltager',
      'referent',
      'mødeleder',
    ]);
    expect(res.body.developmentAnswers[0]).toEqual({
      area: 'Indsatsmål',
      suggestions: ['Angiv hvornår hvert indsatsmål forventes nået.', 'Formulér målbare delmål med succeskriterier.'],
    });
  });

  type Who = 'admin' | 'leader' | 'referent' | 'panelist' | 'otherRound' | 'none';
  const expected: Record<Who, number> = {
    admin: 200,
    leader: 200,
    referent: 200,
    panelist: 403,
    otherRound: 404,
    none: 401,
  };
  const tokenOf = (who: Who): string | null =>
    ({
      admin: ADMIN_TOKEN,
      leader: built.leader.token,
      referent: built.referent.token,
      panelist: built.panelists[0]!.token,
      otherRound: otherRoundLeader,
      none: null,
    })[who];

  it.each(Object.entries(expected))('GET /report and /report.pdf as %s → %i', async (who, status) => {
    await t
      .as(tokenOf(who as Who))
      .get(`${base()}/report`)
      .expect(status);
    const pdf = await t
      .as(tokenOf(who as Who))
      .get(`${base()}/report.pdf`)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(status);
    if (status !== 200) expect(pdf.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers 404 for an unknown round', async () => {
    await t.admin.get('/api/v1/rounds/nope/report').expect(404);
    await t.admin.get('/api/v1/rounds/nope/report.pdf').expect(404);
  });
});

describe('GET /report.pdf before and after publication', () => {
  it('renders a draft marked "Udkast" on every page before the round is reported', async () => {
    const { res, pdf } = await downloadPdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.headers['content-disposition']).toBe('attachment; filename="afrapportering-udkast.pdf"');
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    const pages = pdfPages(pdf);
    expectReportContents(pages);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(/Udkast|UDKAST/));
    expect(pages.slice(1).every((page) => page.includes('Udkast'))).toBe(true);
  });

  it('publishes once on `reported` and serves the stored bytes on every download', async () => {
    await transition(t, built.round.id, 'reported').expect(200);
    const stored = t.db.select().from(reports).where(eq(reports.roundId, built.round.id)).get();
    expect(stored).toBeDefined();
    const first = await downloadPdf();
    const second = await downloadPdf(built.leader.token);
    expect(first.res.headers['content-disposition']).toBe('attachment; filename="afrapportering.pdf"');
    expect(first.res.headers.etag).toBe(`"${stored?.sha256}"`);
    expect(second.res.headers.etag).toBe(first.res.headers.etag);
    // Not kept by a browser or proxy either, like every API answer (no 304 is offered).
    expect(first.res.headers['cache-control']).toBe('no-store');
    expect(sha256(first.pdf)).toBe(stored?.sha256);
    expect(sha256(second.pdf)).toBe(stored?.sha256);
    expect(first.pdf.equals(second.pdf)).toBe(true);
    expect(first.pdf.equals(stored?.pdf as Buffer)).toBe(true);

    const pages = pdfPages(first.pdf);
    const text = expectReportContents(pages);
    expect(text).not.toMatch(/udkast/i);
    // Without the draft watermark, each recommendation reads in one piece.
    RECOMMENDATIONS.forEach((recommendation, i) => expect(text).toContain(`${i + 1}. ${recommendation}`));
  });

  it('answers the published model as JSON, dated like the stored PDF', async () => {
    const stored = t.db.select().from(reports).where(eq(reports.roundId, built.round.id)).get();
    const res = await t.as(built.referent.token).get(`${base()}/report`).expect(200);
    expect(res.body).toMatchObject({ draft: false, generatedAt: stored?.createdAt, round: { phase: 'reported' } });
    expect(res.body.phases.at(-1)).toMatchObject({ phase: 'reported', reachedAt: expect.any(String) });
  });

  it('refuses every mutation with 409 once reported, and the stored bytes never change', async () => {
    const { pdf: before } = await downloadPdf();
    const fp = (await t.admin.get(`${base()}/focus-points/${built.focusPoints[0]!.id}`).expect(200)).body;
    const rec = fp.recommendations[0];
    const item = built.items[0]!;
    const kase = built.cases[0]!;
    const form = (await t.admin.get(`${base()}/form`).expect(200)).body;
    const panelist = t.as(built.panelists[0]!.token);
    const calls: [string, () => supertest.Test][] = [
      ['PATCH round', () => t.admin.patch(base(), { purpose: 'Nyt' })],
      ['POST transitions', () => t.admin.post(`${base()}/transitions`, { to: 'reported' })],
      ['POST members', () => t.admin.post(`${base()}/members`, { name: 'Ny', affiliation: 'X', role: 'panelist' })],
      ['DELETE members', () => t.admin.delete(`${base()}/members/${built.panelists[2]!.id}`)],
      [
        'POST cases',
        () => t.admin.post(`${base()}/cases`, { code: 'Sag 9', area: 'X', documents: [{ title: 'a', text: 'b' }] }),
      ],
      ['DELETE cases', () => t.admin.delete(`${base()}/cases/${kase.id}`)],
      ['PUT form', () => t.admin.put(`${base()}/form`, form)],
      [
        'PUT rating',
        () => panelist.put(`${base()}/cases/${kase.id}/ratings/${item.id}`, { value: 'none', justification: 'x' }),
      ],
      ['PUT development', () => panelist.put(`${base()}/development`, { areas: [{ area: 'x', suggestion: 'y' }] })],
      ['POST focus point', () => t.admin.post(`${base()}/focus-points`, { title: 'x', discussion: 'y' })],
      [
        'PATCH focus point',
        () => t.admin.patch(`${base()}/focus-points/${fp.id}`, { title: 'x' }).set('if-match', fp.etag),
      ],
      ['DELETE focus point', () => t.admin.delete(`${base()}/focus-points/${fp.id}`).set('if-match', fp.etag)],
      ['POST recommendation', () => t.admin.post(`${base()}/focus-points/${fp.id}/recommendations`, { text: 'x' })],
      [
        'PATCH recommendation',
        () => t.admin.patch(`${base()}/recommendations/${rec.id}`, { text: 'x' }).set('if-match', rec.etag),
      ],
      ['DELETE recommendation', () => t.admin.delete(`${base()}/recommendations/${rec.id}`).set('if-match', rec.etag)],
    ];
    for (const [name, call] of calls) expect((await call()).status, name).toBe(409);
    const { pdf: after } = await downloadPdf();
    expect(after.equals(before)).toBe(true);
  });
});

describe('publishing', () => {
  it('refuses to store a PDF when a focus point changed while it rendered, and stores nothing', async () => {
    const round = await buildRound(t, { phase: 'follow_up', rated: false });
    const url = `/api/v1/rounds/${round.round.id}/focus-points/${round.focusPoints[0]!.id}`;
    const real = createPublishing(t.db, renderReportPdf);
    const rounds = createRoundService(t.db, {
      render: async (roundId) => {
        const rendered = await real.render(roundId);
        const { body } = await t.as(round.referent.token).get(url).expect(200);
        await t
          .as(round.referent.token)
          .patch(url, { title: 'Ændret undervejs' })
          .set('if-match', body.etag)
          .expect(200);
        return rendered;
      },
      store: real.store,
    });
    const admin = { kind: 'admin', id: 'test-admin', role: 'admin' } as const;
    await expect(rounds.transition(admin, round.round.id, 'reported')).rejects.toMatchObject({ status: 409 });
    expect(t.db.select().from(reports).where(eq(reports.roundId, round.round.id)).get()).toBeUndefined();
    expect((await t.admin.get(`/api/v1/rounds/${round.round.id}`).expect(200)).body.phase).toBe('follow_up');
    await transition(t, round.round.id, 'reported').expect(200);
    const { body } = await t.as(round.leader.token).get(`/api/v1/rounds/${round.round.id}/report`).expect(200);
    expect(body.focusPoints[0].title).toBe('Ændret undervejs');
  });
});
