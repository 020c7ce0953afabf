import type { ZodApp } from '../zod-app.js';
import { problemResponses } from '../problem.js';
import {
  ItemsOf,
  RoundCreateSchema,
  RoundParamsSchema,
  RoundPatchSchema,
  RoundSchema,
  TransitionSchema,
} from '../schemas.js';
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
        'With baselineRoundId the round is a genaudit: it starts with a copy of the reported baseline round’s vurderingsskema instead of the default one, each copied item linked by baselineItemId, and GET …/comparison compares the two. The form can still be edited until rating: an item added later has no baseline item, a removed one is not compared. Refused with 409 when the baseline is not reported, 422 when no round has that id.',
      body: RoundCreateSchema,
      response: { 201: RoundSchema, ...problemResponses(403, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => reply.code(201).send(rounds.create(principalOf(request), request.body)),
  });

  app.get('/api/v1/rounds', {
    schema: {
      tags,
      operationId: 'listRounds',
      summary: 'Rounds the token can see',
      response: { 200: ItemsOf(RoundSchema), ...problemResponses() },
    },
    handler: async (request) => ({ items: rounds.list(principalOf(request)) }),
  });

  app.get('/api/v1/rounds/:roundId', {
    schema: {
      tags,
      operationId: 'getRound',
      summary: 'One round',
      params: RoundParamsSchema,
      response: { 200: RoundSchema, ...problemResponses(404) },
    },
    handler: async (request) => rounds.get(principalOf(request), request.params.roundId),
  });

  app.patch('/api/v1/rounds/:roundId', {
    schema: {
      tags,
      operationId: 'updateRound',
      summary: 'Change the round texts (leader); refused once reported',
      params: RoundParamsSchema,
      body: RoundPatchSchema,
      response: { 200: RoundSchema, ...problemResponses(403, 404, 409, 413, 415) },
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
      response: { 200: RoundSchema, ...problemResponses(403, 404, 409, 413, 415) },
    },
    handler: async (request) =>
      rounds.transition(principalOf(request), request.params.roundId, request.body.to, request.body.force),
  });
}
