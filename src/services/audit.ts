import { auditLog } from '../db/schema.js';
import type { DbOrTx } from '../db/connection.js';
import { isDb, statementsPerConnection } from '../db/statements.js';
import type { Actor } from '../domain/principal.js';

export interface AuditEntry {
  roundId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** Non-personal facts only (a phase, a count); never request bodies. */
  details?: Record<string, string | number | boolean>;
  /** When it happened, if the change stores that time itself too; default now. */
  at?: string;
}

type AuditRow = Required<Omit<typeof auditLog.$inferInsert, 'id'>>;

const auditStatements = statementsPerConnection((client) => ({
  insert: client.prepare<AuditRow>(`
    INSERT INTO audit_log (round_id, actor_id, actor_role, action, target_type, target_id, details, at)
    VALUES (@roundId, @actorId, @actorRole, @action, @targetType, @targetId, @details, @at)`),
}));

/**
 * Called inside the mutation's own transaction, so the log and the change land together.
 * Given `db` rather than the transaction handle (same connection) it uses a compiled statement.
 */
export function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): void {
  const row: AuditRow = {
    roundId: entry.roundId,
    actorId: actor.id,
    actorRole: actor.role,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details ? JSON.stringify(entry.details) : null,
    at: entry.at ?? new Date().toISOString(),
  };
  if (isDb(tx)) auditStatements(tx).insert.run(row);
  else tx.insert(auditLog).values(row).run();
}
