import { auditLog } from '../db/schema.js';
import type { DbOrTx } from '../db/connection.js';
import type { Actor } from '../http/auth.js';

export interface AuditEntry {
  roundId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** Non-personal facts only (a phase, a count); never request bodies. */
  details?: Record<string, string | number | boolean>;
}

/** Called inside the mutation's own transaction, so the log and the change land together. */
export function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      roundId: entry.roundId,
      actorId: actor.id,
      actorRole: actor.role,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details ? JSON.stringify(entry.details) : null,
      at: new Date().toISOString(),
    })
    .run();
}
