import type { ComparisonService } from '../../services/comparison-service.js';
import { ComparisonSchema } from '../../contract/comparison.js';
import { problemResponses } from '../problem.js';
import { json } from '../responses.js';
import { RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Results'];

export function comparisonRoutes(app: ZodApp, comparison: ComparisonService): void {
  app.get('/api/v1/rounds/:roundId/comparison', {
    schema: {
      tags,
      operationId: 'getComparison',
      summary: 'A genaudit compared with its baseline round (leader, referent; panelists from discussion)',
      description:
        'Only a round created with baselineRoundId has a comparison: for any other round the answer is 409 (the round exists, it is not a genaudit). Who may read it is who may read the results: admin, leader and referent in every phase, panelists from discussion on (403 before). Figures are full precision.',
      params: RoundParamsSchema,
      response: {
        200: json(
          'The genaudit compared item by item, and per initiative of the baseline’s udviklingsplan',
          ComparisonSchema,
        ),
        ...problemResponses(403, 404, 409),
      },
    },
    handler: async (request) => comparison.comparison(principalOf(request), request.params.roundId),
  });
}
