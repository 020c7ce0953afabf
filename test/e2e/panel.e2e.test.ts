import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound } from '../helpers/rounds.js';

// Debian's Chromium; CI installs it (.ci/run). Missing here means the test fails, never skips.
const CHROMIUM = '/usr/bin/chromium';
const LAPTOP = { width: 1280, height: 800 };
const TABLET = { width: 820, height: 1180 };
const WAIT = { timeout: 20_000, interval: 100 };

// Collects violations in the page before any of its scripts run (init scripts are not subject to the CSP).
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

let t: TestApp;
let browser: Browser;
let base: string;
let built: BuiltRound;

interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser context (its own sessionStorage) whose console errors and CSP violations are recorded. */
async function open(allowedErrors: RegExp[] = []): Promise<Watched> {
  const context = await browser.newContext({ viewport: LAPTOP, locale: 'da-DK' });
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (allowedErrors.some((pattern) => pattern.test(message.text()))) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors };
}

async function expectClean({ page, errors, context }: Watched) {
  expect(await page.evaluate('window.__cspViolations')).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}

/** Screenshots at laptop and tablet size, /tmp/panel-<name>-laptop.png and -tablet.png. */
async function shoot(page: Page, name: string) {
  for (const [size, viewport] of [
    ['laptop', LAPTOP],
    ['tablet', TABLET],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `/tmp/panel-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(LAPTOP);
}

const item = (page: Page, number: number) => page.getByRole('group', { name: new RegExp(`^${number}\\. `) });
const statusOf = (page: Page, number: number) => () => item(page, number).locator('.item-status').textContent();

async function storedRatings(token: string, caseId: string) {
  const res = await t.as(token).get(`/api/v1/rounds/${built.round.id}/ratings?caseId=${caseId}`).expect(200);
  return res.body.items as { itemId: string; value: string; justification: string }[];
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  built = await buildRound(t, { panelists: 2, cases: 2, panelistNames: ['Paneldeltager 1', 'Paneldeltager 2'] });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the panel web form in a real browser', { timeout: 60_000 }, () => {
  it('signs in from a pasted token, refuses a wrong one, and forgets the token on "Log ud"', async () => {
    // The refused token is a 401 the browser reports on its console: expected here.
    const w = await open([/status of 401/]);
    const { page } = w;
    await page.goto(`${base}/panel`);
    await shoot(page, 'signin');
    await page.getByLabel('Personlig adgangskode').fill('forkert-kode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), WAIT).toContain('Adgangskoden blev ikke genkendt');

    await page.getByLabel('Personlig adgangskode').fill(built.panelists[0]!.token);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedre handleplaner' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(1);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByLabel('Personlig adgangskode').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.reload();
    await page.getByLabel('Personlig adgangskode').waitFor();
    await expectClean(w);
  });

  it('lets a panelist rate a case from the link; every change saves by itself and survives a reload', async () => {
    const w = await open();
    const { page } = w;
    const panelist = built.panelists[0]!;
    const [case1] = built.cases;
    await page.goto(`${base}/panel#token=${panelist.token}`);
    await page.getByRole('heading', { level: 1, name: 'Bedre handleplaner' }).waitFor();
    // The token left the address bar at once; it lives in sessionStorage only.
    expect(page.url()).toBe(`${base}/panel`);
    expect(await page.evaluate('localStorage.length')).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).textContent()).not.toContain('Resultater');
    // Blind rating: no results page before the auditmøde, even by address.
    await page.goto(`${base}/panel#/resultater`);
    await expect
      .poll(() => page.locator('main').textContent(), WAIT)
      .toContain('Resultaterne vises først fra auditmødet');
    await page.goto(`${base}/panel#/`);
    await page.getByRole('heading', { level: 1, name: 'Bedre handleplaner' }).waitFor();
    await shoot(page, 'home');

    await page.getByRole('link', { name: /Sag 1/ }).click();
    await page.getByRole('heading', { level: 1, name: /Sag 1/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Sagsmateriale' }).textContent()).toContain('struktureret hverdag');

    // Item 1: radio then justification.
    await item(page, 1).getByRole('radio', { name: 'I høj grad' }).check();
    // Half answered: kept as a draft on the server and marked so.
    await expect.poll(statusOf(page, 1), WAIT).toContain('Mangler begrundelse – halvt besvaret, gemt som kladde');
    await item(page, 1).getByLabel('Begrund din vurdering').fill('Formålet er tydeligt beskrevet.');
    await expect.poll(statusOf(page, 1), WAIT).toBe('Gemt');

    // Item 2 by keyboard only: Tab into the radio group, arrow to an answer, Tab to the text.
    await item(page, 2).getByLabel('Begrund din vurdering').fill('Målene er realistiske, men uden tidsramme.');
    await expect.poll(statusOf(page, 2), WAIT).toContain('Mangler vurdering');
    await item(page, 2).getByRole('radio', { name: 'I høj grad' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await item(page, 2).getByRole('radio', { name: 'I nogen grad' }).isChecked()).toBe(true);
    await expect.poll(statusOf(page, 2), WAIT).toBe('Gemt');
    await expect.poll(() => page.locator('#save-status').textContent(), WAIT).toBe('Alle ændringer er gemt');
    await expect.poll(() => page.locator('main .summary').first().textContent(), WAIT).toContain('2 af 9');
    await shoot(page, 'case');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Sag 1/ }).waitFor();
    expect(await item(page, 1).getByRole('radio', { name: 'I høj grad' }).isChecked()).toBe(true);
    expect(await item(page, 1).getByLabel('Begrund din vurdering').inputValue()).toBe(
      'Formålet er tydeligt beskrevet.',
    );
    expect(await item(page, 2).getByRole('radio', { name: 'I nogen grad' }).isChecked()).toBe(true);
    expect(await statusOf(page, 1)()).toBe('Gemt');
    const stored = await storedRatings(panelist.token, case1!.id);
    expect(stored.map((r) => [r.itemId, r.value])).toEqual([
      [built.items[0]!.id, 'high'],
      [built.items[1]!.id, 'some'],
    ]);
    await expectClean(w);
  });

  it('keeps typed text while offline, says "Ikke gemt – prøver igen", and saves once back online', async () => {
    // Requests that fail while offline are reported on the console by Chromium: expected here.
    const w = await open([/ERR_INTERNET_DISCONNECTED/]);
    const { page, context } = w;
    const panelist = built.panelists[0]!;
    const case1 = built.cases[0]!;
    await page.goto(`${base}/panel#token=${panelist.token}`);
    await page.getByRole('heading', { level: 1, name: 'Bedre handleplaner' }).waitFor();
    await page.goto(`${base}/panel#/sag/${case1.id}`);
    await page.getByRole('heading', { level: 1, name: /Sag 1/ }).waitFor();

    await context.setOffline(true);
    const text = 'Formålet er tydeligt, men bør skrives i borgerens egne ord.';
    await item(page, 1).getByLabel('Begrund din vurdering').fill(text);
    await expect.poll(statusOf(page, 1), WAIT).toBe('Ikke gemt – prøver igen');
    await expect.poll(() => page.locator('#save-status').textContent(), WAIT).toBe('Ikke gemt – prøver igen');
    expect(await item(page, 1).getByLabel('Begrund din vurdering').inputValue()).toBe(text);
    expect((await storedRatings(panelist.token, case1.id))[0]?.justification).toBe('Formålet er tydeligt beskrevet.');
    await shoot(page, 'offline');

    await context.setOffline(false);
    await expect.poll(statusOf(page, 1), WAIT).toBe('Gemt');
    const [first] = await storedRatings(panelist.token, case1.id);
    expect(first).toMatchObject({ itemId: built.items[0]!.id, value: 'high', justification: text });
    await expectClean(w);
  });

  it('answers the development question on its own page', async () => {
    const w = await open();
    const { page } = w;
    const panelist = built.panelists[0]!;
    await page.goto(`${base}/panel#token=${panelist.token}`);
    await page.getByRole('link', { name: 'Udviklingsspørgsmål' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Udviklingsspørgsmål' }).waitFor();
    const status = () => page.locator('#udvikling-status').textContent();
    const area1 = page.getByRole('group', { name: 'Område 1' });
    await area1.getByLabel('Område med udviklingspotentiale').fill('Indsatsmål');
    expect(await area1.locator('.item-status').textContent()).toContain('Mangler forslag');
    await area1.getByLabel('Forslag til forbedring').fill('Formulér målbare delmål med succeskriterier.');
    await expect.poll(status, WAIT).toBe('Gemt');
    const area2 = page.getByRole('group', { name: /Område 2/ });
    await area2.getByLabel('Område med udviklingspotentiale').fill('Borgerinddragelse');
    await area2.getByLabel('Forslag til forbedring').fill('Skriv borgerens bemærkninger ind i handleplanen.');
    await expect.poll(status, WAIT).toBe('Gemt');
    await shoot(page, 'development');

    const res = await t.as(panelist.token).get(`/api/v1/rounds/${built.round.id}/development`).expect(200);
    expect(res.body.items[0].areas).toEqual([
      { area: 'Indsatsmål', suggestion: 'Formulér målbare delmål med succeskriterier.' },
      { area: 'Borgerinddragelse', suggestion: 'Skriv borgerens bemærkninger ind i handleplanen.' },
    ]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Udviklingsspørgsmål' }).waitFor();
    expect(await area2.getByLabel('Område med udviklingspotentiale').inputValue()).toBe('Borgerinddragelse');
    await expectClean(w);
  });

  it('shows the leader progress per panelist and per case, and no values', async () => {
    const w = await open();
    const { page } = w;
    await page.goto(`${base}/panel#token=${built.leader.token}`);
    await page.getByRole('heading', { level: 1, name: /Bedre handleplaner/ }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fremdrift' }).click();
    await page.getByRole('heading', { level: 1, name: /Fremdrift/ }).waitFor();
    const panelRow = page.getByRole('row', { name: /Paneldeltager 1/ }).first();
    expect(await panelRow.textContent()).toContain('2 af 18');
    expect(await panelRow.textContent()).toContain('Besvaret');
    expect(
      await page
        .getByRole('row', { name: /Paneldeltager 2/ })
        .first()
        .textContent(),
    ).toContain('0 af 18');
    const caseRow = page.getByRole('row', { name: /Sag 1/ });
    expect(await caseRow.textContent()).toContain('2 af 18');
    expect(await caseRow.textContent()).toContain('2/9');
    expect(await page.locator('main').textContent()).not.toContain('Formålet er tydeligt');
    await shoot(page, 'overview');
    await expectClean(w);
  });

  it('lets the admin pick the round and see the same overview', async () => {
    const w = await open();
    const { page } = w;
    await page.goto(`${base}/panel#token=${ADMIN_TOKEN}`);
    await page.getByRole('heading', { level: 1, name: 'Alle auditforløb' }).waitFor();
    await page.getByRole('link', { name: 'Bedre handleplaner' }).click();
    await page.getByRole('heading', { level: 1, name: /Bedre handleplaner/ }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fremdrift' }).click();
    await page.getByRole('heading', { level: 1, name: /Fremdrift/ }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /Paneldeltager 1/ })
        .first()
        .textContent(),
    ).toContain('2 af 18');
    await expectClean(w);
  });

  it('from the auditmøde on, shows the panel the results read-only', async () => {
    // Fill the round through the API, then move it on to discussion.
    for (const [p, panelist] of built.panelists.entries()) {
      for (const [c, kase] of built.cases.entries()) {
        for (const formItem of built.items) {
          const value = (['high', 'some', 'low', 'none', 'na'] as const)[(p + c + formItem.number) % 5];
          await t
            .as(panelist.token)
            .put(`/api/v1/rounds/${built.round.id}/cases/${kase.id}/ratings/${formItem.id}`, {
              value,
              justification: `Begrundelse ${formItem.number}`,
            })
            .expect(200);
        }
      }
    }
    await transition(t, built.round.id, 'discussion').expect(200);

    const w = await open();
    const { page } = w;
    await page.goto(`${base}/panel#token=${built.panelists[1]!.token}`);
    await page.getByRole('link', { name: 'Resultater' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Resultater' }).waitFor();
    expect(await page.locator('table.dist').count()).toBe(built.items.length);
    const medians = page.locator('table.medians');
    expect(await medians.locator('tbody tr').count()).toBe(2);
    expect(await medians.locator('thead th').allTextContents()).toEqual([
      'Sag',
      ...built.items.map((i) => `Punkt ${i.number}`),
    ]);
    expect(await page.locator('main input, main textarea').count()).toBe(0);
    await shoot(page, 'results');

    // The form is read-only now.
    await page.goto(`${base}/panel#/sag/${built.cases[0]!.id}`);
    await page.getByRole('heading', { level: 1, name: /Sag 1/ }).waitFor();
    expect(await item(page, 1).getByRole('radio', { name: 'I høj grad' }).isDisabled()).toBe(true);
    expect(await item(page, 1).getByLabel('Begrund din vurdering').isDisabled()).toBe(true);
    await expectClean(w);
  });
});
