import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema.js';
import type { Principal } from '../../src/domain/principal.js';
import { recordAudit } from '../../src/services/audit.js';
import { forgetPrincipals } from '../../src/services/principal-cache.js';
import { loadRound } from '../../src/services/round-access.js';
import { createRound, createTestApp, type TestApp } from '../helpers/app.js';
import { buildRound } from '../helpers/rounds.js';

/**
 * The hot paths run on statements compiled once per database (src/db/statements.ts) while
 * the other services still go through drizzle inside their transactions: both must read and
 * write exactly the same rows.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const admin: Principal = { kind: 'admin', id: 'admin', role: 'admin' };

describe('compiled statements and their drizzle twins', () => {
  it('load the same round row, with the same access answers', async () => {
    const round = await createRound(t, { foreword: 'Forord med æøå.', background: 'Baggrund.' });
    const compiled = loadRound(t.db, admin, round.id, 'round.read');
    const viaDrizzle = t.db.transaction((tx) => loadRound(tx, admin, round.id, 'round.read'));
    expect(compiled).toEqual(viaDrizzle);
    expect(Object.keys(compiled).sort()).toEqual(Object.keys(viaDrizzle).sort());

    const outsider: Principal = { kind: 'member', id: 'm', role: 'panelist', roundId: 'another', name: 'X' };
    const panelist: Principal = { ...outsider, roundId: round.id };
    for (const load of [
      (p: Principal, id: string) => loadRound(t.db, p, id, 'rating.write'),
      (p: Principal, id: string) => t.db.transaction((tx) => loadRound(tx, p, id, 'rating.write')),
    ]) {
      expect(() => load(admin, 'no-such-round')).toThrow(expect.objectContaining({ status: 404 }));
      expect(() => load(outsider, round.id)).toThrow(expect.objectContaining({ status: 404 }));
      expect(() => load(admin, round.id)).toThrow(expect.objectContaining({ status: 403 }));
      expect(load(panelist, round.id).phase).toBe('scoping');
    }
  });

  it('write the same audit entry', () => {
    const actor = { id: 'actor-1', role: 'leader' as const };
    const entry = {
      roundId: null,
      action: 'test.logged',
      targetType: 'test',
      targetId: 'target-1',
      details: { count: 2, ok: true, phase: 'rating' },
    };
    recordAudit(t.db, actor, entry);
    t.db.transaction((tx) => recordAudit(tx, actor, { ...entry, details: undefined }));
    const [viaDrizzle, compiled] = t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(2).all();
    expect(compiled).toMatchObject({
      roundId: null,
      actorId: 'actor-1',
      actorRole: 'leader',
      action: 'test.logged',
      targetType: 'test',
      targetId: 'target-1',
      details: '{"count":2,"ok":true,"phase":"rating"}',
    });
    expect(viaDrizzle).toMatchObject({ ...compiled, id: (compiled?.id ?? 0) + 1, details: null, at: viaDrizzle?.at });
  });
});

describe('the token lookup', () => {
  it('resolves admin and member tokens in one query, the admin credential first', async () => {
    const { round, panelists } = await buildRound(t);
    const panelist = panelists[0];
    if (!panelist) throw new Error('no panelist');
    const own = await t.as(panelist.token).get('/api/v1/rounds').expect(200);
    expect((own.body as { items: { id: string }[] }).items.map((r) => r.id)).toEqual([round.id]);

    // A member row with the admin's token hash (impossible with random tokens) does not shadow the admin.
    const { hash } = t.db.$client.prepare('SELECT token_hash AS hash FROM admin_credentials').get() as { hash: string };
    t.db.$client.prepare('UPDATE members SET token_hash = ? WHERE id = ?').run(hash, panelist.id);
    // Tokens never change through the service; after editing one by hand, drop the principal cache.
    forgetPrincipals(t.db);
    const all = await t.admin.get('/api/v1/rounds').expect(200);
    expect((all.body as { items: unknown[] }).items.length).toBeGreaterThan(1);
    await t.admin.post('/api/v1/rounds', { title: 'Kun admin', organisation: 'X', purpose: 'Y' }).expect(201);
    await t.as(panelist.token).get('/api/v1/rounds').expect(401);
  });
});
