import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { storageFull } from '../database-errors.js';
import { sendProblem } from '../error-handler.js';
import { problemResponses, problemType } from '../problem.js';
import { json } from '../responses.js';
import type { ZodApp } from '../zod-app.js';

export function healthRoutes(app: ZodApp, db: Db, databasePath: string): void {
  app.get('/health', {
    schema: {
      tags: ['Operations'],
      operationId: 'health',
      summary: 'Liveness, database reachability and free space (no auth)',
      description:
        'Answers 200 while the service runs, its database answers a query and its disk has room; 503 `database-unreachable` when the database does not answer; 503 `storage-full` when the last write failed for lack of space or less than 1 MiB is free on its disk.',
      response: {
        200: json(
          'Running, database reachable, disk not full',
          z.object({ status: z.literal('ok'), database: z.literal('ok') }),
        ),
        503: problemResponses(503)[503],
      },
    },
    handler: async (request, reply) => {
      try {
        db.$client.prepare('select 1').get();
      } catch {
        return sendProblem(request, reply, {
          type: problemType('database-unreachable'),
          title: 'Databasen svarer ikke',
          status: 503,
          detail: 'Tjenesten kører, men kan ikke nå sin database.',
        });
      }
      if (storageFull(app, databasePath)) {
        return sendProblem(request, reply, {
          type: problemType('storage-full'),
          title: 'Der er ikke plads på disken',
          status: 503,
          detail: 'Databasen kan ikke skrive, fordi disken er fuld. Læsning virker stadig.',
        });
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  });
}
