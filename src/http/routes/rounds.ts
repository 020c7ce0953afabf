import type { ZodApp } from '../zod-app.js';
import { problemResponses } from '../problem.js';
import { ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { RoundInputSchema, RoundPatchSchema, RoundSchema, TransitionSchema } from '../../contract/round.js';
import type { RoundService } from '../../services/round-service.js';
import { principalOf } from '../zod-app.js';

const tags = ['Rounds'];

export function roundRoutes(app: ZodApp, rounds: RoundService): void {
  app.post('/api/v1/rounds', {
    schema: {
      tags,
      operationId: 'createRound',
      summary: 'Create an audit round (admin); it starts in scoping with the default vurderingsskema',
      description:
        'Only the admin token creates rounds. The round starts in `scoping` with the default vurderingsskema (the nine items of the seed report in three themes, and the development question as question 10). Members are added next; each gets a token for this round only. With `baselineRoundId` the round is a genaudit: it starts with a copy of the reported baseline round’s vurderingsskema instead of the default one, each copied item linked by `baselineItemId`, and GET …/comparison compares the two. The form can still be edited until rating: an item added later has no baseline item, a removed one is not compared. Refused with 409 when the baseline is not reported, 422 when no round has that id.',
      body: RoundInputSchema,
      response: {
        201: json('The new round, in scoping', RoundSchema),
        ...problemResponses(403, 409, 413, 415, 422),
      },
    },
    handler: async (request, reply) => reply.code(201).send(rounds.create(principalOf(request), request.body)),
  });

  app.get('/api/v1/rounds', {
    schema: {
      tags,
      operationId: 'listRounds',
      summary: 'Rounds the token can see',
      description: 'The admin sees every round; a member token sees only the one round it belongs to. Oldest first.',
      response: { 200: json('The visible rounds', ItemsOf(RoundSchema)), ...problemResponses() },
    },
    handler: async (request) => ({ items: rounds.list(principalOf(request)) }),
  });

  app.get('/api/v1/rounds/:roundId', {
    schema: {
      tags,
      operationId: 'getRound',
      summary: 'One round',
      description:
        'Any member of the round and the admin may read it; any other token gets 404, as for a round that does not exist.',
      params: RoundParamsSchema,
      response: { 200: json('The round', RoundSchema), ...problemResponses(404) },
    },
    handler: async (request) => rounds.get(principalOf(request), request.params.roundId),
  });

  app.patch('/api/v1/rounds/:roundId', {
    schema: {
      tags,
      operationId: 'updateRound',
      summary: 'Change the round texts (leader); refused once reported',
      description:
        'Only the fields given change; `null` clears an optional text. Allowed in every phase before `reported` (409 after): the texts appear in the afrapportering.',
      params: RoundParamsSchema,
      body: RoundPatchSchema,
      response: { 200: json('The changed round', RoundSchema), ...problemResponses(403, 404, 409, 413, 415) },
    },
    handler: async (request) => rounds.update(principalOf(request), request.params.roundId, request.body),
  });

  app.post('/api/v1/rounds/:roundId/transitions', {
    schema: {
      tags,
      operationId: 'transitionRound',
      summary: 'Move the round one phase forward (leader); 409 lists unmet preconditions',
      description:
        'Preconditions: calibration needs ≥ 2 panelists; rating needs ≥ 1 case, ≥ 2 panelists and ≥ 1 form item; discussion needs every expected rating unless force is true; follow_up needs ≥ 1 focus point with ≥ 1 recommendation; reported renders and stores the final PDF and freezes the round, and checks the follow_up precondition again (recommendations can be deleted during follow_up; an afrapportering without any is refused with 409).',
      params: RoundParamsSchema,
      body: TransitionSchema,
      response: { 200: json('The round in its new phase', RoundSchema), ...problemResponses(403, 404, 409, 413, 415) },
    },
    handler: async (request) =>
      rounds.transition(principalOf(request), request.params.roundId, request.body.to, request.body.force),
  });
}
