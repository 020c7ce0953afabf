import { z } from 'zod';
import { LIMITS } from '../../domain/limits.js';
import type { CaseService } from '../../services/case-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { CaseInputSchema, CaseSchema } from '../../contract/case.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Cases'];

const CaseParamsSchema = RoundParamsSchema.extend({ caseId: IdSchema });

export function caseRoutes(app: ZodApp, cases: CaseService): void {
  app.post('/api/v1/rounds/:roundId/cases', {
    schema: {
      tags,
      operationId: 'addCase',
      summary: 'Add an anonymised case (leader); 422 with findings when identifiers are found',
      description: `The documents and the case's own texts (code, area, summary, selection) are scanned for CPR numbers (DDMMYY-NNNN with a real day and month; a dash, a space or nothing before the last four digits), e-mail addresses, Danish phone numbers (8 digits starting with 2–9, optionally after +45 or 0045, written 12345678, 1234 5678, 1234 56 78, 12 34 56 78, 12-34-56-78 or 12.34.56.78, and not part of a longer number or an amount in kr./DKK) and each known identifier, case-insensitively, as a whole word or phrase across any whitespace (a genitive s may follow: Hansen also finds Hansens; Ærø does not find Ærøskøbing). Each finding gives the document index (null for the case's own texts), the field, the kind and the UTF-16 offsets into that field; the matched text is never repeated and nothing of the case is stored. A round holds at most ${LIMITS.casesPerRound} cases, and cases × items × panelists at most ${LIMITS.ratingsPerRound}; beyond, 422 \`limit-exceeded\`.`,
      params: RoundParamsSchema,
      body: CaseInputSchema,
      response: {
        201: json('The stored case with its documents', CaseSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request, reply) =>
      reply.code(201).send(cases.add(principalOf(request), request.params.roundId, request.body)),
  });

  app.get('/api/v1/rounds/:roundId/cases', {
    schema: {
      tags,
      operationId: 'listCases',
      summary: 'Cases with their documents',
      description:
        'Every case of the round in case order (as added), each with its documents; readable by every member.',
      params: RoundParamsSchema,
      response: { 200: json('The cases in case order', ItemsOf(CaseSchema)), ...problemResponses(404) },
    },
    handler: async (request) => ({ items: cases.list(principalOf(request), request.params.roundId) }),
  });

  app.get('/api/v1/rounds/:roundId/cases/:caseId', {
    schema: {
      tags,
      operationId: 'getCase',
      summary: 'One case with its documents',
      description: 'Readable by every member of the round; 404 for a case of another round.',
      params: CaseParamsSchema,
      response: { 200: json('The case', CaseSchema), ...problemResponses(404) },
    },
    handler: async (request) => cases.get(principalOf(request), request.params.roundId, request.params.caseId),
  });

  app.delete('/api/v1/rounds/:roundId/cases/:caseId', {
    schema: {
      tags,
      operationId: 'removeCase',
      summary: 'Remove a case (leader); only before rating',
      description: 'Allowed in scoping, panel and calibration; from `rating` on the case may hold ratings (409).',
      params: CaseParamsSchema,
      response: { 204: z.undefined().describe('Removed'), ...problemResponses(403, 404, 409) },
    },
    handler: async (request, reply) => {
      cases.remove(principalOf(request), request.params.roundId, request.params.caseId);
      return reply.code(204).send();
    },
  });
}
