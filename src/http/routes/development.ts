import type { ImprovementAnswerService } from '../../services/improvement-answer-service.js';
import { problemResponses } from '../problem.js';
import { ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { DevelopmentAnswerSchema, DevelopmentInputSchema } from '../../contract/development.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Ratings'];

export function developmentRoutes(app: ZodApp, development: ImprovementAnswerService): void {
  app.put('/api/v1/rounds/:roundId/development', {
    schema: {
      tags,
      operationId: 'putDevelopmentAnswer',
      summary: 'Save the caller’s own answer to the development question (panelist); only in rating',
      description:
        'The development question follows the form’s items (its number is the form’s `developmentQuestionNumber`) and is answered once for all cases: one to three areas, each with a suggestion. The answer is replaced as a whole. Only a panelist, only their own, only in `rating` (409 otherwise).',
      params: RoundParamsSchema,
      body: DevelopmentInputSchema,
      response: {
        200: json('The saved answer', DevelopmentAnswerSchema),
        ...problemResponses(403, 404, 409, 413, 415),
      },
    },
    handler: async (request) => development.put(principalOf(request), request.params.roundId, request.body.areas),
  });

  app.get('/api/v1/rounds/:roundId/development', {
    schema: {
      tags,
      operationId: 'listDevelopmentAnswers',
      summary: 'Development answers visible to the token: a panelist sees only their own until discussion',
      description:
        'Blind like the ratings: until `discussion` a panelist sees only their own answer; leader, referent and admin see all.',
      params: RoundParamsSchema,
      response: { 200: json('The visible answers', ItemsOf(DevelopmentAnswerSchema)), ...problemResponses(404) },
    },
    handler: async (request) => ({
      items: development.list(principalOf(request), request.params.roundId),
    }),
  });
}
