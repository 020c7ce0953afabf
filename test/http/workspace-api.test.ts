import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound } from '../helpers/rounds.js';

const ratingRound = (t: TestApp, options: { panelists?: number } = {}) =>
  buildRound(t, { panelists: options.panelists ?? 2, cases: 1 });

// The API pieces the browser workspace needs: reissuing a member's link, half-answered
// drafts, blind progress, late panelists and rater identity in the discussion view.

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
});
afterEach(() => t.close());

const problemOf = (res: { status: number; headers: Record<string, string>; body: { status: number } }) => {
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body.status).toBe(res.status);
};

describe('POST /rounds/{roundId}/members/{memberId}/token', () => {
  it('gives a new token; the old one stops working at once, even after being cached', async () => {
    const built = await ratingRound(t);
    const lost = built.panelists[0]!;
    const url = `/api/v1/rounds/${built.round.id}`;
    await t.as(lost.token).get(url).expect(200); // now in the principal cache
    const res = await t.as(built.leader.token).post(`${url}/members/${lost.id}/token`).expect(201);
    expect(res.body.member.id).toBe(lost.id);
    expect(res.body.token).not.toBe(lost.token);
    problemOf(await t.as(lost.token).get(url).expect(401));
    const me = await t.as(res.body.token).get('/api/v1/me').expect(200);
    expect(me.body.memberId).toBe(lost.id);
    const log = await t.as(built.leader.token).get(`${url}/audit-log`).expect(200);
    const entry = log.body.items.find((e: { action: string }) => e.action === 'member.token_reissued');
    expect(entry.targetId).toBe(lost.id);
    expect(JSON.stringify(log.body)).not.toContain(res.body.token);
  });

  it('is refused to referents and panelists, for unknown members and other rounds’ leaders', async () => {
    const built = await ratingRound(t);
    const base = `/api/v1/rounds/${built.round.id}/members`;
    const target = built.panelists[1]!.id;
    problemOf(await t.as(built.referent.token).post(`${base}/${target}/token`).expect(403));
    problemOf(await t.as(built.panelists[0]!.token).post(`${base}/${target}/token`).expect(403));
    problemOf(
      await t
        .as(built.leader.token)
        .post(`${base}/${'x'.repeat(100)}/token`)
        .expect(404),
    );
    problemOf(
      await t
        .as(built.leader.token)
        .post(`${base}/${'x'.repeat(101)}/token`)
        .expect(414),
    );
    // The token of another round's member cannot see this round.
    const other = await ratingRound(t);
    problemOf(await t.as(other.leader.token).post(`${base}/${target}/token`).expect(404));
    // The old token still works after refusals: nothing changed.
    await t.as(built.panelists[1]!.token).get(`/api/v1/rounds/${built.round.id}`).expect(200);
  });
});

describe('members joining late', () => {
  it('takes a panelist during rating, who is then expected to rate, and refuses one from discussion on', async () => {
    const built = await ratingRound(t);
    const late = await addMember(t, built.round.id, 'panelist', 'Sen deltager');
    const progress = await t.as(built.leader.token).get(`/api/v1/rounds/${built.round.id}/progress`).expect(200);
    expect(progress.body.members.map((m: { memberId: string }) => m.memberId)).toContain(late.member.id);
    await transition(t, built.round.id, 'discussion', true).expect(200);
    const refused = await t.admin
      .post(`/api/v1/rounds/${built.round.id}/members`, { name: 'For sent', affiliation: 'X', role: 'panelist' })
      .expect(409);
    problemOf(refused);
    await addMember(t, built.round.id, 'referent', 'Ny referent');
  });
});

describe('half-answered drafts', () => {
  it('keeps a panelist’s own draft, hides it from everyone else and from progress, and clears it on the full rating', async () => {
    const built = await ratingRound(t);
    const [p1, p2] = built.panelists;
    const cell = `/api/v1/rounds/${built.round.id}/cases/${built.cases[0]!.id}`;
    const item = built.items[0]!.id;
    const saved = await t.as(p1!.token).put(`${cell}/drafts/${item}`, { value: 'high' }).expect(200);
    expect(saved.body).toMatchObject({ value: 'high', justification: null });
    await t.as(p1!.token).put(`${cell}/drafts/${item}`, { value: 'high', justification: 'Halv' }).expect(200);
    const mine = await t.as(p1!.token).get(`/api/v1/rounds/${built.round.id}/drafts`).expect(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ itemId: item, value: 'high', justification: 'Halv' });
    const theirs = await t.as(p2!.token).get(`/api/v1/rounds/${built.round.id}/drafts`).expect(200);
    expect(theirs.body.items).toEqual([]);
    const progress = await t.as(p1!.token).get(`/api/v1/rounds/${built.round.id}/progress`).expect(200);
    expect(progress.body.received).toBe(0);
    // Others cannot write into someone's draft: staff may not rate.
    problemOf(await t.as(built.leader.token).put(`${cell}/drafts/${item}`, { value: 'low' }).expect(403));
    await t.as(p1!.token).put(`${cell}/ratings/${item}`, { value: 'high', justification: 'Nu begrundet' }).expect(200);
    const after = await t.as(p1!.token).get(`/api/v1/rounds/${built.round.id}/drafts`).expect(200);
    expect(after.body.items).toEqual([]);
  });

  it('refuses hostile and out-of-phase drafts and deletes idempotently', async () => {
    const built = await ratingRound(t);
    const p1 = built.panelists[0]!;
    const cell = `/api/v1/rounds/${built.round.id}/cases/${built.cases[0]!.id}`;
    const item = built.items[0]!.id;
    problemOf(
      await t
        .as(p1.token)
        .put(`${cell}/drafts/${item}`, { justification: 'x'.repeat(4001) })
        .expect(400),
    );
    problemOf(await t.as(p1.token).put(`${cell}/drafts/${item}`, { value: 'very' }).expect(400));
    problemOf(await t.as(p1.token).put(`${cell}/drafts/nope`, { value: 'low' }).expect(404));
    await t.as(p1.token).delete(`${cell}/drafts/${item}`).expect(204); // none there: still 204
    await t.as(p1.token).put(`${cell}/drafts/${item}`, { justification: 'Æ ø å 🙂 \u202e' }).expect(200);
    await t.as(p1.token).delete(`${cell}/drafts/${item}`).expect(204);
    await t.as(p1.token).put(`${cell}/drafts/${item}`, { value: 'low' }).expect(200);
    await transition(t, built.round.id, 'discussion', true).expect(200);
    problemOf(await t.as(p1.token).put(`${cell}/drafts/${item}`, { value: 'some' }).expect(409));
  });
});

describe('blindness and rater identity', () => {
  it('shows a panelist only their own progress during rating, everyone’s from discussion on', async () => {
    const built = await ratingRound(t, { panelists: 3 });
    const url = `/api/v1/rounds/${built.round.id}/progress`;
    const p1 = built.panelists[0]!;
    const own = await t.as(p1.token).get(url).expect(200);
    expect(own.body.members).toHaveLength(1);
    expect(own.body.members[0].memberId).toBe(p1.id);
    expect(own.body.expected).toBe(own.body.members[0].expected);
    const staff = await t.as(built.referent.token).get(url).expect(200);
    expect(staff.body.members).toHaveLength(3);
    await transition(t, built.round.id, 'discussion', true).expect(200);
    const later = await t.as(p1.token).get(url).expect(200);
    expect(later.body.members).toHaveLength(3);
  });
});

describe('anonymous raters within the panel', () => {
  it('shows a panelist the others’ ratings from discussion on under their label, without member ids', async () => {
    const built = await ratingRound(t);
    const [p1, p2] = built.panelists;
    const url = (itemIndex: number) =>
      `/api/v1/rounds/${built.round.id}/cases/${built.cases[0]!.id}/ratings/${built.items[itemIndex]!.id}`;
    await t.as(p1!.token).put(url(0), { value: 'high', justification: 'Klart mål' }).expect(200);
    await t.as(p2!.token).put(url(0), { value: 'low', justification: 'Mangler mål' }).expect(200);
    await transition(t, built.round.id, 'discussion', true).expect(200);
    const seen = await t.as(p1!.token).get(`/api/v1/rounds/${built.round.id}/ratings`).expect(200);
    expect(seen.body.items).toEqual([
      expect.objectContaining({ memberId: p1!.id, rater: 'Paneldeltager 1', value: 'high' }),
      expect.objectContaining({ memberId: null, rater: 'Paneldeltager 2', value: 'low' }),
    ]);
    expect(JSON.stringify(seen.body)).not.toContain(p2!.id);
    const filtered = await t
      .as(p1!.token)
      .get(`/api/v1/rounds/${built.round.id}/ratings?memberId=${p2!.id}`)
      .expect(200);
    expect(filtered.body.items).toEqual([]);
    // The discussion view labels the same rater the same way.
    const discussion = await t.as(p1!.token).get(`/api/v1/rounds/${built.round.id}/discussion`).expect(200);
    expect(JSON.stringify(discussion.body)).toContain('"rater":"Paneldeltager 2","value":"low"');
    // Staff see who rated what.
    const staff = await t.as(built.referent.token).get(`/api/v1/rounds/${built.round.id}/ratings`).expect(200);
    expect(staff.body.items.map((r: { memberId: string }) => r.memberId)).toEqual([p1!.id, p2!.id]);
  });
});
