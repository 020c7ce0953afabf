import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { auditLog } from '../db/schema.js';
import type { Principal } from '../domain/principal.js';
import { loadRound } from './round-access.js';

export function createAuditLogService(db: Db) {
  function list(principal: Principal, roundId: string, options: { limit: number; before?: string }) {
    loadRound(db, principal, roundId, 'auditLog.read');
    const where = options.before
      ? and(eq(auditLog.roundId, roundId), lt(auditLog.id, Number(options.before)))
      : eq(auditLog.roundId, roundId);
    return db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(options.limit)
      .all()
      .map((row) => ({
        id: String(row.id),
        at: row.at,
        actorId: row.actorId,
        actorRole: row.actorRole,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        details: row.details ? (JSON.parse(row.details) as Record<string, string | number | boolean>) : null,
      }));
  }
  return { list };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
