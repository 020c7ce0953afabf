import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createRound, createTestApp, roundInput, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bodyLimit: 4096 });
});
afterAll(() => t.close());

const PROBLEM = /^application\/problem\+json/;

async function roundCount(): Promise<number> {
  return (await t.admin.get('/api/v1/rounds').expect(200)).body.items.length;
}

describe('errors are problem+json', () => {
  it('answers malformed JSON with 400 and does not echo the body', async () => {
    const before = await roundCount();
    const res = await t.http
      .post('/api/v1/rounds')
      .set('authorization', `Bearer ${ADMIN_TOKEN}`)
      .set('content-type', 'application/json')
      .send('{"title": "Anne Hansen 010203-1234",');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: 'urn:auditpanel:problem:malformed-request', status: 400 });
    expect(res.body.detail).toBe('Indholdet er ikke gyldig JSON.');
    expect(JSON.stringify(res.body)).not.toContain('010203');
    expect(await roundCount()).toBe(before);
  });

  it('answers schema violations with 400 and field paths', async () => {
    const res = await t.admin.post('/api/v1/rounds', { title: '', organisation: 7 }).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.type).toBe('urn:auditpanel:problem:validation-error');
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body/organisation', 'body/purpose', 'body/title']);
  });

  it('answers an unknown route with 404', async () => {
    const res = await t.admin.get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 404, title: 'Ikke fundet' });
  });

  it('answers a wrong content type with 415', async () => {
    const res = await t.http
      .post('/api/v1/rounds')
      .set('authorization', `Bearer ${ADMIN_TOKEN}`)
      .set('content-type', 'text/plain')
      .send('title=x');
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.type).toBe('urn:auditpanel:problem:unsupported-media-type');
  });

  it('answers a body over the configured limit with 413 and stores nothing', async () => {
    const before = await roundCount();
    const res = await t.admin.post('/api/v1/rounds', roundInput({ purpose: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.type).toBe('urn:auditpanel:problem:payload-too-large');
    expect(await roundCount()).toBe(before);
  });

  it('answers 401 without a token and with an unknown one', async () => {
    const none = await t.http.get('/api/v1/rounds').expect(401);
    expect(none.headers['content-type']).toMatch(PROBLEM);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const unknown = await t.as('not-a-real-token').get('/api/v1/rounds').expect(401);
    expect(unknown.body.detail).toBe('Bearer-tokenet er ikke gyldigt.');
  });

  it('marks every API answer, refusals too, as not to be stored or sniffed', async () => {
    const answers = [
      await t.admin.get('/api/v1/rounds').expect(200),
      await t.as(null).get('/api/v1/rounds').expect(401),
      await t.admin.get('/api/v1/rounds/no-such-round').expect(404),
      await t.admin.post('/api/v1/rounds', { title: '' }).expect(400),
    ];
    for (const res of answers) {
      expect(res.headers['cache-control'], `${res.status}`).toBe('no-store');
      expect(res.headers['x-content-type-options'], `${res.status}`).toBe('nosniff');
    }
    // Not the public health check.
    expect((await t.http.get('/health').expect(200)).headers['cache-control']).toBeUndefined();
  });

  it('never includes a stack trace', async () => {
    const round = await createRound(t);
    const res = await t.admin.post(`/api/v1/rounds/${round.id}/transitions`, { to: 'banana' }).expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    expect(res.body.errors[0].path).toBe('body/to');
  });
});

describe('internal errors', () => {
  it('answer 500 with a generic detail naming the request id, and /health says the database is unreachable', async () => {
    const broken = await createTestApp();
    broken.db.$client.close();
    const res = await broken.admin.get('/api/v1/rounds').expect(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      type: 'urn:auditpanel:problem:internal-error',
      status: 500,
      title: 'Intern fejl',
    });
    expect(res.body.detail).toBe(
      `Der opstod en fejl hos os. Oplys request id ${res.body.requestId}, når du melder fejlen.`,
    );
    expect(JSON.stringify(res.body)).not.toMatch(/database|sqlite|\.ts/i);
    const health = await broken.http.get('/health').expect(503);
    expect(health.headers['content-type']).toMatch(PROBLEM);
    expect(health.body).toMatchObject({ type: 'urn:auditpanel:problem:database-unreachable', status: 503 });
    await broken.app.close().catch(() => undefined);
  });
});
