import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/connection.js';
import { statementsPerConnection } from '../db/statements.js';
import type { Principal } from '../domain/principal.js';
import type { Role } from '../domain/roles.js';
import { cachedPrincipal } from '../services/principal-cache.js';
import { hashToken } from '../services/tokens.js';
import { invalidToken, tooManyFailedAuthentications, unauthorized } from '../services/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

/**
 * Counts failed authentications per client address; over the limit within a minute the
 * client gets 429 until the window passes. Other clients are unaffected.
 */
export function createFailureLimiter(limit: number, now: () => number = Date.now) {
  const failures = new Map<string, { count: number; since: number }>();
  // Bounded under a spray of addresses: Map order is insertion order, so the first are oldest.
  const forgetOldest = () => {
    for (const k of [...failures.keys()].slice(0, MAX_TRACKED / 10)) failures.delete(k);
  };
  return {
    blockedFor(key: string): number {
      const entry = failures.get(key);
      if (!entry) return 0;
      const elapsed = now() - entry.since;
      if (elapsed >= WINDOW_MS) {
        failures.delete(key);
        return 0;
      }
      return entry.count >= limit ? Math.ceil((WINDOW_MS - elapsed) / 1000) : 0;
    },
    fail(key: string): void {
      if (failures.size >= MAX_TRACKED) forgetOldest();
      const entry = failures.get(key);
      if (!entry || now() - entry.since >= WINDOW_MS) failures.set(key, { count: 1, since: now() });
      else entry.count += 1;
    },
  };
}

type TokenRow =
  { kind: 'admin'; id: string } | { kind: 'member'; id: string; role: Role; roundId: string; name: string };

/** Admin and member tokens in one lookup by hash; an admin credential wins ('admin' sorts first). */
const tokenStatements = statementsPerConnection((client) => ({
  byHash: client.prepare<{ hash: string }, TokenRow>(`
    SELECT 'admin' AS kind, id, 'admin' AS role, NULL AS roundId, NULL AS name
      FROM admin_credentials WHERE token_hash = @hash
    UNION ALL
    SELECT 'member' AS kind, id, role, round_id AS roundId, name
      FROM members WHERE token_hash = @hash
    ORDER BY kind LIMIT 1`),
}));

function resolveToken(db: Db, token: string): Principal | null {
  const hash = hashToken(token);
  return cachedPrincipal(db, hash, () => {
    const row = tokenStatements(db).byHash.get({ hash });
    if (!row) return null;
    if (row.kind === 'admin') return { kind: 'admin', id: row.id, role: 'admin' };
    return { kind: 'member', id: row.id, role: row.role, roundId: row.roundId, name: row.name };
  });
}

/**
 * Authenticates every /api request with its own hook so 401 and 429 stay problem+json.
 *
 * Only a presented credential that is wrong counts as a failure: a request without an
 * Authorization header (a browser's first try, a health probe gone astray) is 401 but not
 * counted, and a valid token is answered even while its address is blocked, so a flood of bad
 * tokens from a shared address (an office NAT, a proxy) cannot lock out the people who have
 * real tokens. The address is `request.ip`: the TCP peer, or with TRUST_PROXY the nearest
 * X-Forwarded-For entry not written by a trusted proxy (src/config.ts). Without TRUST_PROXY
 * behind a proxy every client shares the proxy's address, and so its budget of failures.
 */
export function registerAuth(app: FastifyInstance, db: Db, failureLimit: number): void {
  const limiter = createFailureLimiter(failureLimit);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    // The matched route, not the raw URL: "/%61pi/…" routes to the API too. Unknown paths are 404.
    if (!request.routeOptions.url?.startsWith('/api/')) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    // A valid token passes even from a blocked address: tokens are 32 random bytes, so the limit
    // slows down probing and log noise, not guessing, and must never lock out real users.
    const retryAfter = header === undefined ? 0 : limiter.blockedFor(request.ip);
    const principal = match?.[1] ? resolveToken(db, match[1]) : null;
    if (principal) {
      request.principal = principal;
      return;
    }
    if (retryAfter > 0) {
      throw tooManyFailedAuthentications(retryAfter);
    }
    if (header === undefined) throw unauthorized();
    limiter.fail(request.ip);
    throw invalidToken();
  });
}
