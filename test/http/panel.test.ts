import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_APP_CSP } from '../../src/http/routes/web-app.js';
import { addMember, createRound, createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PUBLIC = new URL('../../src/web/public/', import.meta.url);

function expectSecurityHeaders(headers: Record<string, unknown>) {
  expect(headers['content-security-policy']).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

describe('the panel web form', () => {
  it.each(['/panel', '/panel/', '/panel/index.html'])('serves the page at %s with a strict CSP', async (url) => {
    const res = await t.http.get(url).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(res.headers);
    expect(res.text).toContain('<html lang="da">');
    expect(res.text).toContain('src="/panel/js/main.js"');
  });

  it('has no inline script, inline style, style attribute or external origin in the HTML', async () => {
    const html = (await t.http.get('/panel').expect(200)).text;
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
      expect(script).toMatch(/^<script type="module" src="\/panel\/[^"]+"><\/script>$/);
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('serves the scripts, the stylesheet and the icon from /panel/ with the same headers', async () => {
    const assets: [string, RegExp][] = [
      ['/panel/app.css', /^text\/css/],
      ['/panel/js/main.js', /^(text|application)\/javascript/],
      ['/panel/js/views/case.js', /^(text|application)\/javascript/],
      ['/panel/favicon.svg', /^image\/svg\+xml/],
    ];
    for (const [url, type] of assets) {
      const res = await t.http.get(url).expect(200);
      expect(res.headers['content-type'], url).toMatch(type);
      expectSecurityHeaders(res.headers);
    }
  });

  it('answers 404 for unknown files and refuses to leave the folder', async () => {
    await t.http.get('/panel/nope.js').expect(404);
    for (const url of ['/panel/../package.json', '/panel/%2e%2e/%2e%2e/package.json']) {
      const res = await t.http.get(url);
      expect([403, 404], url).toContain(res.status);
      expect(res.text, url).not.toContain('"dependencies"');
    }
  });

  it('keeps the security headers off the API', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('sets no style attribute and no innerHTML anywhere in the browser code (the CSP forbids inline styles)', () => {
    const files = readdirSync(PUBLIC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(new URL(file, PUBLIC), 'utf8');
      const code = source.replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(
        /\.style\b|['"]style['"]|innerHTML|outerHTML|insertAdjacentHTML|\beval\(|new Function/,
      );
      // Nothing from another origin; the one URL allowed is the SVG namespace name.
      expect(code.replaceAll('http://www.w3.org/2000/svg', ''), file).not.toMatch(/https?:\/\//);
    }
  });

  it('uses exactly the CSP the issue asks for', () => {
    expect(WEB_APP_CSP).not.toMatch(/unsafe/);
  });
});

describe('GET /api/v1/me', () => {
  it('names the admin', async () => {
    const res = await t.admin.get('/api/v1/me').expect(200);
    expect(res.body).toEqual({ kind: 'admin' });
  });

  it('names a member with round, role and name', async () => {
    const round = await createRound(t);
    const panelist = await addMember(t, round.id, 'panelist', 'Birgit Aagaard');
    const leader = await addMember(t, round.id, 'leader', 'Karen Overby');
    expect((await t.as(panelist.token).get('/api/v1/me').expect(200)).body).toEqual({
      kind: 'member',
      memberId: panelist.member.id,
      roundId: round.id,
      role: 'panelist',
      name: 'Birgit Aagaard',
    });
    expect((await t.as(leader.token).get('/api/v1/me').expect(200)).body).toMatchObject({
      kind: 'member',
      memberId: leader.member.id,
      role: 'leader',
    });
  });

  it('answers 401 problem+json without or with an unknown token', async () => {
    const missing = await t.as(null).get('/api/v1/me').expect(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 401, type: 'urn:auditpanel:problem:unauthorized' });
    await t.as('not-a-token').get('/api/v1/me').expect(401);
  });
});
