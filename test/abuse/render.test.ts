/**
 * Issue 12: one request must not take the service down through the PDF. Rendering runs in a
 * worker with a heap limit and a time budget; a render that fails answers that one request
 * with a 503 problem while the server, other rounds and the round itself stay usable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../src/db/schema.js';
import { RENDER_LIMITS } from '../../src/services/pdf-renderer.js';
import { createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound } from '../helpers/rounds.js';

const pdfUrl = (roundId: string) => `/api/v1/rounds/${roundId}/report.pdf`;
const planPdfUrl = (roundId: string) => `/api/v1/rounds/${roundId}/plan.pdf`;

function expectRenderProblem(res: { status: number; headers: Record<string, string>; body: { type?: string } }) {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.type).toMatch(/^urn:auditpanel:problem:report-render-(timeout|memory|failed)$/);
}

describe('a render that cannot finish in time', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A budget no render can meet: every render times out.
    t = await createTestApp({}, { renderLimits: { ...RENDER_LIMITS, timeoutMs: 1 } });
  });
  afterAll(() => t.close());

  it('fails the draft and the publication with 503, stores nothing, and the server answers on', async () => {
    const built = await buildRound(t, { phase: 'follow_up', rated: false });
    const roundId = built.round.id;
    expectRenderProblem(await t.as(built.referent.token).get(pdfUrl(roundId)));
    const published = await transition(t, roundId, 'reported');
    expectRenderProblem(published);
    expect(t.db.select().from(reports).where(eq(reports.roundId, roundId)).all()).toEqual([]);
    expect((await t.admin.get(`/api/v1/rounds/${roundId}`).expect(200)).body.phase).toBe('follow_up');
    await t.http.get('/health').expect(200);
  });
});

describe('a render that runs out of memory', () => {
  let t: TestApp;
  beforeAll(async () => {
    // 4 MB of heap cannot hold pdfkit and the fonts: the worker dies of memory, not the server.
    t = await createTestApp({}, { renderLimits: { ...RENDER_LIMITS, maxOldGenerationSizeMb: 4 } });
  });
  afterAll(() => t.close());

  it('answers 503 each time, and the server keeps serving', async () => {
    const built = await buildRound(t, { phase: 'follow_up', rated: false });
    for (let i = 0; i < 2; i++) expectRenderProblem(await t.as(built.referent.token).get(pdfUrl(built.round.id)));
    await t.http.get('/health').expect(200);
    await t.admin.get('/api/v1/rounds').expect(200);
  });
});

describe('hostile report texts', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The real heap limit; a shorter time budget than the real one keeps the test quick.
    t = await createTestApp({}, { renderLimits: { ...RENDER_LIMITS, timeoutMs: 5_000 } });
  });
  afterAll(() => t.close());

  it('survives a 10,000-character word in the foreword, and the round can still be published byte-identically', async () => {
    const built = await buildRound(t, { phase: 'follow_up', rated: false });
    const roundId = built.round.id;
    const url = `/api/v1/rounds/${roundId}`;
    const before = (await t.admin.get(url).expect(200)).body;
    await t.admin.patch(url, { foreword: 'x'.repeat(10_000), background: 'æ'.repeat(8_000) }).expect(200);
    const draft = await t.as(built.referent.token).get(pdfUrl(roundId));
    // Whether the layout manages the word is the renderer's business; the server must survive either way.
    if (draft.status !== 200) expectRenderProblem(draft);
    await t.http.get('/health').expect(200);
    // The round is not poisoned: with ordinary texts again it renders and publishes.
    await t.admin.patch(url, { foreword: before.foreword, background: before.background }).expect(200);
    await t.as(built.referent.token).get(pdfUrl(roundId)).expect(200);
    await transition(t, roundId, 'reported').expect(200);
    const first = await t.as(built.referent.token).get(pdfUrl(roundId)).buffer(true).expect(200);
    const second = await t.as(built.leader.token).get(pdfUrl(roundId)).buffer(true).expect(200);
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    expect(first.headers.etag).toBe(second.headers.etag);
    // plan.pdf renders through the same worker.
    const plan = await t.as(built.leader.token).get(planPdfUrl(roundId)).buffer(true).expect(200);
    expect((plan.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('renders two rounds concurrently while /health and the API keep answering', async () => {
    const a = await buildRound(t, { phase: 'follow_up', rated: false });
    const b = await buildRound(t, { phase: 'follow_up', rated: false });
    const renders = [a, b].map((r) => t.as(r.referent.token).get(pdfUrl(r.round.id)));
    const health = await t.http.get('/health');
    expect(health.status).toBe(200);
    for (const res of await Promise.all(renders)) expect(res.status).toBe(200);
  });
});

describe('plan.pdf under the same budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auditpanel-plan-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 503 when the plan cannot render in time, and the server answers on', async () => {
    const databasePath = join(dir, 'plan.sqlite');
    // A round published with the ordinary budget, then the same database served with one no render meets.
    const ordinary = await createTestApp({ databasePath });
    const built = await buildRound(ordinary, { phase: 'reported', rated: false });
    await ordinary.close();
    const starved = await createTestApp({ databasePath }, { renderLimits: { ...RENDER_LIMITS, timeoutMs: 1 } });
    try {
      const roundId = built.round.id;
      expectRenderProblem(await starved.as(built.leader.token).get(planPdfUrl(roundId)));
      await starved.http.get('/health').expect(200);
      await starved.as(built.leader.token).get(`/api/v1/rounds/${roundId}/plan`).expect(200);
    } finally {
      await starved.close();
    }
  }, 60_000);
});
