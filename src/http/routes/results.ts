import { z } from 'zod';
import type { ResultsService } from '../../services/results-service.js';
import { problemResponses } from '../problem.js';
import { CountsSchema, RatingValueSchema, RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Results'];

const share = () => z.number().nullable();

const CellFigures = {
  caseId: z.string(),
  n: z.number().int().describe('Values given (na is no value)'),
  na: z.number().int(),
  counts: CountsSchema,
  median: share().describe('Median of the values (high 3 … none 0); null when n = 0'),
  mean: share(),
  positiveShare: share().describe('(high + some) / n'),
  disagreement: z.boolean().describe('n ≥ 3, positive ≥ n/3 and negative ≥ n/3'),
};

const ItemFigures = {
  itemId: z.string(),
  number: z.number().int(),
  n: z.number().int(),
  na: z.number().int(),
  counts: CountsSchema,
  median: share(),
  mean: share(),
  positiveShare: share(),
  casesRated: z.number().int().describe('Cases with n ≥ 1'),
  casesPositive: z.number().int().describe('Cases whose cell median ≥ 2'),
  disagreementCases: z.number().int(),
  alpha: share().describe('Krippendorff’s alpha (ordinal), one unit per case; null when undefined'),
};

const ResultsSchema = z
  .object({
    completeness: z.object({ expected: z.number().int(), received: z.number().int() }),
    cells: z.array(z.object({ ...CellFigures, itemId: z.string() }).meta({ id: 'ResultCell' })),
    items: z.array(z.object(ItemFigures).meta({ id: 'ResultItem' })),
    themes: z.array(
      z
        .object({
          key: z.string(),
          n: z.number().int(),
          na: z.number().int(),
          counts: CountsSchema,
          mean: share(),
          positiveShare: share(),
        })
        .meta({ id: 'ResultTheme' }),
    ),
    overall: z.object({
      n: z.number().int(),
      na: z.number().int(),
      alpha: share().describe('Krippendorff’s alpha (ordinal), one unit per (case, item)'),
    }),
  })
  .meta({ id: 'Results', description: 'The aggregation of API.md "Results — the definitions"; full precision' });

const DiscussionSchema = z
  .object({
    completeness: z.object({ expected: z.number().int(), received: z.number().int() }),
    items: z.array(
      z.object({
        ...ItemFigures,
        text: z.string(),
        themeKey: z.string(),
        themeTitle: z.string(),
        cells: z.array(
          z.object({
            ...CellFigures,
            caseCode: z.string(),
            justifications: z.array(
              z.object({
                rater: z.string().describe('Anonymous, stable per panelist, e.g. "Paneldeltager 3"; never a name'),
                value: RatingValueSchema,
                valueLabel: z.string(),
                justification: z.string(),
              }),
            ),
          }),
        ),
      }),
    ),
    development: z.object({
      question: z.string(),
      respondents: z.number().int(),
      areas: z.array(z.object({ area: z.string(), suggestions: z.array(z.string()) })),
    }),
  })
  .meta({
    id: 'Discussion',
    description:
      'Items in meeting order (most cells with disagreement first, then lowest positive share, no values last); within an item the cells likewise (disagreement first, then lowest positive share). Development answers grouped by area (trimmed, case-insensitive); no names anywhere.',
  });

export function resultsRoutes(app: ZodApp, results: ResultsService): void {
  app.get('/api/v1/rounds/:roundId/results', {
    schema: {
      tags,
      operationId: 'getResults',
      summary: 'The aggregated results (leader, referent; panelists from discussion)',
      params: RoundParamsSchema,
      response: { 200: ResultsSchema, ...problemResponses(403, 404) },
    },
    handler: async (request) => results.results(principalOf(request), request.params.roundId),
  });

  app.get('/api/v1/rounds/:roundId/discussion', {
    schema: {
      tags,
      operationId: 'getDiscussion',
      summary: 'The auditmøde’s material in meeting order (leader, referent; panelists from discussion)',
      params: RoundParamsSchema,
      response: { 200: DiscussionSchema, ...problemResponses(403, 404) },
    },
    handler: async (request) => results.meetingMaterial(principalOf(request), request.params.roundId),
  });
}
