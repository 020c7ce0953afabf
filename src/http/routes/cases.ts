import { z } from 'zod';
import type { CaseService } from '../../services/case-service.js';
import { problemResponses } from '../problem.js';
import { LIMITS } from '../../domain/limits.js';
import { IdSchema, ItemsOf, RoundParamsSchema, boundedText, optionalText } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Cases'];

const SelectionSchema = z
  .object({
    developmentPotential: optionalText(2000).describe('Udviklingspotentiale'),
    complexity: optionalText(2000).describe('Kompleksitet'),
    recent: optionalText(2000).describe('Relativt ny sag'),
  })
  .describe('How the case meets the selection criteria');

const CaseInputSchema = z
  .object({
    code: boundedText(50).describe('e.g. "Sag 3"'),
    area: boundedText(200).describe('Hovedområde, e.g. Socialpsykiatri'),
    summary: optionalText(5000),
    selection: SelectionSchema.optional(),
    documents: z
      .array(z.object({ title: boundedText(300), text: boundedText(LIMITS.documentCharsPerCase) }))
      .min(1)
      .max(LIMITS.documentsPerCase)
      .refine(
        (documents) => documents.reduce((sum, doc) => sum + doc.text.length, 0) <= LIMITS.documentCharsPerCase,
        `The documents' texts together hold at most ${LIMITS.documentCharsPerCase} characters`,
      )
      .describe(
        `At most ${LIMITS.documentsPerCase} documents, whose texts together hold at most ${LIMITS.documentCharsPerCase} characters`,
      ),
    knownIdentifiers: z
      .array(z.string().max(300))
      .max(200)
      .optional()
      .describe('Names, addresses etc. that must not appear; checked case-insensitively, never stored'),
  })
  .describe('A new anonymised case');

const CaseSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    area: z.string(),
    summary: z.string().nullable(),
    selection: z.object({
      developmentPotential: z.string().nullable(),
      complexity: z.string().nullable(),
      recent: z.string().nullable(),
    }),
    documents: z.array(z.object({ id: z.string(), position: z.number().int(), title: z.string(), text: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'Case' });

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
      response: { 201: CaseSchema, ...problemResponses(403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(cases.add(principalOf(request), request.params.roundId, request.body)),
  });

  app.get('/api/v1/rounds/:roundId/cases', {
    schema: {
      tags,
      operationId: 'listCases',
      summary: 'Cases with their documents',
      params: RoundParamsSchema,
      response: { 200: ItemsOf(CaseSchema), ...problemResponses(404) },
    },
    handler: async (request) => ({ items: cases.list(principalOf(request), request.params.roundId) }),
  });

  app.get('/api/v1/rounds/:roundId/cases/:caseId', {
    schema: {
      tags,
      operationId: 'getCase',
      summary: 'One case with its documents',
      params: CaseParamsSchema,
      response: { 200: CaseSchema, ...problemResponses(404) },
    },
    handler: async (request) => cases.get(principalOf(request), request.params.roundId, request.params.caseId),
  });

  app.delete('/api/v1/rounds/:roundId/cases/:caseId', {
    schema: {
      tags,
      operationId: 'removeCase',
      summary: 'Remove a case (leader); only before rating',
      params: CaseParamsSchema,
      response: { 204: z.undefined().describe('Removed'), ...problemResponses(403, 404, 409) },
    },
    handler: async (request, reply) => {
      cases.remove(principalOf(request), request.params.roundId, request.params.caseId);
      return reply.code(204).send();
    },
  });
}
