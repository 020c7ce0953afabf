import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestApp } from '../helpers/app.js';

// The browser side of the page tests: Debian's Chromium through playwright-core, axe-core
// (zero serious or critical violations) and the 390 px check.

export const CHROMIUM = '/usr/bin/chromium';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const WAIT = { timeout: 20_000, interval: 100 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

/** A browser on a listening test app; `open` gives a fresh context per identity. */
export async function startBrowser(t: TestApp) {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const accessibility: string[] = [];
  return {
    base,
    pageErrors,
    accessibility,
    async open(link: string): Promise<Page> {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'da-DK', acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(link);
      return page;
    },
    /** axe-core over the page as shown; serious and critical violations are collected. */
    async audit(page: Page, label: string) {
      for (const v of await violationsOf(page)) {
        if (v.impact === 'serious' || v.impact === 'critical')
          accessibility.push(`${label}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`);
      }
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
    },
  };
}

export async function violationsOf(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) is unaffected.
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`)) as Violation[];
}

/** No sideways scrolling at 390 px, then back to desktop. */
export async function fitsPhone(page: Page, label: string) {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow, `${label} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize(DESKTOP);
}

/** Screenshots at desktop and 390 px into `folder` (README pictures), when it is set; `phoneHeight` keeps a long page to its top. */
export async function shoot(page: Page, folder: string | undefined, name: string, phoneHeight?: number) {
  if (!folder) return;
  await page.screenshot({ path: `${folder}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  const clip = phoneHeight ? { x: 0, y: 0, width: PHONE.width, height: phoneHeight } : undefined;
  await page.screenshot({ path: `${folder}/${name}-390.png`, fullPage: true, clip });
  await page.setViewportSize(DESKTOP);
}

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
export const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
