import { z } from 'zod';
import type { ImprovementAnswerService } from '../../services/improvement-answer-service.js';
import { problemResponses } from '../problem.js';
import { ItemsOf, RoundParamsSchema, boundedText } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Ratings'];

const DevelopmentInputSchema = z
  .object({
    areas: z
      .array(
        z.object({
          area: boundedText(300).describe('Område med udviklingspotentiale'),
          suggestion: boundedText(4000).describe('Forslag til forbedring'),
        }),
      )
      .min(1)
      .max(3),
  })
  .describe('Item 10: up to three areas with the largest potential, each with a suggestion');

const DevelopmentAnswerSchema = z
  .object({
    memberId: z.string(),
    areas: z.array(z.object({ area: z.string(), suggestion: z.string() })),
    updatedAt: z.string(),
  })
  .meta({ id: 'DevelopmentAnswer' });

export function developmentRoutes(app: ZodApp, development: ImprovementAnswerService): void {
  app.put('/api/v1/rounds/:roundId/development', {
    schema: {
      tags,
      operationId: 'putDevelopmentAnswer',
      summary: 'Save the caller’s own answer to the development question, item 10 (panelist); only in rating',
      params: RoundParamsSchema,
      body: DevelopmentInputSchema,
      response: { 200: DevelopmentAnswerSchema, ...problemResponses(403, 404, 409, 413, 415) },
    },
    handler: async (request) => development.put(principalOf(request), request.params.roundId, request.body.areas),
  });

  app.get('/api/v1/rounds/:roundId/development', {
    schema: {
      tags,
      operationId: 'listDevelopmentAnswers',
      summary: 'Development answers visible to the token: a panelist sees only their own until discussion',
      params: RoundParamsSchema,
      response: { 200: ItemsOf(DevelopmentAnswerSchema), ...problemResponses(404) },
    },
    handler: async (request) => ({
      items: development.list(principalOf(request), request.params.roundId),
    }),
  });
}
