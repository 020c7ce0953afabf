import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound } from '../helpers/rounds.js';
import { WAIT, fitsPhone, heading, nav, shoot, startBrowser } from './browser.js';

// The udviklingsplan's page in Chromium: the round is set up through the API (reported, five
// recommendations); the mødeleder writes the plan through the page alone, a panelist reads it.

const SHOTS = process.env.PLAN_SCREENSHOTS; // a folder: README screenshots are taken there

let t: TestApp;
let b: Awaited<ReturnType<typeof startBrowser>>;
let built: BuiltRound;

interface Plan {
  coverage: { chosen: number[]; notChosen: number[] };
  initiatives: {
    id: string;
    title: string;
    phase: string;
    recommendations: { number: number }[];
    steps: { id: string; label: string; text: string; state: string; overdue: boolean; etag: string }[];
  }[];
}
type Styled = { getComputedStyle: (el: unknown) => { backgroundColor: string } };
const readPlan = async () =>
  (await t.as(built.leader.token).get(`/api/v1/rounds/${built.round.id}/plan`).expect(200)).body as Plan;

beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
  built = await buildRound(t, { rated: false, phase: 'reported' });
  b = await startBrowser(t);
}, 60_000);

afterAll(async () => {
  await b?.close();
  await t?.close();
});

const inForm = (page: Page, name: string) => page.getByRole('form', { name });
const stepTexts = (page: Page) => page.locator('.plan-step .step-head').allTextContents();

async function addStep(page: Page, step: { kind: string; text: string; due: string; responsible: string }) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: 'Tilføj trin' }) });
  if (!(await details.evaluate((el) => el.hasAttribute('open')))) await details.locator('summary').click();
  await details.getByLabel('Type').selectOption(step.kind);
  await details.getByLabel('Hvad gøres eller nås').fill(step.text);
  await details.getByLabel('Dato eller slutdato').fill(step.due);
  await details.getByLabel('Ansvarlig/udfører/deltagere').fill(step.responsible);
  await details.getByRole('button', { name: 'Tilføj trinnet' }).click();
  await page.getByRole('status').filter({ hasText: 'Trinnet er tilføjet.' }).waitFor();
}

describe('the udviklingsplan through the pages', () => {
  it('the mødeleder writes the plan, a panelist reads it', { timeout: 180_000 }, async () => {
    const leader = await b.open(`${b.base}/panel#token=${built.leader.token}`);
    await heading(leader, /./);
    await nav(leader, 'Udviklingsplan');
    await heading(leader, 'Udviklingsplan');
    await expect
      .poll(() => leader.locator('.coverage-not-chosen').textContent(), WAIT)
      .toBe('Anbefaling 1, 2, 3, 4, 5');
    await b.audit(leader, 'leader: empty plan');

    // A new indsatsområde choosing recommendation 4.
    const form = inForm(leader, 'Nyt indsatsområde');
    await form.getByLabel('Titel').fill('Indsatsens varighed');
    await form.getByLabel('Status (udgangspunktet)').fill('Varigheden mangler i de fleste handleplaner.');
    await form.getByLabel('Implementeringsfase').selectOption('plan');
    await form.getByLabel(/^Anbefaling 4:/).check();
    await form.getByLabel('Vejledning').fill('Læs vejledningen om handleplaner.\nBrug skabelonen.');
    await form.getByRole('button', { name: 'Tilføj indsatsområde' }).click();
    await leader.getByRole('heading', { level: 2, name: 'Indsatsområde 1: Indsatsens varighed' }).waitFor(WAIT);
    await expect.poll(() => leader.locator('.coverage-chosen').textContent(), WAIT).toBe('Anbefaling 4');
    expect(await leader.locator('.coverage-not-chosen').textContent()).toBe('Anbefaling 1, 2, 3, 5');
    // The phase's checklist questions are shown with the initiative.
    await leader.getByText('Spørgsmål i fasen planlægge').click();
    expect(await leader.locator('.plan-initiative details ul li').count()).toBeGreaterThan(0);

    // Two steps; the first is overdue (due long ago).
    await addStep(leader, {
      kind: 'activity',
      text: 'Temadag om varighed',
      due: '2020-03-01',
      responsible: 'Afdelingsleder',
    });
    await addStep(leader, {
      kind: 'subgoal',
      text: 'Varighed i alle nye planer',
      due: '2099-06-30',
      responsible: 'Alle rådgivere',
    });
    expect(await stepTexts(leader)).toEqual([
      'Aktivitet 1: Temadag om varighed',
      'Delmål 1: Varighed i alle nye planer',
    ]);
    expect(await leader.locator('.plan-step.is-overdue .overdue').allTextContents()).toEqual([' – overskredet']);

    // Move the second step up by keyboard: focus its ↑ button and press Enter.
    const plan1 = await readPlan();
    const second = plan1.initiatives[0]!.steps[1]!;
    await leader.locator(`#up-${second.id}`).focus();
    await leader.keyboard.press('Enter');
    await expect
      .poll(() => stepTexts(leader), WAIT)
      .toEqual(['Delmål 1: Varighed i alle nye planer', 'Aktivitet 1: Temadag om varighed']);
    await leader.getByRole('status').filter({ hasText: 'Rækkefølgen er gemt.' }).waitFor();
    expect((await readPlan()).initiatives[0]!.steps.map((s) => s.text)).toEqual([
      'Varighed i alle nye planer',
      'Temadag om varighed',
    ]);

    // The overdue activity is done: its state and status text are updated in place.
    const activity = leader.locator('.plan-step', { hasText: 'Temadag om varighed' });
    await activity.getByLabel('Tilstand').selectOption('done');
    await activity.getByLabel('Status').fill('Afholdt 1. marts');
    await activity.getByRole('button', { name: /Gem status/ }).click();
    await leader.getByRole('status').filter({ hasText: 'Status for Aktivitet 1 er gemt.' }).waitFor();
    const plan2 = await readPlan();
    const done = plan2.initiatives[0]!.steps.find((s) => s.text === 'Temadag om varighed')!;
    expect([done.state, done.overdue]).toEqual(['done', false]);
    expect(await leader.locator('.plan-step.is-overdue').count()).toBe(0);
    // Its history: as created, then done.
    const doneStep = leader.locator('.plan-step', { hasText: 'Temadag om varighed' });
    await doneStep.getByText('Historik').click();
    await expect.poll(() => doneStep.locator('.history-list li').count(), WAIT).toBe(2);
    expect(await doneStep.locator('.history-list li').last().textContent()).toMatch(/Gennemført – Afholdt 1\. marts/);
    await b.audit(leader, 'leader: plan');
    await fitsPhone(leader, 'leader: plan');

    // A stale edit: someone else changes the subgoal; the page's save is refused and explained.
    const subgoal = plan2.initiatives[0]!.steps.find((s) => s.text === 'Varighed i alle nye planer')!;
    await t
      .as(built.leader.token)
      .patch(`/api/v1/rounds/${built.round.id}/plan/steps/${subgoal.id}`, { statusText: 'I gang andetsteds' })
      .set('if-match', subgoal.etag)
      .expect(200);
    const row = leader.locator('.plan-step', { hasText: 'Varighed i alle nye planer' });
    await row.getByLabel('Status').fill('Mit forslag');
    await row.getByRole('button', { name: /Gem status/ }).click();
    await leader.getByText(/En anden har ændret det samme i mellemtiden/).waitFor(WAIT);
    await leader.getByRole('button', { name: 'Hent nyeste udgave' }).click();
    await expect.poll(() => row.getByLabel('Status').inputValue(), WAIT).toBe('I gang andetsteds');

    // An overdue implementeringsmål (added through the API) is marked in words and colour.
    await t
      .as(built.leader.token)
      .post(`/api/v1/rounds/${built.round.id}/plan/initiatives/${plan2.initiatives[0]!.id}/steps`, {
        kind: 'goal',
        text: 'Varighed angivet i 9 af 10 planer',
        due: '2021-01-31',
        responsible: 'Ledergruppen',
      })
      .expect(201);
    await nav(leader, 'Resultater');
    await nav(leader, 'Udviklingsplan');
    const goal = leader.locator('.plan-step.is-overdue', { hasText: 'Varighed angivet i 9 af 10 planer' });
    await goal.waitFor(WAIT);
    expect(await goal.locator('.step-label').textContent()).toBe('Implementeringsmål 1');
    expect(await goal.locator('.overdue').textContent()).toBe(' – overskredet');
    expect(await goal.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).backgroundColor)).toBe(
      'rgb(251, 230, 228)',
    );
    await b.audit(leader, 'leader: plan with an overdue step');
    await shoot(leader, SHOTS, 'workspace-plan', 2400);

    // A panelist reads the plan: a link on the start page, no editing.
    const panelist = await b.open(`${b.base}/panel#token=${built.panelists[0]!.token}`);
    await panelist.getByRole('link', { name: 'Læs kommunens udviklingsplan' }).click();
    await heading(panelist, 'Udviklingsplan');
    await panelist.getByRole('heading', { level: 2, name: 'Indsatsområde 1: Indsatsens varighed' }).waitFor(WAIT);
    expect(await panelist.locator('.coverage-chosen').textContent()).toBe('Anbefaling 4');
    expect(await panelist.getByRole('button', { name: /Tilføj|Gem|Flyt/ }).count()).toBe(0);
    expect(await panelist.locator('.chosen-recs li').allTextContents()).toEqual([
      'Anbefaling 4: Det anbefales, at indsatsmål angives som kortsigtede eller langsigtede.',
    ]);
    await b.audit(panelist, 'panelist: plan');
    await fitsPhone(panelist, 'panelist: plan');

    expect(b.accessibility).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
