import { z } from 'zod';
import type { CaseService } from '../../services/case-service.js';
import { MAX_FINDINGS } from '../../domain/anonymisation.js';
import { DOCX_TYPE, MAX_DOCUMENT_TEXT, PDF_TYPE } from '../../services/document-import.js';
import { FindingSchema, problemResponses } from '../problem.js';
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

const TextDocumentSchema = z
  .object({ title: boundedText(300), text: boundedText(MAX_DOCUMENT_TEXT) })
  .describe('A document as text');

const FileDocumentSchema = z
  .object({
    title: boundedText(300),
    file: z.object({
      name: boundedText(255).describe('The file name, for the person sending it; not stored'),
      contentType: z.enum([DOCX_TYPE, PDF_TYPE]),
      data: z
        .string()
        .min(1)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Use standard base64 without line breaks')
        .describe(
          'The file, base64. The whole request must fit the body limit (1 MB unless BODY_LIMIT says otherwise), so a file of about 750 kB at most',
        ),
    }),
  })
  .describe(
    `A document as a DOCX or PDF file: its text (at most ${MAX_DOCUMENT_TEXT} characters) is extracted and treated like a typed text; the file itself is never stored`,
  );

const CaseInputSchema = z
  .object({
    code: boundedText(50).describe('e.g. "Sag 3"'),
    area: boundedText(200).describe('Hovedområde, e.g. Socialpsykiatri'),
    summary: optionalText(5000),
    selection: SelectionSchema.optional(),
    documents: z
      .array(z.union([TextDocumentSchema, FileDocumentSchema]))
      .min(1)
      .max(50),
    knownIdentifiers: z
      .array(z.string().max(300))
      .max(200)
      .optional()
      .describe(
        'Names, addresses etc. that must not appear; checked case-insensitively as whole words across any separator, a name of two or three words also as Hans-Hansen, H. Hansen and Hansen, Hans; never stored',
      ),
    allowTerms: z
      .array(z.string().max(300))
      .max(100)
      .optional()
      .describe(
        'Terms the leader confirms are not personal (e.g. "Psykiatrisk Center", "Tørring"): a probable person name inside one passes. Never overrides a certain kind; never stored',
      ),
  })
  .describe('A new anonymised case');

const AnonymisedCaseSchema = z
  .object({
    case: z.object({
      code: z.string(),
      area: z.string(),
      summary: z.string().nullable(),
      selection: z.object({
        developmentPotential: z.string().nullable(),
        complexity: z.string().nullable(),
        recent: z.string().nullable(),
      }),
      documents: z.array(z.object({ title: z.string(), text: z.string() })),
    }),
    findings: z.array(FindingSchema).describe(`The first ${MAX_FINDINGS} findings`),
    findingsTotal: z.number().int(),
    truncated: z.boolean(),
  })
  .meta({ id: 'AnonymisedCase' });

const SCAN_DESCRIPTION =
  "The documents and the case's own texts (code, area, summary, selection) are normalised (NFKC, invisible characters removed, any whitespace, dash or line break a separator) and scanned. Certain kinds always refuse: CPR numbers (DDMMYY-NNNN with a real date, any separator), phone numbers (8 digits after a phone word or +45/0045, or following the Danish numbering plan), e-mail addresses, postal addresses (street and number, floor and side, postcode and town, c/o, postboks), dates of birth (after født or f.) and each known identifier. Probable person names (Danish first names and surnames, initials, capitalised words after role words such as moderen or sagsbehandler) refuse unless allowTerms holds the term. Words such as CVR, J.nr., EAN, ISBN, §, kr. and i alt lower a number's confidence. Each finding gives the document index (null for the case's own texts), the field, kind, certainty, confidence, UTF-16 offsets and a short excerpt with identifiers replaced by placeholders; the identifier itself is never repeated. At most " +
  MAX_FINDINGS +
  ' findings are listed, with findingsTotal and truncated. The scan runs only after the access, role and phase checks.';

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
      description: `${SCAN_DESCRIPTION} Nothing of a refused case (nor of a refused file) is stored.`,
      params: RoundParamsSchema,
      body: CaseInputSchema,
      response: { 201: CaseSchema, ...problemResponses(403, 404, 409, 413, 415, 422) },
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
      response: { 200: AnonymisedCaseSchema, ...problemResponses(403, 404, 409, 413, 415, 422) },
    },
    handler: async (request) => cases.preview(principalOf(request), request.params.roundId, request.body),
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
