import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/domain/default-form.js';
import { addMember, caseInput, createRound, createTestApp, transition, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rowCount = (table: string) =>
  (t.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

/** Where a finding is, without its certainty, confidence and excerpt. */
const located = ({ document, field, kind, start, end }: Record<string, unknown>) => ({
  document,
  field,
  kind,
  start,
  end,
});

describe('cases and the anonymisation guard', () => {
  it('stores a case with its documents and selection criteria', async () => {
    const round = await createRound(t);
    const res = await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 3')).expect(201);
    expect(res.body).toMatchObject({
      code: 'Sag 3',
      area: 'Socialpsykiatri',
      selection: { developmentPotential: 'Ja', complexity: 'Høj', recent: 'Bevilget 1.4.2018' },
      documents: [{ position: 1, title: 'Handleplan' }],
    });
    const got = await t.admin.get(`/api/v1/rounds/${round.id}/cases/${res.body.id}`).expect(200);
    expect(got.body).toEqual(res.body);
  });

  it('refuses identifiable material with 422, lists where, and stores and logs nothing', async () => {
    const round = await createRound(t);
    const before = { cases: rowCount('cases'), docs: rowCount('case_documents'), log: rowCount('audit_log') };
    const secret = 'Jens Jensen';
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 9', {
          documents: [
            { title: 'Handleplan', text: 'Borgeren (CPR 010190-1234) bor alene.' },
            { title: 'Baggrund', text: `Kontakt ${secret} på jens@example.dk eller 22 33 44 55.` },
          ],
          knownIdentifiers: [secret],
        }),
      )
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ findingsTotal: 4, truncated: false });
    expect(res.body.findings.map(located)).toEqual([
      { document: 0, field: 'text', kind: 'cpr', start: 14, end: 25 },
      { document: 1, field: 'text', kind: 'known_identifier', start: 8, end: 19 },
      { document: 1, field: 'text', kind: 'email', start: 23, end: 38 },
      { document: 1, field: 'text', kind: 'phone', start: 45, end: 56 },
    ]);
    const body = JSON.stringify(res.body);
    for (const leaked of ['010190', secret, 'jens@', '22 33 44 55']) expect(body).not.toContain(leaked);
    expect({ cases: rowCount('cases'), docs: rowCount('case_documents'), log: rowCount('audit_log') }).toEqual(before);
  });

  it("scans the case's own fields too, and never repeats a refused code", async () => {
    const round = await createRound(t);
    const before = rowCount('cases');
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 4', {
          summary: 'Borger, tlf. 22334455, ønsker bostøtte.',
          selection: { developmentPotential: 'Ja', complexity: 'Høj', recent: 'Skrevet af ole@example.dk' },
        }),
      )
      .expect(422);
    expect(res.body.findings.map(located)).toEqual([
      { document: null, field: 'summary', kind: 'phone', start: 13, end: 21 },
      { document: null, field: 'selection.recent', kind: 'email', start: 11, end: 25 },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/22334455|ole@/);
    expect(rowCount('cases')).toBe(before);
    await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag Vestergade')).expect(201);
    const duplicate = await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag Vestergade')).expect(409);
    expect(JSON.stringify(duplicate.body)).not.toContain('Vestergade');
  });

  it('lets dates, paragraphs, journal numbers, amounts and hours pass', async () => {
    const round = await createRound(t);
    const text = 'Bevilget 1.4.2018, revideret 15.02.2018 efter § 141 (j.nr. 2012-0045). 12.500 kr. pr. md., 37 timer.';
    await t.admin
      .post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1', { documents: [{ title: 'Handleplan', text }] }))
      .expect(201);
  });

  it('refuses a duplicate case code and cases after rating began', async () => {
    const round = await createRound(t);
    await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1')).expect(201);
    await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1')).expect(409);
    await addMember(t, round.id, 'panelist');
    await addMember(t, round.id, 'panelist');
    for (const to of ['panel', 'calibration', 'rating']) await transition(t, round.id, to).expect(200);
    await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 2')).expect(409);
  });

  it('validates documents', async () => {
    const round = await createRound(t);
    const res = await t.admin
      .post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1', { documents: [{ title: 'x' }] }))
      .expect(400);
    expect(res.body.errors[0].path).toBe('body/documents/0');
  });
});

describe('the vurderingsskema', () => {
  it('starts every round with the seed form, word for word', async () => {
    const round = await createRound(t);
    const res = await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200);
    expect(res.body.scale).toEqual([
      { key: 'high', label: 'I høj grad', value: 3 },
      { key: 'some', label: 'I nogen grad', value: 2 },
      { key: 'low', label: 'I mindre grad', value: 1 },
      { key: 'none', label: 'Slet ikke', value: 0 },
      { key: 'na', label: 'Stillingtagen ikke mulig pga. manglende dokumentation/ikke relevant', value: null },
    ]);
    expect(res.body.themes.map((th: { title: string }) => th.title)).toEqual([
      'Formål og mål for indsats',
      'Borgerinddragelse',
      'Samlet vurdering',
    ]);
    const items = res.body.themes.flatMap((th: { items: { number: number; text: string }[] }) => th.items);
    expect(items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(items[0].text).toBe('Vurder hvorvidt der er formuleret et formål med indsatsen, som er tydeligt?');
    expect(items[7].text).toBe(
      'Vurder om borgeren i tilstrækkelig grad har været involveret i udarbejdelsen af handleplanen?',
    );
    expect(res.body.developmentQuestion).toBe(DEFAULT_FORM.developmentQuestion);
  });

  it('edits, adds, removes and reorders items, keeping ids of kept items', async () => {
    const round = await createRound(t);
    const form = (await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200)).body;
    const [first, second] = form.themes[0].items;
    const res = await t.admin
      .put(`/api/v1/rounds/${round.id}/form`, {
        themes: [
          {
            key: 'formaal-og-maal',
            title: 'Formål og mål',
            items: [
              { id: second.id, text: second.text },
              { id: first.id, text: 'Er formålet tydeligt?' },
              { text: 'Et nyt punkt?' },
            ],
          },
        ],
        developmentQuestion: 'Nævn to områder.',
      })
      .expect(200);
    const items = res.body.themes[0].items;
    expect(items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3]);
    expect(items[0].id).toBe(second.id);
    expect(items[1]).toEqual({ id: first.id, number: 2, text: 'Er formålet tydeligt?', baselineItemId: null });
    expect(res.body.developmentQuestion).toBe('Nævn to områder.');
  });

  it('refuses foreign item ids and duplicate theme keys without changing the form', async () => {
    const round = await createRound(t);
    const before = (await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200)).body;
    const foreign = await t.admin
      .put(`/api/v1/rounds/${round.id}/form`, {
        themes: [{ key: 'a', title: 'A', items: [{ id: 'not-an-item', text: 'x' }] }],
        developmentQuestion: 'q',
      })
      .expect(422);
    expect(foreign.body.errors[0].path).toBe('body/themes/0/items/0/id');
    await t.admin
      .put(`/api/v1/rounds/${round.id}/form`, {
        themes: [
          { key: 'a', title: 'A', items: [] },
          { key: 'a', title: 'B', items: [] },
        ],
        developmentQuestion: 'q',
      })
      .expect(422);
    const after = (await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200)).body;
    expect(after).toEqual(before);
  });

  it('is frozen from rating on', async () => {
    const round = await createRound(t);
    await addMember(t, round.id, 'panelist');
    await addMember(t, round.id, 'panelist');
    await t.admin.post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1')).expect(201);
    for (const to of ['panel', 'calibration', 'rating']) await transition(t, round.id, to).expect(200);
    const form = (await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200)).body;
    const res = await t.admin.put(`/api/v1/rounds/${round.id}/form`, form).expect(409);
    expect(res.body).toMatchObject({
      type: 'urn:auditpanel:problem:phase-closed',
      title: 'Ikke muligt i denne fase',
      detail:
        'Det er kun muligt at ændre vurderingsskemaet i faserne scoping, panel og calibration; auditforløbet er i fasen rating.',
    });
  });
});

describe('audit log', () => {
  it('records every mutation with who, role and action, newest first, without bodies', async () => {
    const round = await createRound(t, { purpose: 'Et særligt hemmeligt formål' });
    const leader = await addMember(t, round.id, 'leader');
    await t.as(leader.token).patch(`/api/v1/rounds/${round.id}`, { scope: 'Ny afgrænsning' }).expect(200);
    const res = await t.as(leader.token).get(`/api/v1/rounds/${round.id}/audit-log`).expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
      'round.updated',
      'member.added',
      'round.created',
    ]);
    expect(res.body.items[0]).toMatchObject({ actorId: leader.member.id, actorRole: 'leader', targetType: 'round' });
    expect(JSON.stringify(res.body)).not.toContain('hemmeligt');
    expect(JSON.stringify(res.body)).not.toContain('Ny afgrænsning');
  });

  it('pages with opaque string ids: `before` the last id of a page gives the next, older page', async () => {
    const round = await createRound(t);
    const leader = await addMember(t, round.id, 'leader');
    for (const scope of ['a', 'b', 'c']) {
      await t.as(leader.token).patch(`/api/v1/rounds/${round.id}`, { scope }).expect(200);
    }
    const log = `/api/v1/rounds/${round.id}/audit-log`;
    const all = (await t.admin.get(log).expect(200)).body.items as { id: string; action: string }[];
    expect(all).toHaveLength(5);
    for (const entry of all) expect(entry.id).toMatch(/^[0-9]+$/);

    const first = (await t.admin.get(`${log}?limit=2`).expect(200)).body.items as { id: string }[];
    const second = (await t.admin.get(`${log}?limit=2&before=${first[1]?.id}`).expect(200)).body.items as {
      id: string;
    }[];
    const third = (await t.admin.get(`${log}?limit=2&before=${second[1]?.id}`).expect(200)).body.items as {
      id: string;
    }[];
    const last = (await t.admin.get(`${log}?limit=2&before=${third[0]?.id}`).expect(200)).body.items;
    expect([...first, ...second, ...third].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(last).toEqual([]);

    for (const bad of ['abc', '0', '-1', '1.5', '1e3']) {
      const res = await t.admin.get(`${log}?before=${bad}`).expect(400);
      expect(res.body.errors[0].path).toBe('querystring/before');
    }
  });
});
