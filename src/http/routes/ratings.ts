import { z } from 'zod';
import type { RatingService } from '../../services/rating-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { ProgressSchema, RatingInputSchema, RatingQuerySchema, RatingSchema } from '../../contract/rating.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Ratings'];

const RatingParamsSchema = RoundParamsSchema.extend({ caseId: IdSchema, itemId: IdSchema });

export function ratingRoutes(app: ZodApp, ratings: RatingService): void {
  app.put('/api/v1/rounds/:roundId/cases/:caseId/ratings/:itemId', {
    schema: {
      tags,
      operationId: 'putRating',
      summary:
        'Save the caller’s own rating of a case on an item (panelist); only in rating; a second PUT replaces the first',
      params: RatingParamsSchema,
      description:
        'Only a panelist rates, and only their own ratings; only while the round is in `rating` (409 before and after). The case and item must belong to the round (404). Saves are committed before they are answered, and a second PUT replaces the first.',
      body: RatingInputSchema,
      response: { 200: json('The saved rating', RatingSchema), ...problemResponses(403, 404, 409, 413, 415) },
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
      description:
        'Leader, referent and admin see every rating with its member id. A panelist sees only their own until `discussion`; from then on everyone’s, but another panelist’s rating carries only its `rater` label ("Paneldeltager N"), `memberId` null, and a `memberId` filter for someone else answers an empty list; filters combine. So the panel discusses the ratings without their authors being named, as the discussion view and the report do.',
      params: RoundParamsSchema,
      querystring: RatingQuerySchema,
      response: { 200: json('The visible ratings', ItemsOf(RatingSchema)), ...problemResponses(404) },
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
      description:
        'Counts only. Until `discussion` a panelist sees only their own row, and `expected`/`received` are their own (blind rating: no one sees how far the others are). Half-answered drafts are not counted.',
      params: RoundParamsSchema,
      response: { 200: json('Ratings expected and received', ProgressSchema), ...problemResponses(404) },
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
