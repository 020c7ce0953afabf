import type { FastifyInstance } from 'fastify';

/**
 * API answers carry case material, justifications and names: no browser or proxy may keep a
 * copy (`no-store`), and none may guess another content type than the one sent.
 */
const API_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function registerApiHeaders(app: FastifyInstance): void {
  // Before authentication, so a 401 or 429 carries them too; the matched route, as in auth.ts.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.url?.startsWith('/api/')) reply.headers(API_HEADERS);
    done();
  });
}
