import { LIMITS } from '../../domain/limits.js';
import { z } from 'zod';
import type { MemberService } from '../../services/member-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, MemberInputSchema, MemberSchema, RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Panel'];

const MemberCreatedSchema = z
  .object({
    member: MemberSchema,
    token: z.string().describe("The member's bearer token, valid for this round only; shown once"),
  })
  .meta({ id: 'MemberCreated' });

export function memberRoutes(app: ZodApp, members: MemberService): void {
  app.post('/api/v1/rounds/:roundId/members', {
    schema: {
      tags,
      operationId: 'addMember',
      summary: 'Add a panel member (leader); answers the member token once',
      description: `A round holds at most ${LIMITS.membersPerRound} members, and cases × items × panelists at most ${LIMITS.ratingsPerRound}; beyond, 422 \`limit-exceeded\`.`,
      params: RoundParamsSchema,
      body: MemberInputSchema,
      response: { 201: MemberCreatedSchema, ...problemResponses(403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(members.add(principalOf(request), request.params.roundId, request.body)),
  });

  app.get('/api/v1/rounds/:roundId/members', {
    schema: {
      tags,
      operationId: 'listMembers',
      summary: 'The panel (no tokens)',
      params: RoundParamsSchema,
      response: { 200: ItemsOf(MemberSchema), ...problemResponses(404) },
    },
    handler: async (request) => ({ items: members.list(principalOf(request), request.params.roundId) }),
  });

  app.delete('/api/v1/rounds/:roundId/members/:memberId', {
    schema: {
      tags,
      operationId: 'removeMember',
      summary: 'Remove a member (leader); refused once rating began',
      params: RoundParamsSchema.extend({ memberId: IdSchema }),
      response: { 204: z.undefined().describe('Removed'), ...problemResponses(403, 404, 409) },
    },
    handler: async (request, reply) => {
      members.remove(principalOf(request), request.params.roundId, request.params.memberId);
      return reply.code(204).send();
    },
  });
}
