import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { rounds } from '../db/schema.js';
import { columnsOf, isDb, statementsPerConnection } from '../db/statements.js';
import { isAllowed, phaseRefusal, WRITE_RULES, type Permission, type Write } from '../domain/access.js';
import type { Principal } from '../domain/principal.js';
import { forbidden, notFound, phaseRefused } from './errors.js';

export type RoundRow = typeof rounds.$inferSelect;
/** What an access check reads: enough for the hot paths, without the round's long texts. */
export type RoundPhase = Pick<RoundRow, 'id' | 'phase'>;

const roundStatements = statementsPerConnection((client) => ({
  byId: client.prepare<{ id: string }, RoundRow>(`SELECT ${columnsOf(rounds)} FROM rounds WHERE id = @id`),
}));

/** Compiled once when given the database; through drizzle inside a transaction handle. */
function findRound(handle: DbOrTx, roundId: string): RoundRow | undefined {
  if (isDb(handle)) return roundStatements(handle).byId.get({ id: roundId });
  return handle.select().from(rounds).where(eq(rounds.id, roundId)).get();
}

/**
 * Loads a round for a principal: 404 when the token cannot see it (another round's
 * member), 403 when it can see it but lacks the permission in the round's phase. Pass `db`
 * rather than the transaction handle (same connection) to use the compiled statement.
 */
export function loadRound(tx: DbOrTx, principal: Principal, roundId: string, permission: Permission): RoundRow {
  return authorize(principal, roundId, permission, () => findRound(tx, roundId));
}

/** The checks of loadRound over a row the caller reads itself (a hot path's combined query). */
export function authorize<T extends RoundPhase>(
  principal: Principal,
  roundId: string,
  permission: Permission,
  find: () => T | undefined,
): T {
  if (principal.kind === 'member' && principal.roundId !== roundId) throw notFound('round');
  const round = find();
  if (!round) throw notFound('round');
  if (!isAllowed(permission, principal.role, round.phase)) throw forbidden(principal.role, round.phase);
  return round;
}

/**
 * Loads a round for a write, with the checks every write makes and in this order: the round
 * must be visible (404), the role must allow the write (403), its phase must allow it (409,
 * src/domain/access.ts's WRITE_RULES). The caller looks up the resource's own parts after.
 */
export function loadRoundForWrite(tx: DbOrTx, principal: Principal, roundId: string, write: Write): RoundRow {
  return authorizeWrite(principal, roundId, write, () => findRound(tx, roundId));
}

/** The checks of loadRoundForWrite over a row the caller reads itself (the rating hot path). */
export function authorizeWrite<T extends RoundPhase>(
  principal: Principal,
  roundId: string,
  write: Write,
  find: () => T | undefined,
): T {
  const round = authorize(principal, roundId, WRITE_RULES[write].permission, find);
  const refusal = phaseRefusal(write, round.phase);
  if (refusal) throw phaseRefused(refusal, write, round.phase);
  return round;
}

/** The columns every change of a round sets: the time and a new version. */
export function roundChanged() {
  return { updatedAt: new Date().toISOString(), version: sql`${rounds.version} + 1` };
}

/** Marks the round changed by a write to one of its parts (members, cases, focus points …). */
export function touchRound(tx: DbOrTx, roundId: string): void {
  tx.update(rounds).set(roundChanged()).where(eq(rounds.id, roundId)).run();
}

/** Before `discussion` a panelist sees only their own ratings and answers (blind rating). */
export function ownOnly(principal: Principal, round: RoundRow): string | null {
  return isAllowed('ratings.readAll', principal.role, round.phase) ? null : principal.id;
}
