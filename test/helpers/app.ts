import supertest from 'supertest';
import { buildApp, type AppDeps } from '../../src/app.js';
import { testConfig, type Config } from '../../src/config.js';
import type { Role } from '../../src/domain/roles.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A fresh app on its own in-memory database; call `close()` in afterAll/afterEach. */
export async function createTestApp(overrides: Partial<Config> = {}, deps: Omit<AppDeps, 'config' | 'db'> = {}) {
  const { app, db } = await buildApp({ config: testConfig({ adminToken: ADMIN_TOKEN, ...overrides }), ...deps });
  const http = supertest(app.server);
  const as = (token: string | null) => ({
    get: (url: string) => withAuth(http.get(url), token),
    post: (url: string, body?: object) => withAuth(http.post(url), token).send(body),
    put: (url: string, body?: object) => withAuth(http.put(url), token).send(body),
    patch: (url: string, body?: object) => withAuth(http.patch(url), token).send(body),
    delete: (url: string) => withAuth(http.delete(url), token),
  });
  return { app, db, http, as, admin: as(ADMIN_TOKEN), close: () => app.close() };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

function withAuth<T extends supertest.Test>(test: T, token: string | null): T {
  return token ? (test.set('authorization', `Bearer ${token}`) as T) : test;
}

export const roundInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Bedre handleplaner',
  organisation: 'Fjordby Kommune',
  purpose: 'At kvalificere handleplansarbejdet.',
  ...overrides,
});

export async function createRound(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t.admin.post('/api/v1/rounds', roundInput(overrides)).expect(201);
  return res.body as { id: string; phase: string };
}

export async function addMember(t: TestApp, roundId: string, role: Role, name = `Deltager ${role}`) {
  const res = await t.admin
    .post(`/api/v1/rounds/${roundId}/members`, { name, affiliation: 'Socialafdelingen', role })
    .expect(201);
  return res.body as { member: { id: string; name: string; role: Role }; token: string };
}

export const caseInput = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  area: 'Socialpsykiatri',
  summary: 'Borger med behov for bostøtte.',
  selection: { developmentPotential: 'Ja', complexity: 'Høj', recent: 'Bevilget 1.4.2018' },
  documents: [{ title: 'Handleplan', text: 'Formålet er, at borgeren får en struktureret hverdag (§ 85).' }],
  ...overrides,
});

export async function addCase(t: TestApp, roundId: string, code = 'Sag 1') {
  const res = await t.admin.post(`/api/v1/rounds/${roundId}/cases`, caseInput(code)).expect(201);
  return res.body as { id: string; code: string };
}

export function transition(t: TestApp, roundId: string, to: string, force?: boolean) {
  return t.admin.post(`/api/v1/rounds/${roundId}/transitions`, force === undefined ? { to } : { to, force });
}
