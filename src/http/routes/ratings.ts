import { z } from 'zod';
import type { RatingService } from '../../services/rating-service.js';
import { problemResponses } from '../problem.js';
import { LIMITS } from '../../domain/limits.js';
import { IdSchema, ItemsOf, RatingValueSchema, RoundParamsSchema, boundedText } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Ratings'];

const RatingParamsSchema = RoundParamsSchema.extend({ caseId: IdSchema, itemId: IdSchema });

const RatingInputSchema = z
  .object({
    value: RatingValueSchema,
    justification: boundedText(LIMITS.justificationChars).describe(
      `Begrundelse: "Begrund din vurdering" (trimmed, 1–${LIMITS.justificationChars} characters)`,
    ),
  })
  .describe('One rating of one case on one item');

const RatingSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    itemId: z.string(),
    memberId: z.string(),
    value: RatingValueSchema,
    valueLabel: z.string().describe('The value in Danish, as the svarskala words it'),
    justification: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Rating' });

const RatingQuerySchema = z.object({
  caseId: IdSchema.optional().describe('Only ratings of this case'),
  itemId: IdSchema.optional().describe('Only ratings of this item'),
  memberId: IdSchema.optional().describe('Only ratings by this member'),
});

const ProgressSchema = z
  .object({
    expected: z.number().int().describe('cases × items × panelists'),
    received: z.number().int(),
    members: z.array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        expected: z.number().int().describe('cases × items'),
        received: z.number().int(),
        developmentAnswered: z.boolean().describe('Whether the panelist has answered item 10'),
      }),
    ),
  })
  .meta({ id: 'Progress', description: 'Ratings received per panelist; counts only, never values' });

export function ratingRoutes(app: ZodApp, ratings: RatingService): void {
  app.put('/api/v1/rounds/:roundId/cases/:caseId/ratings/:itemId', {
    schema: {
      tags,
      operationId: 'putRating',
      summary:
        'Save the caller’s own rating of a case on an item (panelist); only in rating; a second PUT replaces the first',
      params: RatingParamsSchema,
      body: RatingInputSchema,
      response: { 200: RatingSchema, ...problemResponses(403, 404, 409, 413, 415) },
    },
    handler: async (request) => {
      const { roundId, caseId, itemId } = request.params;
      return ratings.put(principalOf(request), roundId, caseId, itemId, request.body);
    },
  });

  app.get('/api/v1/rounds/:roundId/ratings', {
    schema: {
      tags,
      operationId: 'listRatings',
      summary: 'Ratings visible to the token: a panelist sees only their own until discussion',
      params: RoundParamsSchema,
      querystring: RatingQuerySchema,
      response: { 200: ItemsOf(RatingSchema), ...problemResponses(404) },
    },
    handler: async (request) => ({
      items: ratings.list(principalOf(request), request.params.roundId, request.query),
    }),
  });

  app.get('/api/v1/rounds/:roundId/progress', {
    schema: {
      tags,
      operationId: 'getProgress',
      summary: 'How many of the expected ratings each panelist has given',
      params: RoundParamsSchema,
      response: { 200: ProgressSchema, ...problemResponses(404) },
    },
    handler: async (request) => ratings.progress(principalOf(request), request.params.roundId),
  });

  app.get('/api/v1/rounds/:roundId/ratings.csv', {
    schema: {
      tags,
      operationId: 'exportRatingsCsv',
      summary: 'All ratings as CSV for Danish Excel (leader, referent)',
      description:
        "One row per rating: round title, case code, item number, item text, member name, role, value key, Danish label, justification, updated time. UTF-8 with BOM, `;`-separated, CRLF line ends, RFC 4180 quoting. Guarded against CSV formula injection: a text field starting with =, +, -, @, tab or CR is prefixed with an apostrophe (').",
      params: RoundParamsSchema,
      response: {
        200: {
          description: 'The ratings as CSV (attachment)',
          content: { 'text/csv; charset=utf-8': { schema: z.string() } },
        },
        ...problemResponses(403, 404),
      },
    },
    handler: async (request, reply) => {
      const { filename, body } = ratings.exportCsv(principalOf(request), request.params.roundId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(body);
    },
  });
}
