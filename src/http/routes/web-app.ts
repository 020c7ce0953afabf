import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { MeSchema, type Me } from '../../contract/member.js';
import { PANEL_PUBLIC_FOLDER } from '../../paths.js';
import { problemResponses } from '../problem.js';
import { json } from '../responses.js';
import { principalOf, type ZodApp } from '../zod-app.js';

/**
 * The web app served at /panel (the panel's web form and the staff overview): plain ES modules
 * and CSS, no bundler, nothing fetched from elsewhere. "panel" in code means the group of
 * members; this module is the web app, whatever its path.
 */
const PUBLIC_ROOT = `${PANEL_PUBLIC_FOLDER}/`;

/** Strict: only our own files; no inline script or style anywhere (the page builds its DOM in JS). */
export const WEB_APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': WEB_APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Revalidate on every load so a deployment reaches the panel at once (ETags keep it cheap).
  'cache-control': 'no-cache',
};

export function webAppRoutes(app: ZodApp): void {
  // The web form needs to know whose token it holds: a member token names one member of one round.
  app.get('/api/v1/me', {
    schema: {
      tags: ['Panel'],
      operationId: 'getMe',
      summary: 'Who the token belongs to: the admin, or a member with round and role',
      description:
        'Lets the panel’s web form find out whose token it holds: the admin, or one member of one round with their role.',
      response: { 200: json('The token’s owner', MeSchema), ...problemResponses() },
    },
    handler: async (request): Promise<Me> => {
      const principal = principalOf(request);
      if (principal.kind === 'admin') return { kind: 'admin' as const };
      const { id, roundId, role, name } = principal;
      return { kind: 'member' as const, memberId: id, roundId, role, name };
    },
  });

  // Its own encapsulated scope, so the security headers apply to the web form only.
  void app.register(webAppStatic);
}

async function webAppStatic(scope: FastifyInstance): Promise<void> {
  scope.addHook('onRequest', async (_request, reply: FastifyReply) => {
    reply.headers(SECURITY_HEADERS);
  });
  await scope.register(fastifyStatic, {
    root: PUBLIC_ROOT,
    prefix: '/panel/',
    index: 'index.html',
    schemaHide: true,
    dotfiles: 'ignore',
    cacheControl: false,
  });
  scope.get('/panel', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
}
