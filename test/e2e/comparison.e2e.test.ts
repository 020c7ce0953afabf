import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../helpers/app.js';
import { buildRound, defaultRating, type BuiltRound, type RatingPattern } from '../helpers/rounds.js';
import { WAIT, fitsPhone, heading, nav, shoot, startBrowser } from './browser.js';

// The genaudit's comparison page in Chromium. A baseline round (four cases) with an
// udviklingsplan, and a genaudit of it (four new cases) set up through the API: item 1 goes
// from negative in every case to positive in every case (improved, p = 2/70), item 2 the other
// way (worsened), the rest are rated alike (no clear change).

const SHOTS = process.env.PLAN_SCREENSHOTS;

const before: RatingPattern = (p, c, item) => (item === 1 ? 'none' : item === 2 ? 'high' : defaultRating(p, c, item));
const after: RatingPattern = (p, c, item) => (item === 1 ? 'high' : item === 2 ? 'none' : defaultRating(p, c, item));

let t: TestApp;
let b: Awaited<ReturnType<typeof startBrowser>>;
let baseline: BuiltRound;
let genaudit: BuiltRound;

beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
  baseline = await buildRound(t, { title: 'Handleplaner 2026', phase: 'reported', cases: 4, pattern: before });
  // The baseline's plan chooses recommendation 1 (focus point 1: items 1 and 7).
  await t
    .as(baseline.leader.token)
    .post(`/api/v1/rounds/${baseline.round.id}/plan/initiatives`, {
      title: 'Formål med retning',
      recommendationIds: [baseline.focusPoints[0]!.recommendations[0]!.id],
    })
    .expect(201);
  genaudit = await buildRound(t, {
    title: 'Genaudit af handleplaner',
    baselineRoundId: baseline.round.id,
    phase: 'discussion',
    cases: 4,
    pattern: after,
  });
  b = await startBrowser(t);
}, 120_000);

afterAll(async () => {
  await b?.close();
  await t?.close();
});

describe('the genaudit comparison through the pages', () => {
  it('shows before and after per item, honest verdicts and the plan’s initiatives', { timeout: 120_000 }, async () => {
    const leader = await b.open(`${b.base}/panel#token=${genaudit.leader.token}`);
    await heading(leader, /./);
    await nav(leader, 'Sammenligning');
    await heading(leader, 'Sammenligning med første audit');
    const item = (n: number) => leader.locator('.compare-item', { hasText: `Spørgsmål ${n}:` }).first();
    await item(1).waitFor(WAIT);
    expect(await item(1).locator('.compare-sentence').textContent()).toMatch(
      /^Positiv i 0 af 4 sager i \d{4} og i 4 af 4 sager nu\.$/,
    );
    expect(await item(1).locator('.verdict').textContent()).toBe('forbedret');
    expect(await item(2).locator('.verdict').textContent()).toBe('forværret');
    expect(await item(3).locator('.verdict').textContent()).toBe('ingen tydelig ændring');
    await leader.getByText(/ikke, at der ingen ændring er/).waitFor();
    const initiative = leader.locator('.compare-initiatives > li');
    expect(await initiative.locator('h3').textContent()).toBe('Indsatsområde 1: Formål med retning');
    expect(await initiative.locator('li').allTextContents()).toEqual([
      'Spørgsmål 1: forbedret',
      'Spørgsmål 7: ingen tydelig ændring',
    ]);
    await b.audit(leader, 'leader: comparison');
    await fitsPhone(leader, 'leader: comparison');
    await shoot(leader, SHOTS, 'workspace-comparison', 1800);

    // A panelist of the genaudit sees it from the discussion on; the baseline has no such view.
    const panelist = await b.open(`${b.base}/panel#token=${genaudit.panelists[0]!.token}`);
    await heading(panelist, /./);
    await nav(panelist, 'Sammenligning');
    await heading(panelist, 'Sammenligning med første audit');
    await panelist.locator('.compare-item .verdict').first().waitFor(WAIT);
    await b.audit(panelist, 'panelist: comparison');
    const old = await b.open(`${b.base}/panel#token=${baseline.leader.token}`);
    await heading(old, /./);
    await old.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udviklingsplan' }).waitFor();
    expect(await old.getByRole('link', { name: 'Sammenligning' }).count()).toBe(0);

    // The admin's create-round form starts a genaudit of a reported round.
    const admin = await b.open(`${b.base}/panel#token=${ADMIN_TOKEN}`);
    await heading(admin, 'Alle auditforløb');
    await admin.getByLabel('Titel').fill('Genaudit nummer to');
    await admin.getByLabel('Organisation').fill('Fjordby Kommune');
    await admin.getByLabel('Formål').fill('At se, om handleplanerne er blevet bedre.');
    await admin.getByLabel('Genaudit').selectOption({ label: 'Genaudit af „Handleplaner 2026“' });
    await b.audit(admin, 'admin: rounds with a reported one');
    await admin.getByRole('button', { name: 'Opret auditforløb' }).click();
    await heading(admin, 'Panelet');
    const roundId = /#\/runde\/([^/]+)\//.exec(admin.url())![1]!;
    const created = (await t.admin.get(`/api/v1/rounds/${roundId}`).expect(200)).body as { baselineRoundId: string };
    expect(created.baselineRoundId).toBe(baseline.round.id);

    expect(b.accessibility).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
