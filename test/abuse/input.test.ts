/**
 * Issue 12: sizes and texts a client can send. Every limit answers a 4xx problem and leaves
 * the database exactly as it was; text that is not valid Unicode is refused before storing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.js';
import { ADMIN_TOKEN, addMember, caseInput, createRound, createTestApp, type TestApp } from '../helpers/app.js';
import { databaseDigest } from '../helpers/db-digest.js';
import { buildRound } from '../helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const digest = () => databaseDigest(t.db.$client);

async function expectRefused(call: () => Promise<{ status: number; body: { type?: string } }>, status: number) {
  const before = digest();
  const res = await call();
  expect(res.status).toBe(status);
  expect(digest()).toBe(before);
  return res;
}

describe('round limits', () => {
  it(`refuses case number ${LIMITS.casesPerRound + 1} with 422 limit-exceeded`, async () => {
    const round = await createRound(t);
    for (let i = 1; i <= LIMITS.casesPerRound; i++) {
      await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput(`Sag ${i}`)).expect(201);
    }
    const res = await expectRefused(
      () => t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag en for meget')),
      422,
    );
    expect(res.body.type).toBe('urn:auditpanel:problem:limit-exceeded');
  });

  it(`refuses member number ${LIMITS.membersPerRound + 1}`, async () => {
    const round = await createRound(t);
    for (let i = 0; i < LIMITS.membersPerRound; i++) await addMember(t, round.id, 'referent', `Referent ${i}`);
    await expectRefused(
      () =>
        t.admin.post(`/api/v1/rounds/${round.id}/members`, {
          name: 'En for meget',
          affiliation: 'X',
          role: 'referent',
        }),
      422,
    );
  });

  it(`refuses a round whose cases × items × panelists would pass ${LIMITS.ratingsPerRound}`, async () => {
    const round = await createRound(t);
    // 9 default items × 10 cases = 90 ratings per panelist: 33 panelists would be 2,970, 34 too many.
    for (let i = 1; i <= 10; i++) await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput(`Sag ${i}`));
    const panelists = Math.floor(LIMITS.ratingsPerRound / 90);
    let added = 0;
    for (; added < Math.min(panelists, LIMITS.membersPerRound); added++) {
      await addMember(t, round.id, 'panelist', `Paneldeltager ${added}`);
    }
    // Members run out first at 30; the product is then 2,700, so a form of 12 items is refused.
    const form = (await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200)).body;
    const bigger = {
      themes: [{ key: 'mange', title: 'Mange', items: Array.from({ length: 12 }, (_, i) => ({ text: `Punkt ${i}` })) }],
      developmentQuestion: form.developmentQuestion,
    };
    const res = await expectRefused(() => t.admin.put(`/api/v1/rounds/${round.id}/form`, bigger), 422);
    expect(res.body.type).toBe('urn:auditpanel:problem:limit-exceeded');
  });

  it('refuses forms over the theme and item limits, and cases over the document limits, with 400', async () => {
    const round = await createRound(t);
    const manyThemes = {
      themes: Array.from({ length: LIMITS.themesPerForm + 1 }, (_, i) => ({
        key: `tema-${i}`,
        title: `Tema ${i}`,
        items: [{ text: 'Punkt' }],
      })),
      developmentQuestion: 'Spørgsmål',
    };
    await expectRefused(() => t.admin.put(`/api/v1/rounds/${round.id}/form`, manyThemes), 400);
    const manyItems = {
      themes: [
        { key: 'a', title: 'A', items: Array.from({ length: 20 }, () => ({ text: 'Punkt' })) },
        { key: 'b', title: 'B', items: Array.from({ length: 11 }, () => ({ text: 'Punkt' })) },
      ],
      developmentQuestion: 'Spørgsmål',
    };
    await expectRefused(() => t.admin.put(`/api/v1/rounds/${round.id}/form`, manyItems), 422);
    const manyDocs = caseInput('Sag 1', {
      documents: Array.from({ length: LIMITS.documentsPerCase + 1 }, (_, i) => ({
        title: `Bilag ${i}`,
        text: 'tekst',
      })),
    });
    await expectRefused(() => t.admin.post(`/api/v1/rounds/${round.id}/cases`, manyDocs), 400);
    const longDocs = caseInput('Sag 1', {
      documents: [
        { title: 'Handleplan', text: 'ord '.repeat(LIMITS.documentCharsPerCase / 8) },
        { title: 'Baggrund', text: 'ord '.repeat(LIMITS.documentCharsPerCase / 8 + 1) },
      ],
    });
    await expectRefused(() => t.admin.post(`/api/v1/rounds/${round.id}/cases`, longDocs), 400);
  });
});

describe('one text rule: NUL, lone surrogates and invalid UTF-8 are refused before storing', () => {
  const post = (raw: string) =>
    t.http
      .post('/api/v1/rounds')
      .set('authorization', `Bearer ${ADMIN_TOKEN}`)
      .set('content-type', 'application/json')
      .send(raw);

  it.each([
    ['NUL in a value', '{"title":"a\\u0000b","organisation":"O","purpose":"P"}', 'body/title'],
    ['a lone high surrogate', '{"title":"a\\ud800b","organisation":"O","purpose":"P"}', 'body/title'],
    ['a lone low surrogate', '{"title":"T","organisation":"\\udc00","purpose":"P"}', 'body/organisation'],
    ['NUL in a key', '{"title":"T","organisation":"O","purpose":"P","x\\u0000":1}', 'body/x\u0000'],
  ])('%s → 400 invalid-text with the field path', async (_name, raw, path) => {
    const before = digest();
    const res = await post(raw);
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('urn:auditpanel:problem:invalid-text');
    expect(res.body.errors[0].path).toBe(path);
    expect(digest()).toBe(before);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const before = digest();
    const raw = Buffer.concat([
      Buffer.from('{"title":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","organisation":"O","purpose":"P"}'),
    ]);
    // inject sends the bytes as they are (supertest would serialise a Buffer as JSON).
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      payload: raw,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toBe('urn:auditpanel:problem:invalid-text');
    expect(digest()).toBe(before);
  });

  it('accepts well-formed text with emoji, RTL and æøå as sent', async () => {
    const title = 'Handleplaner 🙂 שלום æøå';
    const res = await post(JSON.stringify({ title, organisation: 'O', purpose: 'P' }));
    expect(res.status).toBe(201);
    expect(res.body.title).toBe(title);
  });
});

describe('drafts and the udviklingsplan follow the same limits and text rule', () => {
  it(`refuses a draft justification over ${LIMITS.justificationChars} characters and one holding NUL`, async () => {
    const built = await buildRound(t, { phase: 'rating', rated: false });
    const [panelist] = built.panelists;
    const caseId = built.cases[0]?.id;
    const itemId = built.form.themes[0]?.items[0]?.id;
    if (!panelist || !caseId || !itemId) throw new Error('round without panelist, case or item');
    const url = `/api/v1/rounds/${built.round.id}/cases/${caseId}/drafts/${itemId}`;
    const put = (body: object) => t.as(panelist.token).put(url, body);
    await expectRefused(() => put({ justification: 'æ'.repeat(LIMITS.justificationChars + 1) }), 400);
    const nul = await expectRefused(() => put({ justification: 'a\u0000b' }), 400);
    expect(nul.body.type).toBe('urn:auditpanel:problem:invalid-text');
    await put({ justification: 'æ'.repeat(LIMITS.justificationChars) }).expect(200);
  });

  it('refuses plan texts with a lone surrogate, and the step after the last one an indsatsområde holds', async () => {
    const built = await buildRound(t, { phase: 'reported', rated: false });
    const as = t.as(built.leader.token);
    const base = `/api/v1/rounds/${built.round.id}/plan`;
    const bad = await expectRefused(
      () =>
        t.http
          .post(`${base}/initiatives`)
          .set('authorization', `Bearer ${built.leader.token}`)
          .set('content-type', 'application/json')
          .send('{"title":"Indsats \\ud800"}'),
      400,
    );
    expect(bad.body.type).toBe('urn:auditpanel:problem:invalid-text');
    const initiative = (await as.post(`${base}/initiatives`, { title: 'Indsats' }).expect(201)).body;
    const step = { kind: 'activity', text: 'Trin', due: '2030-01-01', responsible: 'Alle' };
    for (let i = 0; i < LIMITS.stepsPerInitiative; i++) {
      await as.post(`${base}/initiatives/${initiative.id}/steps`, step).expect(201);
    }
    const res = await expectRefused(() => as.post(`${base}/initiatives/${initiative.id}/steps`, step), 422);
    expect(res.body.type).toBe('urn:auditpanel:problem:limit-exceeded');
  }, 60_000);
});
