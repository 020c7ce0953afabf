import { z } from 'zod';
import type { AuditLogService } from '../../services/audit-log-service.js';
import { problemResponses } from '../problem.js';
import { ItemsOf, RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    action: z.string().describe('e.g. round.transitioned, rating.saved'),
    targetType: z.string(),
    targetId: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
  })
  .meta({ id: 'AuditEntry' });

export function auditLogRoutes(app: ZodApp, auditLog: AuditLogService): void {
  app.get('/api/v1/rounds/:roundId/audit-log', {
    schema: {
      tags: ['Audit log'],
      operationId: 'listAuditLog',
      summary: 'Mutations of the round, newest first (leader)',
      params: RoundParamsSchema,
      querystring: z.object({
        limit: z.coerce.number().int().min(1).max(1000).default(100),
        before: z.coerce.number().int().positive().optional().describe('Entries with a smaller id (paging)'),
      }),
      response: { 200: ItemsOf(AuditEntrySchema), ...problemResponses(403, 404) },
    },
    handler: async (request) => ({
      items: auditLog.list(principalOf(request), request.params.roundId, request.query),
    }),
  });
}
