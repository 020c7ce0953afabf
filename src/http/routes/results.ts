import type { ResultsService } from '../../services/results-service.js';
import { problemResponses } from '../problem.js';
import { RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { DiscussionSchema, ResultsSchema } from '../../contract/results.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Results'];

export function resultsRoutes(app: ZodApp, results: ResultsService): void {
  app.get('/api/v1/rounds/:roundId/results', {
    schema: {
      tags,
      operationId: 'getResults',
      summary: 'The aggregated results (leader, referent; panelists from discussion)',
      description:
        'Per cell (case × item), item, theme and overall: counts per value, n (values given; na is no value), median, mean and positive share (null when n = 0), disagreement per cell (n ≥ 3 with at least a third positive and a third negative), cases rated and cases whose median is ≥ 2 per item, and Krippendorff’s alpha (ordinal). Panelists rate blind: they get 403 before `discussion`.',
      params: RoundParamsSchema,
      response: { 200: json('The results, full precision', ResultsSchema), ...problemResponses(403, 404) },
    },
    handler: async (request) => results.results(principalOf(request), request.params.roundId),
  });

  app.get('/api/v1/rounds/:roundId/discussion', {
    schema: {
      tags,
      operationId: 'getDiscussion',
      summary: 'The auditmøde’s material in meeting order (leader, referent; panelists from discussion)',
      description:
        'What the audit meeting talks about, in order: items with the most disagreement first, then the lowest positive share; each with its cells and the justifications under anonymous rater labels; and the development answers grouped by area. No names anywhere.',
      params: RoundParamsSchema,
      response: { 200: json('The meeting material', DiscussionSchema), ...problemResponses(403, 404) },
    },
    handler: async (request) => results.meetingMaterial(principalOf(request), request.params.roundId),
  });
}
