import { z } from 'zod';
import { DraftInputSchema, DraftSchema } from '../../contract/draft.js';
import { LIMITS } from '../../domain/limits.js';
import type { DraftService } from '../../services/draft-service.js';
import { problemResponses } from '../problem.js';
import { json } from '../responses.js';
import { IdSchema, ItemsOf, RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Ratings'];

const DraftParamsSchema = RoundParamsSchema.extend({ caseId: IdSchema, itemId: IdSchema });

export function draftRoutes(app: ZodApp, drafts: DraftService): void {
  app.get('/api/v1/rounds/:roundId/drafts', {
    schema: {
      tags,
      operationId: 'listOwnDrafts',
      summary: 'The caller’s own half-answered items (empty for anyone but a panelist)',
      description:
        'Every member may ask; only a panelist has drafts, and only their own are answered. The pages use them to restore what was typed before a reload.',
      params: RoundParamsSchema,
      response: { 200: json('The caller’s own drafts', ItemsOf(DraftSchema)), ...problemResponses(404) },
    },
    handler: async (request) => ({ items: drafts.list(principalOf(request), request.params.roundId) }),
  });

  app.put('/api/v1/rounds/:roundId/cases/:caseId/drafts/:itemId', {
    schema: {
      tags,
      operationId: 'putDraft',
      summary: 'Keep a half-answered item (panelist, own); only in rating',
      description: `Replaces the caller’s draft of this case and item; never counted and seen by nobody else. The justification follows the rating’s limit (${LIMITS.justificationChars} characters) and the text rule (valid UTF-8, no NUL, no lone surrogate: 400 \`invalid-text\`).`,
      params: DraftParamsSchema,
      body: DraftInputSchema,
      response: { 200: json('The stored draft', DraftSchema), ...problemResponses(403, 404, 409, 413, 415) },
    },
    handler: async (request) => {
      const { roundId, caseId, itemId } = request.params;
      return drafts.put(principalOf(request), roundId, caseId, itemId, request.body);
    },
  });

  app.delete('/api/v1/rounds/:roundId/cases/:caseId/drafts/:itemId', {
    schema: {
      tags,
      operationId: 'deleteDraft',
      summary: 'Forget a half-answered item (panelist, own); only in rating; 204 also when there was none',
      description: 'Removes the caller’s own draft of this case and item; saving the full rating does the same.',
      params: DraftParamsSchema,
      response: { 204: z.undefined().describe('Deleted'), ...problemResponses(403, 404, 409) },
    },
    handler: async (request, reply) => {
      const { roundId, caseId, itemId } = request.params;
      drafts.remove(principalOf(request), roundId, caseId, itemId);
      return reply.code(204).send();
    },
  });
}
