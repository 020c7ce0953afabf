import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRound, createTestApp, type TestApp } from './helpers/app.js';
import { buildRound } from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('smoke', () => {
  it('answers health', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('creates a round with the default form and walks it to rating', async () => {
    const round = await createRound(t);
    expect(round.phase).toBe('scoping');
    const setup = await buildRound(t, { panelists: 2, cases: 2 });
    expect(setup.items).toHaveLength(9);
  });
});
