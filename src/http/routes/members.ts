import { z } from 'zod';
import type { MemberService } from '../../services/member-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { MemberCreatedSchema, MemberInputSchema, MemberSchema } from '../../contract/member.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Panel'];

export function memberRoutes(app: ZodApp, members: MemberService): void {
  app.post('/api/v1/rounds/:roundId/members', {
    schema: {
      tags,
      operationId: 'addMember',
      summary: 'Add a panel member (leader); answers the member token once',
      description:
        'The token is valid for this round only and is shown in this answer only: the service stores its SHA-256 hash. Leaders and referents may join from `scoping` on; panelists until `rating` begins (409 after). A reported round refuses with 409.',
      params: RoundParamsSchema,
      body: MemberInputSchema,
      response: {
        201: json('The new member and their token, shown only this once', MemberCreatedSchema),
        ...problemResponses(403, 404, 409, 413, 415),
      },
    },
    handler: async (request, reply) =>
      reply.code(201).send(members.add(principalOf(request), request.params.roundId, request.body)),
  });

  app.get('/api/v1/rounds/:roundId/members', {
    schema: {
      tags,
      operationId: 'listMembers',
      summary: 'The panel (no tokens)',
      description: 'Every member of the round in panel order; readable by every member and the admin.',
      params: RoundParamsSchema,
      response: { 200: json('The members in panel order', ItemsOf(MemberSchema)), ...problemResponses(404) },
    },
    handler: async (request) => ({ items: members.list(principalOf(request), request.params.roundId) }),
  });

  app.delete('/api/v1/rounds/:roundId/members/:memberId', {
    schema: {
      tags,
      operationId: 'removeMember',
      summary: 'Remove a member (leader); refused once rating began',
      description:
        'The member’s token stops working at once. From `rating` on a member may hold ratings, so removal is refused with 409.',
      params: RoundParamsSchema.extend({ memberId: IdSchema }),
      response: { 204: z.undefined().describe('Removed'), ...problemResponses(403, 404, 409) },
    },
    handler: async (request, reply) => {
      members.remove(principalOf(request), request.params.roundId, request.params.memberId);
      return reply.code(204).send();
    },
  });
}
