import { z } from 'zod';
import { LIMITS } from '../../domain/limits.js';
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
      description: `The token is valid for this round only and is shown in this answer only: the service stores its SHA-256 hash. Leaders and referents may be added at any phase before \`reported\`; panelists until the end of \`rating\` (a panelist added during rating is expected to rate every case, blind like the others). From \`discussion\` on a new panelist is refused with 409: they could no longer rate. A round holds at most ${LIMITS.membersPerRound} members, and cases × items × panelists at most ${LIMITS.ratingsPerRound}; beyond, 422 \`limit-exceeded\`.`,
      params: RoundParamsSchema,
      body: MemberInputSchema,
      response: {
        201: json('The new member and their token, shown only this once', MemberCreatedSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
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

  app.post('/api/v1/rounds/:roundId/members/:memberId/token', {
    schema: {
      tags,
      operationId: 'reissueMemberToken',
      summary: 'Issue a new personal link for a member (leader); the old token stops working at once',
      description:
        'For a member who lost the link: answers a new token once, at any phase before `reported` (409 then). The previous token is rejected (401) from this response on. Audit-logged as `member.token_reissued`, without the token.',
      params: RoundParamsSchema.extend({ memberId: IdSchema }),
      response: {
        201: json('The member and their new token, shown only this once', MemberCreatedSchema),
        ...problemResponses(403, 404, 409),
      },
    },
    handler: async (request, reply) =>
      reply.code(201).send(members.reissue(principalOf(request), request.params.roundId, request.params.memberId)),
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
