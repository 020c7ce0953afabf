import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { rounds } from '../db/schema.js';
import { isAllowed, type Permission } from '../domain/access.js';
import type { Phase } from '../domain/phases.js';
import type { Principal } from '../http/auth.js';
import { conflict, forbidden, notFound } from '../http/problem.js';

export type RoundRow = typeof rounds.$inferSelect & { phase: Phase };

/**
 * Loads a round for a principal: 404 when the token cannot see it (another round's
 * member), 403 when it can see it but lacks the permission in the round's phase.
 */
export function loadRound(
  tx: DbOrTx,
  principal: Principal,
  roundId: string,
  permission: Permission,
): RoundRow {
  if (principal.kind === 'member' && principal.roundId !== roundId) throw notFound('Round');
  const round = tx.select().from(rounds).where(eq(rounds.id, roundId)).get() as RoundRow | undefined;
  if (!round) throw notFound('Round');
  if (!isAllowed(permission, principal.role, round.phase)) {
    throw forbidden(`A ${principal.role} may not do this in phase ${round.phase}.`);
  }
  return round;
}

/** Guards a mutation on the phases it is allowed in. */
export function requirePhase(round: RoundRow, allowed: readonly Phase[], what: string): void {
  if (round.phase === 'reported') {
    throw conflict('The round is reported and read-only.');
  }
  if (!allowed.includes(round.phase)) {
    throw conflict(`${what} is only possible in ${allowed.join(', ')}; the round is in ${round.phase}.`);
  }
}

export function requireNotReported(round: RoundRow): void {
  if (round.phase === 'reported') throw conflict('The round is reported and read-only.');
}

export function touchRound(tx: DbOrTx, roundId: string): void {
  tx.update(rounds).set({ updatedAt: new Date().toISOString() }).where(eq(rounds.id, roundId)).run();
}
