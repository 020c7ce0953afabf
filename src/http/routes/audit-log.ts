import { z } from 'zod';
import type { AuditLogService } from '../../services/audit-log-service.js';
import { problemResponses } from '../problem.js';
import { ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { AuditEntrySchema } from '../../contract/audit.js';
import { principalOf, type ZodApp } from '../zod-app.js';

export function auditLogRoutes(app: ZodApp, auditLog: AuditLogService): void {
  app.get('/api/v1/rounds/:roundId/audit-log', {
    schema: {
      tags: ['Audit log'],
      operationId: 'listAuditLog',
      summary: 'Mutations of the round, newest first (leader)',
      description:
        'At most `limit` entries (default 100); for the next, older page pass the `id` of the last entry as `before`. An empty page is the end.',
      params: RoundParamsSchema,
      querystring: z.object({
        limit: z.coerce.number().int().min(1).max(1000).default(100),
        before: z
          .string()
          .regex(/^[1-9][0-9]{0,14}$/, 'Expected the id of an audit entry')
          .optional()
          .describe('The id of an entry: only entries older than it (the next page)'),
      }),
      response: {
        200: json('One page of audit entries, newest first', ItemsOf(AuditEntrySchema)),
        ...problemResponses(403, 404),
      },
    },
    handler: async (request) => ({
      items: auditLog.list(principalOf(request), request.params.roundId, request.query),
    }),
  });
}
