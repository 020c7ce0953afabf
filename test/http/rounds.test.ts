import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase, addMember, caseInput, createRound, createTestApp, transition, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('rounds', () => {
  it('creates a round in scoping with all its texts', async () => {
    const res = await t.admin
      .post('/api/v1/rounds', {
        title: 'Bedre handleplaner',
        organisation: 'Fjordby Kommune',
        purpose: 'Formål',
        scope: 'Afgrænsning',
        background: 'Baggrund',
        foreword: 'Forord',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      title: 'Bedre handleplaner',
      scope: 'Afgrænsning',
      background: 'Baggrund',
      foreword: 'Forord',
      phase: 'scoping',
      phaseLabel: 'Formøde med ledelsen: afgrænsning af problemstilling og formål',
    });
    const got = await t.admin.get(`/api/v1/rounds/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
  });

  it('lists only its own round to a member token', async () => {
    const mine = await createRound(t, { title: 'Min runde' });
    await createRound(t, { title: 'Andres runde' });
    const { token } = await addMember(t, mine.id, 'panelist');
    const res = await t.as(token).get('/api/v1/rounds').expect(200);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([mine.id]);
  });

  it('patches texts and refuses an empty patch', async () => {
    const round = await createRound(t);
    const res = await t.admin.patch(`/api/v1/rounds/${round.id}`, { scope: 'Kun handleplaner' }).expect(200);
    expect(res.body.scope).toBe('Kun handleplaner');
    await t.admin.patch(`/api/v1/rounds/${round.id}`, {}).expect(400);
  });

  it('answers 404 for an unknown round', async () => {
    const res = await t.admin.get('/api/v1/rounds/does-not-exist').expect(404);
    expect(res.body.detail).toBe('Auditforløbet blev ikke fundet.');
  });
});

describe('transitions', () => {
  it('moves one step at a time and lists every unmet precondition', async () => {
    const round = await createRound(t);
    const skip = await transition(t, round.id, 'calibration').expect(409);
    expect(skip.body.unmet).toEqual([
      { code: 'not_next_phase', message: 'Et auditforløb i fasen scoping kan kun gå videre til panel.' },
    ]);
    await transition(t, round.id, 'panel').expect(200);
    const calibration = await transition(t, round.id, 'calibration').expect(409);
    expect(calibration.body.unmet.map((u: { code: string }) => u.code)).toEqual(['panelists']);
    await addMember(t, round.id, 'panelist');
    await addMember(t, round.id, 'panelist');
    await transition(t, round.id, 'calibration').expect(200);
    const rating = await transition(t, round.id, 'rating').expect(409);
    expect(rating.body.unmet.map((u: { code: string }) => u.code)).toEqual(['cases']);
    await addCase(t, round.id);
    const moved = await transition(t, round.id, 'rating').expect(200);
    expect(moved.body.phase).toBe('rating');
    const back = await transition(t, round.id, 'scoping').expect(409);
    expect(back.body.unmet[0].code).toBe('not_next_phase');
  });

  it('needs a form item to start rating', async () => {
    const round = await createRound(t);
    await addMember(t, round.id, 'panelist');
    await addMember(t, round.id, 'panelist');
    await addCase(t, round.id);
    await t.admin
      .put(`/api/v1/rounds/${round.id}/form`, {
        themes: [{ key: 'tom', title: 'Tomt tema', items: [] }],
        developmentQuestion: 'Spørgsmål',
      })
      .expect(200);
    await transition(t, round.id, 'panel').expect(200);
    await transition(t, round.id, 'calibration').expect(200);
    const res = await transition(t, round.id, 'rating').expect(409);
    expect(res.body.unmet).toEqual([
      { code: 'form_items', message: 'Vurderingsskemaet skal have mindst 1 spørgsmål.' },
    ]);
  });

  it('refuses member removal once rating began', async () => {
    const round = await createRound(t);
    const a = await addMember(t, round.id, 'panelist');
    await addMember(t, round.id, 'panelist');
    await addCase(t, round.id);
    for (const to of ['panel', 'calibration', 'rating']) await transition(t, round.id, to).expect(200);
    const res = await t.admin.delete(`/api/v1/rounds/${round.id}/members/${a.member.id}`).expect(409);
    expect(res.body.type).toBe('urn:auditpanel:problem:member-remove-closed');
    const members = await t.admin.get(`/api/v1/rounds/${round.id}/members`).expect(200);
    expect(members.body.items).toHaveLength(2);
  });
});

describe('members', () => {
  it('returns a random token once and never lists it', async () => {
    const round = await createRound(t);
    const a = await addMember(t, round.id, 'referent', 'Karen Referent');
    const b = await addMember(t, round.id, 'panelist');
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    const list = await t.as(a.token).get(`/api/v1/rounds/${round.id}/members`).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(a.token);
    expect(list.body.items[0]).toMatchObject({ name: 'Karen Referent', role: 'referent', roleLabel: 'referent' });
  });

  it("stops accepting a removed member's token at once", async () => {
    const round = await createRound(t);
    const { member, token } = await addMember(t, round.id, 'panelist');
    await t.as(token).get(`/api/v1/rounds/${round.id}`).expect(200);
    await t.admin.delete(`/api/v1/rounds/${round.id}/members/${member.id}`).expect(204);
    await t.as(token).get(`/api/v1/rounds/${round.id}`).expect(401);
  });

  it('stores only a hash of the token', async () => {
    const round = await createRound(t);
    const { token } = await addMember(t, round.id, 'leader');
    const dump = JSON.stringify(t.db.$client.prepare('select * from members').all());
    expect(dump).not.toContain(token);
  });

  it('rejects an unknown role', async () => {
    const round = await createRound(t);
    const res = await t.admin
      .post(`/api/v1/rounds/${round.id}/members`, { name: 'X', affiliation: 'Y', role: 'boss' })
      .expect(400);
    expect(res.body.errors[0].path).toBe('body/role');
  });
});

describe('refusals have codes of their own', () => {
  it('names a late panelist, a taken case code and an unknown member by their own codes', async () => {
    const round = await createRound(t);
    await addMember(t, round.id, 'panelist');
    await addMember(t, round.id, 'panelist');
    await addCase(t, round.id, 'Sag 1');
    const taken = await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1')).expect(409);
    expect(taken.body).toMatchObject({ type: 'urn:auditpanel:problem:case-code-taken', title: 'Sagskoden er brugt' });
    for (const to of ['panel', 'calibration', 'rating']) await transition(t, round.id, to).expect(200);
    // A panelist may still join during rating; from the auditmøde on, not.
    await addMember(t, round.id, 'panelist', 'Sen, men i tide');
    await transition(t, round.id, 'discussion', true).expect(200);
    const late = await t.admin
      .post(`/api/v1/rounds/${round.id}/members`, { name: 'Sen', affiliation: 'X', role: 'panelist' })
      .expect(409);
    expect(late.body.type).toBe('urn:auditpanel:problem:panelist-add-closed');
    // The phase is checked before the member is looked up: 409, not 404, for an unknown id.
    const unknown = await t.admin.delete(`/api/v1/rounds/${round.id}/members/no-such-member`).expect(409);
    expect(unknown.body.type).toBe('urn:auditpanel:problem:member-remove-closed');
    // A mødeleder or referent may still join.
    await t.admin
      .post(`/api/v1/rounds/${round.id}/members`, { name: 'Ny referent', affiliation: 'X', role: 'referent' })
      .expect(201);
  });
});
