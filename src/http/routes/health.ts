import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import type { ZodApp } from '../zod-app.js';

export function healthRoutes(app: ZodApp, db: Db): void {
  app.get('/health', {
    schema: {
      tags: ['Operations'],
      operationId: 'health',
      summary: 'Liveness and database reachability (no auth)',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
        503: z.object({ status: z.literal('unavailable'), database: z.literal('unreachable') }),
      },
    },
    handler: async (_request, reply) => {
      try {
        db.$client.prepare('select 1').get();
        return { status: 'ok' as const, database: 'ok' as const };
      } catch {
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
      }
    },
  });
}
