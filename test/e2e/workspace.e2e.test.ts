import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../helpers/app.js';
import { CHROMIUM, DESKTOP, WAIT, fitsPhone, heading, nav, shoot as shootPair, violationsOf } from './browser.js';

// The Done-when of the workspace: a whole round through the pages alone, in Debian's Chromium.
// The API is used only to read results back. axe-core checks every view of every role on the
// way (zero serious or critical violations), and two parts run on the keyboard alone.

const SHOTS = process.env.WORKSPACE_SCREENSHOTS; // a folder: README screenshots are taken there

let t: TestApp;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];
const accessibility: string[] = [];
const pageErrors: string[] = [];

async function open(link?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'da-DK', acceptDownloads: true });
  contexts.push(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (link) await page.goto(link);
  return page;
}

/** axe-core over the page as shown; serious and critical violations are collected. */
async function audit(page: Page, label: string) {
  for (const v of await violationsOf(page)) {
    if (v.impact === 'serious' || v.impact === 'critical')
      accessibility.push(`${label}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`);
  }
}

/** README screenshots at desktop and 390 px; `phoneHeight` keeps a very long page to its top. */
const shoot = (page: Page, name: string, phoneHeight?: number) =>
  shootPair(page, SHOTS, `workspace-${name}`, phoneHeight);

const linkOf = (page: Page, name: string) => page.getByLabel(`Personligt link til ${name}`).inputValue();

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  t = await createTestApp({ authFailureLimit: 10_000 });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await t?.close();
});

describe('a whole audit round through the pages', () => {
  it('runs from an empty database to a published afrapportering', { timeout: 240_000 }, async () => {
    // ---- The audit leader (admin) creates the round and its mødeleder.
    const admin = await open(`${base}/panel#token=${ADMIN_TOKEN}`);
    await heading(admin, 'Alle auditforløb');
    // The check can fail: an image without a text alternative is reported as critical.
    await admin.evaluate(
      `document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/panel/favicon.svg' }))`,
    );
    expect((await violationsOf(admin)).map((v) => [v.id, v.impact])).toContainEqual(['image-alt', 'critical']);
    await admin.evaluate(`document.querySelector('main img').remove()`);
    await audit(admin, 'admin: rounds');
    await admin.getByLabel('Titel').fill('Bedre handleplaner');
    await admin.getByLabel('Organisation').fill('Fjordby Kommune');
    await admin.getByLabel('Formål').fill('At kvalificere handleplanerne.');
    await admin.getByRole('button', { name: 'Opret auditforløb' }).click();
    await heading(admin, 'Panelet');
    const roundId = /#\/runde\/([^/]+)\//.exec(admin.url())![1]!;
    await admin.getByLabel('Navn').fill('Mette Holm');
    await admin.getByLabel('Tilknytning').fill('Kvalitetsafdelingen');
    await admin.getByLabel('Rolle').selectOption('leader');
    await admin.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const leaderLink = await linkOf(admin, 'Mette Holm');
    expect(leaderLink).toMatch(/\/panel#token=/);

    // ---- The mødeleder sets up the panel.
    const leader = await open(leaderLink);
    await heading(leader, /Bedre handleplaner/);
    await nav(leader, 'Panel');
    await heading(leader, 'Panelet');
    const people = [
      ['Jonas Bech', 'referent'],
      ['Lene Damgaard', 'panelist'],
      ['Anders Møller', 'panelist'],
    ] as const;
    for (const [name, role] of people) {
      await leader.getByLabel('Navn').fill(name);
      await leader.getByLabel('Tilknytning').fill('Socialafdelingen');
      await leader.getByLabel('Rolle').selectOption(role);
      await leader.getByRole('button', { name: 'Tilføj', exact: true }).click();
      await expect.poll(() => leader.getByLabel(`Personligt link til ${name}`).count(), WAIT).toBe(1);
    }
    const links = {
      referent: await linkOf(leader, 'Jonas Bech'),
      lene: await linkOf(leader, 'Lene Damgaard'),
      anders: await linkOf(leader, 'Anders Møller'),
    };
    await leader.getByRole('button', { name: 'Kopiér link til Lene Damgaard' }).click();
    expect(await leader.evaluate('navigator.clipboard.readText()')).toBe(links.lene);
    await audit(leader, 'leader: panel');
    await fitsPhone(leader, 'leader: panel');
    await shoot(leader, 'panel');

    // ---- A case: refused with a phone number, marked in place, fixed and added.
    await nav(leader, 'Sager');
    await heading(leader, 'Sager');
    await leader.getByLabel('Hovedområde').fill('Socialpsykiatri');
    const text = 'Formål: borgeren får en struktureret hverdag. Kontakt: 22 33 44 55. Indsatsmål: at komme ud.';
    await leader.getByLabel('Dokumentets tekst').fill(text);
    await leader.getByRole('button', { name: 'Tilføj sagen' }).click();
    await leader.locator('mark.finding').waitFor();
    expect(await leader.locator('mark.finding').innerText()).toContain('22 33 44 55');
    await audit(leader, 'leader: case findings');
    await shoot(leader, 'case-findings');
    expect(await leader.locator('.findings li').innerText()).toContain('Kontakt: [Telefon]');
    // The redaction preview puts placeholders into the form and stores nothing.
    await leader.getByRole('button', { name: 'Erstat fund med pladsholdere' }).click();
    await expect.poll(() => leader.getByLabel('Dokumentets tekst').inputValue(), WAIT).toContain('Kontakt: [Telefon].');
    expect(await leader.getByLabel('Dokumentets tekst').inputValue()).not.toContain('22 33 44 55');
    await leader.getByRole('heading', { name: 'Sagerne (0)' }).waitFor();
    await leader.getByLabel('Dokumentets tekst').fill(text.replace('Kontakt: 22 33 44 55. ', ''));
    await leader.getByRole('button', { name: 'Tilføj sagen' }).click();
    await leader.getByRole('heading', { name: 'Sagerne (1)' }).waitFor();

    // ---- The form: sharpen the last item.
    await nav(leader, 'Skema');
    await heading(leader, 'Vurderingsskema');
    await audit(leader, 'leader: form');
    const lastItem = leader.locator('.form-items textarea').last();
    await lastItem.fill('Samlet set: giver handleplanen et godt grundlag for indsatsen?');
    await leader.getByRole('button', { name: 'Gem skemaet' }).click();
    await expect.poll(() => leader.locator('.form-items textarea').last().inputValue(), WAIT).toContain('Samlet set');

    // ---- The phases: scoping → panel → calibration → rating.
    await nav(leader, 'Forløb');
    for (const next of ['Auditpanelet nedsættes', 'Formøde med auditpanelet', 'Individuel vurdering']) {
      await leader.getByRole('button', { name: `Gå videre til: ${next}` }).click();
      await leader.getByRole('heading', { level: 2, name: new RegExp(`^Fase: `) }).waitFor();
      await expect.poll(() => leader.locator('.step.is-current').innerText(), WAIT).toContain(next);
    }
    await audit(leader, 'leader: round');
    await fitsPhone(leader, 'leader: round');
    await shoot(leader, 'round');

    // ---- Lene rates on the keyboard; half-answers item 1, reloads, finishes it.
    const lene = await open(links.lene);
    await heading(lene, 'Bedre handleplaner');
    await audit(lene, 'panelist: home');
    await fitsPhone(lene, 'panelist: home');
    await lene.getByRole('link', { name: 'Sag 1' }).click();
    await heading(lene, /Sag 1/);
    const group = (n: number) => lene.getByRole('group', { name: new RegExp(`^${n}\\. `) });
    await group(1).getByLabel('I høj grad').focus();
    await lene.keyboard.press('Space');
    await expect.poll(() => group(1).locator('.item-status').textContent(), WAIT).toContain('gemt som kladde');
    await lene.reload();
    await heading(lene, /Sag 1/);
    expect(await group(1).getByLabel('I høj grad').isChecked()).toBe(true);
    expect(await group(1).locator('.item-status').textContent()).toContain('Mangler begrundelse');
    await audit(lene, 'panelist: case with a half-answered item');
    await fitsPhone(lene, 'panelist: case');
    await shoot(lene, 'panelist-case', 1450);
    await group(1).getByLabel('I høj grad').focus();
    await lene.keyboard.press('Tab'); // from the radio group to the justification
    await lene.keyboard.type('Formålet er tydeligt beskrevet.');
    await lene.keyboard.press('Tab'); // leaving the field saves at once
    await expect.poll(() => group(1).locator('.item-status').textContent(), WAIT).toBe('Gemt');
    const rateAll = async (page: Page, from: number) => {
      for (let n = from; n <= 9; n++) {
        const g = page.getByRole('group', { name: new RegExp(`^${n}\\. `) });
        await g.getByLabel('I nogen grad').check();
        await g.getByLabel('Begrund din vurdering').fill(`Begrundelse ${n}.`);
        await g.getByLabel('Begrund din vurdering').blur();
        await expect.poll(() => g.locator('.item-status').textContent(), WAIT).toBe('Gemt');
      }
    };
    await rateAll(lene, 2);

    // ---- Anders rates part, loses his link; the leader reissues it.
    const anders = await open(links.anders);
    await anders.getByRole('link', { name: 'Sag 1' }).click();
    await heading(anders, /Sag 1/);
    const a1 = anders.getByRole('group', { name: /^1\. / });
    await a1.getByLabel('I mindre grad').check();
    await a1.getByLabel('Begrund din vurdering').fill('Målene mangler.');
    await a1.getByLabel('Begrund din vurdering').blur();
    await expect.poll(() => a1.locator('.item-status').textContent(), WAIT).toBe('Gemt');
    await nav(leader, 'Panel');
    await leader.getByRole('button', { name: 'Nyt link til Anders Møller' }).click();
    await expect.poll(() => leader.locator('.form-outcome').first().textContent(), WAIT).toContain('nyt link');
    const newLink = await linkOf(leader, 'Anders Møller');
    expect(newLink).not.toBe(links.anders);
    const oldTokenRes = await t
      .as(decodeURIComponent(links.anders.split('#token=')[1]!))
      .get(`/api/v1/rounds/${roundId}`);
    expect(oldTokenRes.status).toBe(401);
    // The new link opened in Anders' open tab switches to it (same person here) and works.
    const anders2 = await open(`${base}/panel`);
    await anders2.getByLabel('Personlig adgangskode').fill(newLink); // the whole link pasted
    await anders2.getByRole('button', { name: 'Log ind' }).click();
    await heading(anders2, 'Bedre handleplaner');
    await anders2.getByRole('link', { name: 'Sag 1' }).click();
    await heading(anders2, /Sag 1/);
    await rateAll(anders2, 2);
    await anders2.getByRole('link', { name: 'Udviklingsspørgsmål', exact: true }).first().click();

    // ---- Progress for the leader, then on to the auditmøde.
    await nav(leader, 'Fremdrift');
    await heading(leader, /Fremdrift/);
    await audit(leader, 'leader: progress');
    await fitsPhone(leader, 'leader: progress');
    await shoot(leader, 'progress');
    await nav(leader, 'Forløb');
    await leader.getByRole('button', { name: 'Gå videre til: Auditmøde' }).click();
    // Item 10 is unanswered by both, but every rating is in: discussion needs only the ratings.
    await expect.poll(() => leader.locator('.step.is-current').innerText(), WAIT).toContain('Auditmøde');

    // ---- The referent writes two focus points with three recommendations and reorders them.
    const referent = await open(links.referent);
    await heading(referent, /Bedre handleplaner/);
    await nav(referent, 'Auditmøde');
    await heading(referent, 'Auditmøde');
    const addFocusPoint = async (title: string) => {
      await referent.getByLabel('Titel', { exact: true }).last().fill(title);
      await referent.getByLabel('Drøftelse', { exact: true }).last().fill(`Panelet drøftede ${title.toLowerCase()}.`);
      await referent.getByRole('button', { name: 'Tilføj fokuspunkt' }).click();
      await referent.getByRole('heading', { level: 3, name: new RegExp(title) }).waitFor();
    };
    const addRecommendation = async (fp: number, text: string) => {
      const box = referent.getByLabel('Ny anbefaling').nth(fp - 1);
      await box.fill(`Det anbefales, at ${text}`);
      await referent.getByRole('button', { name: `Tilføj anbefaling til fokuspunkt ${fp}` }).click();
      await expect
        .poll(
          () =>
            referent
              // Saved recommendations only: the "Ny anbefaling" box holds the same text until the reload.
              .locator('.recommendation textarea')
              .evaluateAll(
                (els, v) => els.some((e) => (e as unknown as { value: string }).value === v),
                `Det anbefales, at ${text}`,
              ),
          WAIT,
        )
        .toBe(true);
    };
    await addFocusPoint('Målbare indsatsmål');
    await addFocusPoint('Borgerens inddragelse');
    await addRecommendation(1, 'indsatsmål får succeskriterier.');
    await addRecommendation(1, 'delmål følges op hvert halve år.');
    await addRecommendation(2, 'borgerens egne ord står i handleplanen.');
    const recTexts = () =>
      referent
        .locator('.recommendation textarea')
        .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    const recNumbers = () => referent.locator('.rec-number').allInnerTexts();
    expect(await recNumbers()).toEqual(['Anbefaling 1', 'Anbefaling 2', 'Anbefaling 3']);
    // Keyboard: move the second recommendation up.
    await referent.getByRole('button', { name: 'Flyt anbefaling 2 op' }).focus();
    await referent.keyboard.press('Enter');
    await expect
      .poll(recTexts, WAIT)
      .toEqual([
        'Det anbefales, at delmål følges op hvert halve år.',
        'Det anbefales, at indsatsmål får succeskriterier.',
        'Det anbefales, at borgerens egne ord står i handleplanen.',
      ]);
    expect(await recNumbers()).toEqual(['Anbefaling 1', 'Anbefaling 2', 'Anbefaling 3']);
    // The keyboard stays on the moved recommendation's button after the save.
    await expect.poll(() => referent.evaluate('document.activeElement?.className ?? ""'), WAIT).toContain('move-up');
    // Focus points by keyboard too: the second goes first.
    await referent.getByRole('button', { name: 'Flyt fokuspunkt 2 op' }).focus();
    await referent.keyboard.press('Enter');
    await expect
      .poll(() => referent.locator('.fp-number + *, .focus-point h3').first().innerText(), WAIT)
      .toContain('Borgerens inddragelse');
    await audit(referent, 'referent: auditmøde');
    await fitsPhone(referent, 'referent: auditmøde');
    await shoot(referent, 'meeting');

    // A stale edit (someone else saved first) is explained with a way to reload.
    const fps = (
      await t.as(decodeURIComponent(links.referent.split('#token=')[1]!)).get(`/api/v1/rounds/${roundId}/focus-points`)
    ).body;
    await t
      .as(decodeURIComponent(leaderLink.split('#token=')[1]!))
      .patch(`/api/v1/rounds/${roundId}/focus-points/${fps.items[0].id}`, { title: 'Borgerens inddragelse i planen' })
      .set('if-match', fps.items[0].etag)
      .expect(200);
    await referent.getByLabel('Titel', { exact: true }).first().fill('Borgerinddragelse');
    await referent.getByRole('button', { name: 'Gem fokuspunktet 1' }).click();
    await referent.getByRole('button', { name: 'Hent nyeste udgave' }).click();
    await expect
      .poll(() => referent.getByLabel('Titel', { exact: true }).first().inputValue(), WAIT)
      .toBe('Borgerens inddragelse i planen');

    // ---- The leader: follow-up, publish after confirming, download the PDF.
    await nav(leader, 'Forløb');
    await leader.getByRole('button', { name: 'Gå videre til: Opfølgende møde' }).click();
    await leader.getByRole('button', { name: 'Udgiv afrapporteringen …' }).click();
    await audit(leader, 'leader: publish confirmation');
    await leader.getByRole('button', { name: 'Ja, udgiv' }).click();
    await expect.poll(() => leader.locator('.step.is-current').innerText(), WAIT).toContain('Afrapportering udgivet');
    await nav(leader, 'Auditmøde');
    const [download] = await Promise.all([
      leader.waitForEvent('download'),
      leader.getByRole('button', { name: 'Hent afrapporteringen (PDF)' }).click(),
    ]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await nav(leader, 'Resultater');
    await heading(leader, 'Resultater');
    await audit(leader, 'leader: results');
    await fitsPhone(leader, 'leader: results');
    await nav(lene, 'Resultater').catch(async () => {
      await lene.reload();
      await nav(lene, 'Resultater');
    });
    await heading(lene, 'Resultater');
    await audit(lene, 'panelist: results');
    await fitsPhone(lene, 'panelist: results');

    // ---- Another member's link opened in an open tab switches identity, with a notice.
    await lene.goto(newLink);
    await expect
      .poll(() => lene.locator('#save-status').textContent(), WAIT)
      .toContain('Du er nu logget ind som Anders Møller');
    await expect.poll(() => lene.locator('.user-name').textContent(), WAIT).toContain('Anders Møller');

    // ---- Read back through the API only.
    const leaderApi = t.as(decodeURIComponent(leaderLink.split('#token=')[1]!));
    const round = (await leaderApi.get(`/api/v1/rounds/${roundId}`).expect(200)).body;
    expect(round.phase).toBe('reported');
    const ratings = (await leaderApi.get(`/api/v1/rounds/${roundId}/ratings`).expect(200)).body.items;
    expect(ratings).toHaveLength(18);
    const focus = (await leaderApi.get(`/api/v1/rounds/${roundId}/focus-points`).expect(200)).body.items;
    expect(focus.map((f: { title: string }) => f.title)).toEqual([
      'Borgerens inddragelse i planen',
      'Målbare indsatsmål',
    ]);
    expect(
      focus.flatMap((f: { recommendations: { number: number; text: string }[] }) =>
        f.recommendations.map((r) => [r.number, r.text]),
      ),
    ).toEqual([
      [1, 'Det anbefales, at borgerens egne ord står i handleplanen.'],
      [2, 'Det anbefales, at delmål følges op hvert halve år.'],
      [3, 'Det anbefales, at indsatsmål får succeskriterier.'],
    ]);
    const drafts = (
      await t
        .as(decodeURIComponent(links.lene.split('#token=')[1]!))
        .get(`/api/v1/rounds/${roundId}/drafts`)
        .expect(200)
    ).body.items;
    expect(drafts).toEqual([]);

    expect(pageErrors).toEqual([]);
    expect(accessibility).toEqual([]);
  });
});
