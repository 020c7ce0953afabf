import { randomUUID } from 'node:crypto';
import { count, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { adminCredentials } from '../db/schema.js';
import { hashToken, newToken } from './tokens.js';

/**
 * Makes sure the audit leader can sign in. A configured token is THE admin token: its hash is
 * stored and every other admin credential (an earlier or generated one) is revoked. With none
 * configured and none stored, a new token is created and returned once.
 */
export function ensureAdminCredential(db: Db, configured?: string): { createdToken: string | null } {
  if (configured) {
    const hash = hashToken(configured);
    db.transaction((tx) => {
      tx.delete(adminCredentials).where(ne(adminCredentials.tokenHash, hash)).run();
      const known = tx.select().from(adminCredentials).where(eq(adminCredentials.tokenHash, hash)).get();
      if (!known) tx.insert(adminCredentials).values({ id: randomUUID(), tokenHash: hash }).run();
    });
    return { createdToken: null };
  }
  const stored = db.select({ n: count() }).from(adminCredentials).get()?.n ?? 0;
  if (stored > 0) return { createdToken: null };
  const token = newToken();
  db.insert(adminCredentials)
    .values({ id: randomUUID(), tokenHash: hashToken(token) })
    .run();
  return { createdToken: token };
}
