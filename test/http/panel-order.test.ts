import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, SMALL } from '../helpers/rounds.js';

/**
 * Panel order has one definition (src/services/orderings.ts). Members who join within the
 * same millisecond are the hard case: a tie-breaker on the random member id would number
 * them differently from the member list. Here every member is given the same join time.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
});
afterAll(() => t.close());

describe('panel order', () => {
  it('numbers "Paneldeltager N" in the discussion view as the member list orders the panel', async () => {
    const built = await buildRound(t, { ...SMALL, panelists: 4, cases: 1, phase: 'calibration' });
    const roundId = built.round.id;
    const panelists = [...built.panelists];
    // The case this test is about: ordering by the (random) id must differ from joining.
    while (
      panelists.map((p) => p.id).join() ===
      panelists
        .map((p) => p.id)
        .sort()
        .join()
    ) {
      const { member, token } = await addMember(t, roundId, 'panelist', `Rater ${panelists.length + 1}`);
      panelists.push({ id: member.id, name: member.name, token });
    }
    t.db.$client.prepare("update members set created_at = '2026-01-01T00:00:00.000Z' where round_id = ?").run(roundId);
    await transition(t, roundId, 'rating').expect(200);

    const [item] = built.items;
    const [firstCase] = built.cases;
    for (const panelist of panelists) {
      await t
        .as(panelist.token)
        .put(`/api/v1/rounds/${roundId}/cases/${firstCase?.id}/ratings/${item?.id}`, {
          value: 'high',
          justification: `Begrundelse fra ${panelist.name}`,
        })
        .expect(200);
    }
    await transition(t, roundId, 'discussion', true).expect(200);

    const members = (await t.admin.get(`/api/v1/rounds/${roundId}/members`).expect(200)).body.items as {
      id: string;
      name: string;
      role: string;
    }[];
    const panelInListOrder = members.filter((m) => m.role === 'panelist').map((m) => m.name);
    expect(panelInListOrder).toEqual(panelists.map((p) => p.name));

    const discussion = (await t.admin.get(`/api/v1/rounds/${roundId}/discussion`).expect(200)).body as {
      items: { itemId: string; cells: { justifications: { rater: string; justification: string }[] }[] }[];
    };
    const cell = discussion.items.find((i) => i.itemId === item?.id)?.cells[0];
    const labelOf = new Map(cell?.justifications.map((j) => [j.justification, j.rater]));
    expect(panelInListOrder.map((name) => labelOf.get(`Begrundelse fra ${name}`))).toEqual(
      panelInListOrder.map((_, i) => `Paneldeltager ${i + 1}`),
    );

    // Progress and the ratings list follow the same order.
    const progress = (await t.admin.get(`/api/v1/rounds/${roundId}/progress`).expect(200)).body as {
      members: { name: string }[];
    };
    expect(progress.members.map((m) => m.name)).toEqual(panelInListOrder);
    const ratings = (await t.admin.get(`/api/v1/rounds/${roundId}/ratings`).expect(200)).body.items as {
      memberId: string;
    }[];
    const nameOf = new Map(members.map((m) => [m.id, m.name]));
    expect(ratings.map((r) => nameOf.get(r.memberId))).toEqual(panelInListOrder);
  });
});
