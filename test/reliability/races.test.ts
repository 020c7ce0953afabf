import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, addMember, createRound, createTestApp, type TestApp } from '../helpers/app.js';
import { addFocusPoint, addRecommendation, buildRound } from '../helpers/rounds.js';
import { assembleReport } from '../../src/services/report-model-service.js';
import { renderReportPdf } from '../../src/report/pdf.js';
import { sha256Hex } from '../../src/services/report-service.js';

/**
 * Concurrent requests against a real listening server (fetch over TCP, so requests really
 * interleave at every await in fastify's pipeline and in the publication's PDF rendering).
 * Each race: exactly one winner, the rest refused with the documented status, and the stored
 * state shows exactly one change.
 */

const N = 10;
const dir = mkdtempSync(join(tmpdir(), 'auditpanel-races-'));
let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp({ databasePath: join(dir, 'races.sqlite') });
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, path: string, token: string, body?: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, text, etag: res.headers.get('etag') };
}

/** Fires all requests at once and counts the statuses. */
async function race(requests: (() => Promise<{ status: number }>)[]) {
  const results = await Promise.all(requests.map((send) => send()));
  const counts: Record<number, number> = {};
  for (const { status } of results) counts[status] = (counts[status] ?? 0) + 1;
  return { results, counts };
}

function auditActions(roundId: string, action: string): { details: string | null }[] {
  return t.db.$client
    .prepare('SELECT details FROM audit_log WHERE round_id = ? AND action = ? ORDER BY id')
    .all(roundId, action) as { details: string | null }[];
}

describe('races', () => {
  it(`${N} PATCHes of one focus point with the same ETag: one 200, the rest 412`, async () => {
    const built = await buildRound(t, { phase: 'discussion', rated: false });
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, {
      title: 'Start',
      discussion: 'Drøftelse.',
    });
    const path = `/api/v1/rounds/${built.round.id}/focus-points/${fp.id}`;
    const tokens = [built.referent.token, built.leader.token, ADMIN_TOKEN];
    const { results, counts } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          call(
            'PATCH',
            path,
            tokens[i % tokens.length] ?? ADMIN_TOKEN,
            { title: `Titel ${i}` },
            { 'if-match': fp.etag },
          ),
      ),
    );
    expect(counts).toEqual({ 200: 1, 412: N - 1 });
    const winner = results.findIndex((r) => r.status === 200);
    const now = await call('GET', path, ADMIN_TOKEN);
    expect(JSON.parse(now.text)).toMatchObject({ title: `Titel ${winner}` });
    expect(now.etag).not.toBe(fp.etag);
    expect(auditActions(built.round.id, 'focusPoint.updated')).toHaveLength(1);
  });

  it(`${N} PATCHes of one recommendation with the same ETag: one 200, the rest 412`, async () => {
    const built = await buildRound(t, { phase: 'discussion', rated: false });
    const fp = await addFocusPoint(t, built.referent.token, built.round.id, {
      title: 'Start',
      discussion: 'Drøftelse.',
    });
    const rec = await addRecommendation(t, built.referent.token, built.round.id, fp.id, {
      text: 'Det anbefales, at …',
    });
    const path = `/api/v1/rounds/${built.round.id}/recommendations/${rec.id}`;
    const { results, counts } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          call('PATCH', path, built.referent.token, { text: `Det anbefales, at ${i}.` }, { 'if-match': rec.etag }),
      ),
    );
    expect(counts).toEqual({ 200: 1, 412: N - 1 });
    const winner = results.findIndex((r) => r.status === 200);
    expect(JSON.parse((await call('GET', path, ADMIN_TOKEN)).text)).toMatchObject({
      text: `Det anbefales, at ${winner}.`,
    });
    expect(auditActions(built.round.id, 'recommendation.updated')).toHaveLength(1);
  });

  it(`${N} DELETEs of one focus point with the same ETag: one 204, the rest refused, nothing else removed`, async () => {
    const built = await buildRound(t, { phase: 'discussion', rated: false });
    const keep = await addFocusPoint(t, built.referent.token, built.round.id, {
      title: 'Bliver',
      discussion: 'Drøftelse.',
    });
    const gone = await addFocusPoint(t, built.referent.token, built.round.id, {
      title: 'Slettes',
      discussion: 'Drøftelse.',
    });
    const path = `/api/v1/rounds/${built.round.id}/focus-points/${gone.id}`;
    const { counts } = await race(
      Array.from(
        { length: N },
        () => () => call('DELETE', path, built.leader.token, undefined, { 'if-match': gone.etag }),
      ),
    );
    expect(counts[204]).toBe(1);
    expect((counts[404] ?? 0) + (counts[412] ?? 0)).toBe(N - 1);
    const list = JSON.parse((await call('GET', `/api/v1/rounds/${built.round.id}/focus-points`, ADMIN_TOKEN)).text);
    expect(list.items.map((f: { id: string; position: number }) => [f.id, f.position])).toEqual([[keep.id, 1]]);
  });

  it(`${N} parallel transitions to panel: one 200, the rest 409`, async () => {
    const round = await createRound(t);
    const leader = await addMember(t, round.id, 'leader');
    const { counts } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          call('POST', `/api/v1/rounds/${round.id}/transitions`, i % 2 ? leader.token : ADMIN_TOKEN, { to: 'panel' }),
      ),
    );
    expect(counts).toEqual({ 200: 1, 409: N - 1 });
    expect(JSON.parse((await call('GET', `/api/v1/rounds/${round.id}`, ADMIN_TOKEN)).text)).toMatchObject({
      phase: 'panel',
    });
    expect(auditActions(round.id, 'round.transitioned')).toHaveLength(1);
  });

  it(`${N} parallel publications of a follow_up round: one 200, the rest 409, one stored PDF`, async () => {
    const built = await buildRound(t, { phase: 'follow_up', rated: false });
    const roundId = built.round.id;
    const { counts } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          call('POST', `/api/v1/rounds/${roundId}/transitions`, i % 2 ? built.leader.token : ADMIN_TOKEN, {
            to: 'reported',
          }),
      ),
    );
    expect(counts).toEqual({ 200: 1, 409: N - 1 });
    const stored = t.db.$client.prepare('SELECT sha256 FROM reports WHERE round_id = ?').all(roundId) as {
      sha256: string;
    }[];
    expect(stored).toHaveLength(1);
    expect(
      auditActions(roundId, 'round.transitioned').filter((a) => a.details?.includes('"to":"reported"')),
    ).toHaveLength(1);
    const pdf = await fetch(`${url}/api/v1/rounds/${roundId}/report.pdf`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(pdf.status).toBe(200);
    await pdf.arrayBuffer();
    expect(pdf.headers.get('etag')).toBe(`"${stored[0]?.sha256}"`);
  });
});

describe('publication racing with edits', () => {
  /**
   * Deterministic: the publication's renderer is held until edits of several recommendations
   * have been acknowledged, so the publication always meets the contested case "the round
   * changed while the PDF rendered". It must refuse (409) and store nothing; the edits stand.
   * Published again with no edit in between, the stored PDF is exactly the report of the
   * frozen round: a re-render of the final state (with the stored date) gives the same bytes,
   * so no acknowledged edit is missing from it.
   */
  it('refuses a publication whose round changed while it rendered, then publishes every acknowledged edit', async () => {
    let renders = 0;
    let holdNext: { started: () => void; release: Promise<void> } | null = null;
    const gated = await createTestApp(
      { databasePath: join(dir, 'publication.sqlite') },
      {
        // Wraps the app's own render worker: the publication is held, then renders as in production.
        renderFinalPdf: async (model, render) => {
          renders += 1;
          const hold = holdNext;
          holdNext = null;
          if (hold) {
            hold.started();
            await hold.release;
          }
          return render(model);
        },
      },
    );
    try {
      const built = await buildRound(gated, { phase: 'follow_up', rated: false });
      const roundId = built.round.id;
      const recs = built.focusPoints.flatMap((fp) => fp.recommendations);
      let started!: () => void;
      let release!: () => void;
      const renderStarted = new Promise<void>((resolve) => (started = resolve));
      holdNext = { started, release: new Promise<void>((resolve) => (release = resolve)) };

      const publishing = gated.as(built.leader.token).post(`/api/v1/rounds/${roundId}/transitions`, { to: 'reported' });
      const firstAnswer = publishing.then((res) => res);
      await renderStarted;
      const edits = await Promise.all(
        recs.map((rec, i) =>
          gated
            .as(built.referent.token)
            .patch(`/api/v1/rounds/${roundId}/recommendations/${rec.id}`, { text: `Det anbefales, at ${i}.` })
            .set('if-match', rec.etag),
        ),
      );
      expect(edits.map((res) => res.status)).toEqual(recs.map(() => 200));
      release();
      const first = await firstAnswer;
      // The contested path was reached: the preconditions passed (the PDF was rendered), the
      // edits landed during the render, and only then was the publication refused.
      expect(renders).toBe(1);
      expect(first.status).toBe(409);
      const storedRows = () =>
        gated.db.$client
          .prepare('SELECT sha256, created_at AS createdAt FROM reports WHERE round_id = ?')
          .all(roundId) as { sha256: string; createdAt: string }[];
      expect(storedRows()).toEqual([]);
      expect((await gated.admin.get(`/api/v1/rounds/${roundId}`).expect(200)).body.phase).toBe('follow_up');

      await gated.as(built.leader.token).post(`/api/v1/rounds/${roundId}/transitions`, { to: 'reported' }).expect(200);
      expect(renders).toBe(2);
      const [stored] = storedRows();
      if (!stored) throw new Error('no stored report');
      const model = assembleReport(gated.db, roundId, { draft: false, generatedAt: stored.createdAt });
      // As published: the publication dates itself by the render, not by the later audit entry.
      model.phases = model.phases.map((p) => (p.phase === 'reported' ? { ...p, reachedAt: stored.createdAt } : p));
      expect(model.focusPoints.flatMap((fp) => fp.recommendations.map((r) => r.text))).toEqual(
        recs.map((_, i) => `Det anbefales, at ${i}.`),
      );
      expect(sha256Hex(await renderReportPdf(model))).toBe(stored.sha256);
    } finally {
      await gated.close();
    }
  });
});
