import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { sendProblem } from '../error-handler.js';
import { problemResponses, problemType } from '../problem.js';
import { json } from '../responses.js';
import type { ZodApp } from '../zod-app.js';

export function healthRoutes(app: ZodApp, db: Db): void {
  app.get('/health', {
    schema: {
      tags: ['Operations'],
      operationId: 'health',
      summary: 'Liveness and database reachability (no auth)',
      description:
        'Answers 200 while the service runs and its database answers a query; 503 when the database cannot be reached.',
      response: {
        200: json('Running, database reachable', z.object({ status: z.literal('ok'), database: z.literal('ok') })),
        503: problemResponses(503)[503],
      },
    },
    handler: async (request, reply) => {
      try {
        db.$client.prepare('select 1').get();
        return { status: 'ok' as const, database: 'ok' as const };
      } catch {
        return sendProblem(request, reply, {
          type: problemType('database-unreachable'),
          title: 'Databasen svarer ikke',
          status: 503,
          detail: 'Tjenesten kører, men kan ikke nå sin database.',
        });
      }
    },
  });
}
