import { z } from 'zod';
import { LIMITS } from '../../domain/limits.js';
import type { RecommendationService } from '../../services/recommendation-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { principalOf, type ZodApp } from '../zod-app.js';
import {
  ETAG_NOTE,
  IfMatchHeadersSchema,
  RecommendationInputSchema,
  RecommendationPatchSchema,
  RecommendationSchema,
} from '../../contract/focus.js';

const tags = ['Recommendations'];

const RecommendationParamsSchema = RoundParamsSchema.extend({ id: IdSchema.describe('The recommendation') });
const FocusPointParamsSchema = RoundParamsSchema.extend({
  focusPointId: IdSchema.describe('The focus point the recommendation is added to'),
});
const base = '/api/v1/rounds/:roundId/recommendations/:id';

export function recommendationRoutes(app: ZodApp, recommendations: RecommendationService): void {
  app.post('/api/v1/rounds/:roundId/focus-points/:focusPointId/recommendations', {
    schema: {
      tags,
      operationId: 'createRecommendation',
      summary: 'Add a recommendation to a focus point (leader, referent); only in discussion and follow_up',
      params: FocusPointParamsSchema,
      description: `Adds to the focus point \`focusPointId\`. Only in \`discussion\` and \`follow_up\` (409 otherwise). The answer carries the recommendation’s \`number\` (1..N across all focus points) and its ETag header. A round holds at most ${LIMITS.recommendationsPerRound} recommendations; beyond, 422 \`limit-exceeded\`.`,
      body: RecommendationInputSchema,
      response: {
        201: json('The new recommendation with its number; ETag header', RecommendationSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request, reply) => {
      const { roundId, focusPointId } = request.params;
      const created = recommendations.create(principalOf(request), roundId, focusPointId, request.body);
      return reply.code(201).header('etag', created.etag).send(created);
    },
  });

  app.get(base, {
    schema: {
      tags,
      operationId: 'getRecommendation',
      summary: 'One recommendation with its number; ETag header',
      description: ETAG_NOTE,
      params: RecommendationParamsSchema,
      response: { 200: json('The recommendation; ETag header', RecommendationSchema), ...problemResponses(404) },
    },
    handler: async (request, reply) => {
      const found = recommendations.get(principalOf(request), request.params.roundId, request.params.id);
      return reply.header('etag', found.etag).send(found);
    },
  });

  app.patch(base, {
    schema: {
      tags,
      operationId: 'updateRecommendation',
      summary: 'Change or move a recommendation (leader, referent); If-Match required; answers the new ETag',
      description: ETAG_NOTE,
      params: RecommendationParamsSchema,
      headers: IfMatchHeadersSchema,
      body: RecommendationPatchSchema,
      response: {
        200: json('The changed recommendation; the new ETag header', RecommendationSchema),
        ...problemResponses(403, 404, 409, 412, 413, 415, 422, 428),
      },
    },
    handler: async (request, reply) => {
      const { roundId, id } = request.params;
      const updated = recommendations.update(
        principalOf(request),
        roundId,
        id,
        request.headers['if-match'],
        request.body,
      );
      return reply.header('etag', updated.etag).send(updated);
    },
  });

  app.delete(base, {
    schema: {
      tags,
      operationId: 'deleteRecommendation',
      summary: 'Delete a recommendation (leader, referent); If-Match required; the others renumber',
      description:
        'If-Match must carry the current ETag (428 without, 412 when stale). Only in `discussion` and `follow_up`.',
      params: RecommendationParamsSchema,
      headers: IfMatchHeadersSchema,
      response: { 204: z.undefined().describe('Deleted'), ...problemResponses(403, 404, 409, 412, 428) },
    },
    handler: async (request, reply) => {
      const { roundId, id } = request.params;
      recommendations.remove(principalOf(request), roundId, id, request.headers['if-match']);
      return reply.code(204).send();
    },
  });
}
