import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { adminCredentials } from '../db/schema.js';
import { hashToken, newToken } from './tokens.js';

/**
 * Makes sure the audit leader can sign in: a configured token is registered (its hash);
 * with none configured and none stored, a new token is created and returned once.
 */
export function ensureAdminCredential(db: Db, configured?: string): { createdToken: string | null } {
  if (configured) {
    const hash = hashToken(configured);
    const known = db.select().from(adminCredentials).where(eq(adminCredentials.tokenHash, hash)).get();
    if (!known) db.insert(adminCredentials).values({ id: randomUUID(), tokenHash: hash }).run();
    return { createdToken: null };
  }
  const stored = db.select({ n: count() }).from(adminCredentials).get()?.n ?? 0;
  if (stored > 0) return { createdToken: null };
  const token = newToken();
  db.insert(adminCredentials).values({ id: randomUUID(), tokenHash: hashToken(token) }).run();
  return { createdToken: token };
}
