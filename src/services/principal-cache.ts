import type { Db } from '../db/connection.js';
import { statementsPerConnection } from '../db/statements.js';
import type { Principal } from '../domain/principal.js';

const MAX_ENTRIES = 10_000;
const cacheOf = statementsPerConnection(() => new Map<string, Principal>());

/**
 * Known token hashes → their principal, per database connection: every request authenticates,
 * and tokens and members never change, they are only removed. Removing a member forgets all.
 */
export function cachedPrincipal(db: Db, hash: string, load: () => Principal | null): Principal | null {
  const cache = cacheOf(db);
  const known = cache.get(hash);
  if (known) return known;
  const principal = load();
  // Unknown tokens are never cached: a guess must not fill memory, and a new member works at once.
  if (principal) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(hash, principal);
  }
  return principal;
}

/** Called inside the transaction that removes members; a rollback only costs a cache refill. */
export function forgetPrincipals(db: Db): void {
  cacheOf(db).clear();
}
