import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/principal.js';
import { createMemberService } from '../../src/services/member-service.js';
import { createRoundService } from '../../src/services/round-service.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { buildRound } from '../helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const admin: Principal = { kind: 'admin', id: 'admin', role: 'admin' };
const reportRows = (roundId: string) =>
  (t.db.$client.prepare('SELECT count(*) AS n FROM reports WHERE round_id = ?').get(roundId) as { n: number }).n;

describe('publishing', () => {
  it('refuses to store a PDF when the round changed while it rendered (a member added meanwhile)', async () => {
    const { round } = await buildRound(t, { phase: 'follow_up', rated: false });
    const members = createMemberService(t.db);
    const rounds = createRoundService(t.db, {
      render: async (roundId) => {
        members.add(admin, roundId, { name: 'Sen referent', affiliation: 'Kvalitet', role: 'referent' });
        return { pdf: Buffer.from('%PDF-stale'), generatedAt: new Date().toISOString() };
      },
      store: () => {
        throw new Error('a stale PDF must not be stored');
      },
    });
    await expect(rounds.transition(admin, round.id, 'reported')).rejects.toMatchObject({
      status: 409,
      code: 'changed-while-publishing',
    });
    expect(reportRows(round.id)).toBe(0);
    const after = await t.admin.get(`/api/v1/rounds/${round.id}`).expect(200);
    expect(after.body.phase).toBe('follow_up');
  });

  it('refuses to publish once the last recommendation was deleted in follow_up', async () => {
    const { round, focusPoints, referent } = await buildRound(t, { phase: 'follow_up', rated: false });
    for (const fp of focusPoints) {
      const current = await t.as(referent.token).get(`/api/v1/rounds/${round.id}/focus-points/${fp.id}`).expect(200);
      await t
        .as(referent.token)
        .delete(`/api/v1/rounds/${round.id}/focus-points/${fp.id}`)
        .set('if-match', current.headers.etag as string)
        .expect(204);
    }
    const res = await t.admin.post(`/api/v1/rounds/${round.id}/transitions`, { to: 'reported' }).expect(409);
    expect(res.body.type).toBe('urn:auditpanel:problem:transition-unmet');
    expect(res.body.unmet.map((u: { code: string }) => u.code)).toEqual(['focus_points']);
    expect(reportRows(round.id)).toBe(0);
  });
});
