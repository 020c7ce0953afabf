import { z } from 'zod';
import { LIMITS } from '../../domain/limits.js';
import type { CaseService } from '../../services/case-service.js';
import { MAX_FINDINGS } from '../../domain/anonymisation.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { AnonymisedCaseSchema, CaseInputSchema, CaseSchema } from '../../contract/case.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Cases'];

const SCAN_DESCRIPTION =
  "The documents and the case's own texts (code, area, summary, selection) are normalised (NFKC, invisible characters removed, any whitespace, dash or line break a separator) and scanned. Certain kinds always refuse: CPR numbers (DDMMYY-NNNN with a real date, any separator), phone numbers (8 digits after a phone word or +45/0045, or following the Danish numbering plan), e-mail addresses, postal addresses (street and number, floor and side, postcode and town, c/o, postboks), dates of birth (after født or f.) and each known identifier. Probable person names (Danish first names and surnames, initials, capitalised words after role words such as moderen or sagsbehandler) refuse unless allowTerms holds the term. Words such as CVR, J.nr., EAN, ISBN, §, kr. and i alt lower a number's confidence. Each finding gives the document index (null for the case's own texts), the field, kind, certainty, confidence, UTF-16 offsets and a short excerpt with identifiers replaced by placeholders; the identifier itself is never repeated. At most " +
  MAX_FINDINGS +
  ' findings are listed, with findingsTotal and truncated. The scan runs only after the access, role and phase checks.';

const CaseParamsSchema = RoundParamsSchema.extend({ caseId: IdSchema });

export function caseRoutes(app: ZodApp, cases: CaseService): void {
  app.post('/api/v1/rounds/:roundId/cases', {
    schema: {
      tags,
      operationId: 'addCase',
      summary: 'Add an anonymised case (leader); 422 with findings when identifiers are found',
      description: `${SCAN_DESCRIPTION} Nothing of a refused case (nor of a refused file) is stored. A round holds at most ${LIMITS.casesPerRound} cases, and cases × items × panelists at most ${LIMITS.ratingsPerRound}; beyond, 422 \`limit-exceeded\`.`,
      params: RoundParamsSchema,
      body: CaseInputSchema,
      response: {
        201: json('The stored case with its documents', CaseSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await cases.add(principalOf(request), request.params.roundId, request.body)),
  });

  app.post('/api/v1/rounds/:roundId/cases/anonymise', {
    schema: {
      tags,
      operationId: 'previewCaseAnonymisation',
      summary: 'Redaction preview of a case (leader): every finding replaced by its placeholder',
      description: `Takes a case as for addCase and answers its texts with every finding replaced by a placeholder: [Navn 1], [Navn 2] for another person (the same person keeps the same number), [Adresse], [CPR-nr.], [Telefon], [E-mail], [Fødselsdato], [Identifikator] for a known identifier that is not a name. Stores nothing and logs nothing of the text; the leader reviews the answer and posts the redacted case. Allowed in the phases in which cases may be added. ${SCAN_DESCRIPTION}`,
      params: RoundParamsSchema,
      body: CaseInputSchema,
      response: {
        200: json('The case with every finding replaced, and the findings', AnonymisedCaseSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request) => cases.preview(principalOf(request), request.params.roundId, request.body),
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
