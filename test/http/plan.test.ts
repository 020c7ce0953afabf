import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../helpers/app.js';
import { buildRound } from '../helpers/rounds.js';

/** 12:00 UTC on 10 March 2026: "today" in Copenhagen is 2026-03-10. */
const NOW = new Date('2026-03-10T12:00:00Z');

let t: TestApp;
let roundId: string;
let leader: string;
let referent: string;
let panelist: string;
let recIds: string[];
let otherRoundRecId: string;

const base = () => `/api/v1/rounds/${roundId}/plan`;

interface Step {
  id: string;
  label: string;
  overdue: boolean;
  etag: string;
  state: string;
  position: number;
  initiativeId: string;
}
interface Initiative {
  id: string;
  number: number;
  etag: string;
  steps: Step[];
  recommendations: { id: string; number: number; text: string }[];
}

async function addInitiative(body: object, token = leader): Promise<Initiative> {
  return (await t.as(token).post(`${base()}/initiatives`, body).expect(201)).body as Initiative;
}

async function addStep(initiativeId: string, body: object, token = leader): Promise<Step> {
  return (await t.as(token).post(`${base()}/initiatives/${initiativeId}/steps`, body).expect(201)).body as Step;
}

const step = (kind: string, due: string, extra: object = {}) => ({
  kind,
  text: `Trin af typen ${kind}`,
  due,
  responsible: 'Alle medarbejdere og ledere',
  ...extra,
});

async function readPlan() {
  return (await t.as(panelist).get(base()).expect(200)).body as {
    initiatives: Initiative[];
    coverage: { chosen: number[]; notChosen: number[] };
    updatedAt: string;
  };
}

beforeAll(async () => {
  t = await createTestApp({}, { clock: () => NOW });
  const built = await buildRound(t, { rated: false, phase: 'reported' });
  roundId = built.round.id;
  leader = built.leader.token;
  referent = built.referent.token;
  panelist = built.panelists[0]?.token ?? '';
  recIds = built.focusPoints.flatMap((fp) => fp.recommendations.map((rec) => rec.id));
  const other = await buildRound(t, { rated: false, phase: 'reported' });
  otherRoundRecId = other.focusPoints[0]?.recommendations[0]?.id ?? '';
}, 60_000);

afterAll(() => t.close());

describe('the plan', () => {
  it('starts empty on first read, with every recommendation not chosen', async () => {
    const plan = await readPlan();
    expect(plan.initiatives).toEqual([]);
    expect(plan.coverage).toEqual({ chosen: [], notChosen: [1, 2, 3, 4, 5] });
    expect(plan.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('numbers initiatives and labels steps per kind across the plan, flags overdue against today', async () => {
    const first = await addInitiative({
      title: 'Indhold, form og ejerskab',
      status: 'Behandlingsplaner er ikke forankret.',
      note: 'Et muligt første indsatsområde.',
      phase: 'plan',
      recommendationIds: [recIds[3], recIds[0], recIds[3]],
      guidance: ['Læs de nationale retningslinjer.'],
    });
    expect(first.number).toBe(1);
    expect(first.recommendations.map((rec) => rec.number)).toEqual([1, 4]);
    const a1 = await addStep(first.id, step('activity', '2026-03-09', { start: '2026-01-01', state: 'done' }));
    const d1 = await addStep(first.id, step('subgoal', '2026-03-09'));
    const a2 = await addStep(first.id, step('activity', '2026-03-10', { state: 'in_progress' }));
    const second = await addInitiative({ title: 'Organisatorisk praksis', recommendationIds: [recIds[1]] });
    const g1 = await addStep(second.id, step('goal', '2026-03-11'));
    const a3 = await addStep(second.id, step('activity', '2026-02-01', { state: 'postponed' }));

    expect([a1.label, d1.label, a2.label, g1.label, a3.label]).toEqual([
      'Aktivitet 1',
      'Delmål 1',
      'Aktivitet 2',
      'Implementeringsmål 1',
      'Aktivitet 3',
    ]);
    // Due yesterday but done: not overdue. Due yesterday, planned: overdue. Due today: not yet.
    expect([a1.overdue, d1.overdue, a2.overdue, g1.overdue, a3.overdue]).toEqual([false, true, false, false, true]);

    const plan = await readPlan();
    expect(plan.coverage).toEqual({ chosen: [1, 2, 4], notChosen: [3, 5] });
    expect(plan.initiatives.map((i) => [i.number, i.steps.map((s) => s.label)])).toEqual([
      [1, ['Aktivitet 1', 'Delmål 1', 'Aktivitet 2']],
      [2, ['Implementeringsmål 1', 'Aktivitet 3']],
    ]);
  });

  it('moving the second initiative first renumbers initiatives and relabels every step', async () => {
    const [first, second] = (await readPlan()).initiatives as [Initiative, Initiative];
    const res = await t
      .as(leader)
      .patch(`${base()}/initiatives/${second.id}`, { position: 1 })
      .set('if-match', second.etag)
      .expect(200);
    expect(res.body.number).toBe(1);
    expect(res.headers.etag).toBe(res.body.etag);
    expect(res.body.etag).not.toBe(second.etag);
    const plan = await readPlan();
    expect(plan.initiatives.map((i) => [i.id, i.number, i.steps.map((s) => s.label)])).toEqual([
      [second.id, 1, ['Implementeringsmål 1', 'Aktivitet 1']],
      [first.id, 2, ['Aktivitet 2', 'Delmål 1', 'Aktivitet 3']],
    ]);
    // The other initiative's ETag did not change with its number.
    expect(plan.initiatives[1]?.etag).toBe(first.etag);
  });

  it('moves a step to another initiative and a position; positions stay 1..N in both', async () => {
    const [target, source] = (await readPlan()).initiatives as [Initiative, Initiative];
    const moving = source.steps[0] as Step;
    const res = await t
      .as(leader)
      .patch(`${base()}/steps/${moving.id}`, { initiativeId: target.id, position: 1 })
      .set('if-match', moving.etag)
      .expect(200);
    expect(res.body).toMatchObject({ initiativeId: target.id, position: 1, label: 'Aktivitet 1' });
    const plan = await readPlan();
    expect(plan.initiatives.map((i) => i.steps.map((s) => [s.position, s.label]))).toEqual([
      [
        [1, 'Aktivitet 1'],
        [2, 'Implementeringsmål 1'],
        [3, 'Aktivitet 2'],
      ],
      [
        [1, 'Delmål 1'],
        [2, 'Aktivitet 3'],
      ],
    ]);
  });

  it('keeps every change of state or status text in the history, oldest first, with who', async () => {
    const [initiative] = (await readPlan()).initiatives as [Initiative];
    const created = await addStep(initiative.id, step('subgoal', '2026-04-01', { statusText: 'Ikke startet' }));
    let etag = created.etag;
    const patch = async (body: object, token = leader) => {
      const res = await t.as(token).patch(`${base()}/steps/${created.id}`, body).set('if-match', etag).expect(200);
      etag = res.body.etag;
      return res.body as Step;
    };
    await patch({ state: 'in_progress' });
    await patch({ text: 'Ny tekst' }); // neither state nor status text: no history entry
    await patch({ statusText: 'Skabelonen er videresendt.' }, ADMIN_TOKEN);
    const done = await patch({ state: 'done', statusText: 'Afholdt' });
    expect(done.state).toBe('done');
    const history = (await t.as(panelist).get(`${base()}/steps/${created.id}/history`).expect(200)).body.items as {
      at: string;
      by: { role: string; name: string };
      state: string;
      statusText: string;
    }[];
    expect(history.map((h) => [h.state, h.statusText, h.by.role, h.by.name])).toEqual([
      ['planned', 'Ikke startet', 'leader', 'Karen Overby'],
      ['in_progress', 'Ikke startet', 'leader', 'Karen Overby'],
      ['in_progress', 'Skabelonen er videresendt.', 'admin', 'Administrator'],
      ['done', 'Afholdt', 'leader', 'Karen Overby'],
    ]);
    const times = history.map((h) => h.at);
    expect([...times].sort()).toEqual(times);
  });

  it('deletes a step and an initiative with If-Match; labels and numbers close up', async () => {
    const before = await readPlan();
    const [first, second] = before.initiatives as [Initiative, Initiative];
    const gone = first.steps[0] as Step;
    await t.as(leader).delete(`${base()}/steps/${gone.id}`).expect(428);
    await t.as(leader).delete(`${base()}/steps/${gone.id}`).set('if-match', '"stale"').expect(412);
    await t.as(leader).delete(`${base()}/steps/${gone.id}`).set('if-match', gone.etag).expect(204);
    await t.as(leader).get(`${base()}/steps/${gone.id}`).expect(404);
    await t.as(leader).delete(`${base()}/initiatives/${first.id}`).set('if-match', first.etag).expect(204);
    const plan = await readPlan();
    expect(plan.initiatives.map((i) => [i.id, i.number])).toEqual([[second.id, 1]]);
    expect(plan.initiatives[0]?.steps.map((s) => [s.position, s.label])).toEqual([
      [1, 'Delmål 1'],
      [2, 'Aktivitet 1'],
    ]);
    expect(plan.coverage).toEqual({ chosen: [1, 4], notChosen: [2, 3, 5] });
  });

  it('records every plan mutation in the audit log', async () => {
    const log = (await t.as(leader).get(`/api/v1/rounds/${roundId}/audit-log`).expect(200)).body.items as {
      action: string;
    }[];
    const actions = log.map((entry) => entry.action).filter((action) => action.startsWith('plan.'));
    expect(actions.filter((a) => a === 'plan.initiative.created')).toHaveLength(2);
    expect(actions.filter((a) => a === 'plan.step.created')).toHaveLength(6);
    expect(actions.filter((a) => a === 'plan.step.updated')).toHaveLength(5);
    expect(actions.filter((a) => a === 'plan.initiative.updated')).toHaveLength(1);
    expect(actions.filter((a) => a === 'plan.step.deleted')).toHaveLength(1);
    expect(actions.filter((a) => a === 'plan.initiative.deleted')).toHaveLength(1);
  });
});

describe('refusals', () => {
  let initiative: Initiative;
  let aStep: Step;

  beforeAll(async () => {
    [initiative] = (await readPlan()).initiatives as [Initiative];
    aStep = initiative.steps[0] as Step;
  });

  const problem = (
    res: { status: number; headers: Record<string, string>; body: { status: number } },
    status: number,
  ) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(status);
  };

  it('refuses a recommendation of another round (422) and changes nothing', async () => {
    const before = await readPlan();
    const res = await t
      .as(leader)
      .post(`${base()}/initiatives`, { title: 'X', recommendationIds: [recIds[0], otherRoundRecId] });
    problem(res, 422);
    expect(res.body.type).toBe('urn:auditpanel:problem:unknown-recommendation');
    expect(res.body.errors).toEqual([
      { path: 'body/recommendationIds/1', message: 'Ikke en anbefaling i dette auditforløb' },
    ]);
    expect((await readPlan()).initiatives).toEqual(before.initiatives);
  });

  it('refuses start after due (422), on create and on a patch against the stored due', async () => {
    const res = await t
      .as(leader)
      .post(`${base()}/initiatives/${initiative.id}/steps`, step('activity', '2026-03-01', { start: '2026-03-02' }));
    problem(res, 422);
    expect(res.body.type).toBe('urn:auditpanel:problem:start-after-due');
    const patched = await t
      .as(leader)
      .patch(`${base()}/steps/${aStep.id}`, { start: '2099-01-01' })
      .set('if-match', aStep.etag);
    problem(patched, 422);
  });

  it('refuses an unknown kind or state, a malformed or impossible date, empty and over-long text (400)', async () => {
    const url = `${base()}/initiatives/${initiative.id}/steps`;
    for (const body of [
      step('milestone', '2026-03-01'),
      step('activity', '2026-03-01', { state: 'finished' }),
      step('activity', '1.3.2026'),
      step('activity', '2026-02-30'),
      step('activity', '2026-03-01', { text: '   ' }),
      step('activity', '2026-03-01', { responsible: 'x'.repeat(1001) }),
      { ...step('activity', '2026-03-01'), position: 0 },
    ]) {
      problem(await t.as(leader).post(url, body), 400);
    }
    problem(await t.as(leader).post(`${base()}/initiatives`, { title: 'X', phase: 'dream' }), 400);
    problem(await t.as(leader).post(`${base()}/initiatives`, { title: 'X', guidance: Array(31).fill('a') }), 400);
    problem(
      await t.as(leader).patch(`${base()}/initiatives/${initiative.id}`, {}).set('if-match', initiative.etag),
      400,
    );
  });

  it('refuses a CPR number in a step and in an initiative note (422 personal-data-in-text) and stores nothing', async () => {
    const before = await readPlan();
    const audit = () => t.db.$client.prepare('select count(*) as n from audit_log').get() as { n: number };
    const history = async () =>
      (await t.as(panelist).get(`${base()}/steps/${aStep.id}/history`).expect(200)).body as unknown[];
    const auditBefore = audit().n;
    const historyBefore = await history();
    const cpr = 'Borgeren (120384-2218) deltager.';
    const refused = [
      await t
        .as(leader)
        .post(`${base()}/initiatives/${initiative.id}/steps`, step('activity', '2026-12-31', { text: cpr })),
      await t
        .as(leader)
        .patch(`${base()}/steps/${aStep.id}`, { state: 'in_progress', statusText: `Aftalt: ${cpr}` })
        .set('if-match', aStep.etag),
      await t.as(leader).post(`${base()}/initiatives`, { title: 'Inddragelse', note: cpr }),
      await t
        .as(leader)
        .patch(`${base()}/initiatives/${initiative.id}`, { note: cpr })
        .set('if-match', initiative.etag),
    ];
    const fields = ['text', 'statusText', 'note', 'note'];
    for (const [i, res] of refused.entries()) {
      problem(res, 422);
      expect(res.body.type).toBe('urn:auditpanel:problem:personal-data-in-text');
      expect(res.body.findings).toEqual([
        expect.objectContaining({ field: fields[i], kind: 'cpr', certainty: 'certain' }),
      ]);
      expect(JSON.stringify(res.body)).not.toContain('120384');
    }
    expect(await readPlan()).toEqual(before);
    expect(audit().n).toBe(auditBefore);
    expect(await history()).toEqual(historyBefore);
  });

  it('keeps odd Unicode text as given', async () => {
    const text = 'Ærø – “plan” 👩🏽‍⚕️ עברית';
    const created = await addStep(initiative.id, step('goal', '2026-12-31', { text }));
    expect((await t.as(panelist).get(`${base()}/steps/${created.id}`).expect(200)).body.text).toBe(text);
    await t.as(leader).delete(`${base()}/steps/${created.id}`).set('if-match', created.etag).expect(204);
  });

  it('answers 404 for unknown initiatives and steps, and for another round’s member', async () => {
    problem(await t.as(leader).get(`${base()}/initiatives/nope`), 404);
    problem(await t.as(leader).get(`${base()}/steps/nope`), 404);
    problem(await t.as(leader).get(`${base()}/steps/nope/history`), 404);
    problem(await t.as(leader).post(`${base()}/initiatives/nope/steps`, step('goal', '2026-12-31')), 404);
    problem(await t.as(leader).patch(`${base()}/steps/nope`, { text: 'x' }).set('if-match', '*'), 404);
    const otherRound = await buildRound(t, { rated: false, phase: 'follow_up' });
    problem(await t.as(otherRound.leader.token).get(base()), 404);
  });

  it('refuses a referent or panelist write (403), allows their reads', async () => {
    problem(await t.as(referent).post(`${base()}/initiatives`, { title: 'X' }), 403);
    problem(
      await t.as(panelist).patch(`${base()}/steps/${aStep.id}`, { state: 'done' }).set('if-match', aStep.etag),
      403,
    );
    await t.as(referent).get(`${base()}/initiatives/${initiative.id}`).expect(200);
  });

  it('answers 409 before the round is reported, also for an initiative that cannot exist yet', async () => {
    const early = await buildRound(t, { rated: false, phase: 'follow_up' });
    const url = `/api/v1/rounds/${early.round.id}/plan`;
    problem(await t.as(early.leader.token).get(url), 409);
    problem(await t.as(early.leader.token).post(`${url}/initiatives`, { title: 'X' }), 409);
    problem(await t.as(early.leader.token).get(`/api/v1/rounds/${early.round.id}/plan.pdf`), 409);
    problem(await t.as(early.leader.token).get(`/api/v1/rounds/${early.round.id}/plan.csv`), 409);
    problem(await t.as(early.leader.token).get(`${url}/initiatives/${initiative.id}`), 409);
  });

  it('needs If-Match (428) and refuses a stale one (412) on PATCH', async () => {
    const url = `${base()}/initiatives/${initiative.id}`;
    problem(await t.as(leader).patch(url, { title: 'Y' }), 428);
    problem(await t.as(leader).patch(url, { title: 'Y' }).set('if-match', '"old-v0"'), 412);
    const fresh = String((await t.as(leader).get(url).expect(200)).headers.etag);
    await t.as(leader).patch(url, { title: 'Y' }).set('if-match', fresh).expect(200);
    problem(await t.as(leader).patch(url, { title: 'Z' }).set('if-match', fresh), 412);
  });
});

describe('limits', () => {
  it('refuses the 101st initiative of a plan (422) and keeps the 100', async () => {
    const round = await buildRound(t, { rated: false, phase: 'reported' });
    const url = `/api/v1/rounds/${round.round.id}/plan/initiatives`;
    const as = t.as(round.leader.token);
    for (let i = 1; i <= 100; i++) await as.post(url, { title: `Indsatsområde ${i}` }).expect(201);
    const res = await as.post(url, { title: 'Et for meget' });
    expect(res.status).toBe(422);
    expect(res.body.type).toBe('urn:auditpanel:problem:limit-exceeded');
    const plan = await t.as(round.leader.token).get(`/api/v1/rounds/${round.round.id}/plan`).expect(200);
    expect(plan.body.initiatives.map((i: Initiative) => i.number)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  }, 60_000);
});
