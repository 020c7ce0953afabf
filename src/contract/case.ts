import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { TimeSchema, boundedText, optionalText } from './common.js';
import { FindingsFields } from './finding.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

const SelectionInputSchema = z
  .object({
    developmentPotential: optionalText(2000).describe('Udviklingspotentiale'),
    complexity: optionalText(2000).describe('Kompleksitet'),
    recent: optionalText(2000).describe('Relativt ny sag'),
  })
  .describe('How the case meets the selection criteria');

const SelectionSchema = z.object({
  developmentPotential: z.string().nullable(),
  complexity: z.string().nullable(),
  recent: z.string().nullable(),
});

const TextDocumentSchema = z
  .object({ title: boundedText(300), text: boundedText(LIMITS.documentCharsPerCase) })
  .describe('A document as text');

const FileSchema = z.object({
  name: boundedText(255).describe('The file name, for the person sending it; not stored'),
  contentType: z.enum([DOCX_TYPE, PDF_TYPE]),
  data: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Use standard base64 without line breaks')
    .describe(
      'The file, base64. The whole request must fit the body limit (1 MB unless BODY_LIMIT says otherwise), so a file of about 750 kB at most',
    ),
});
export type FileInput = z.infer<typeof FileSchema>;

const FileDocumentSchema = z
  .object({ title: boundedText(300), file: FileSchema })
  .describe(
    `A document as a DOCX or PDF file: its text (at most ${LIMITS.documentCharsPerCase} characters) is extracted and treated like a typed text; the file itself is never stored`,
  );
export type DocumentInput = z.infer<typeof TextDocumentSchema> | z.infer<typeof FileDocumentSchema>;

export const CaseInputSchema = z
  .object({
    code: boundedText(50).describe('e.g. "Sag 3"'),
    area: boundedText(200).describe('Hovedområde, e.g. Socialpsykiatri'),
    summary: optionalText(5000),
    selection: SelectionInputSchema.optional(),
    documents: z
      .array(z.union([TextDocumentSchema, FileDocumentSchema]))
      .min(1)
      .max(LIMITS.documentsPerCase)
      .refine(
        (documents) =>
          documents.reduce((sum, doc) => sum + ('text' in doc ? doc.text.length : 0), 0) <= LIMITS.documentCharsPerCase,
        `Dokumenternes tekster må tilsammen højst have ${LIMITS.documentCharsPerCase} tegn`,
      )
      .describe(
        `At most ${LIMITS.documentsPerCase} documents, whose texts (typed or extracted from a file) together hold at most ${LIMITS.documentCharsPerCase} characters; typed texts over it answer 400, extracted ones 422 \`limit-exceeded\``,
      ),
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
  .meta({
    id: 'CaseCreate',
    description: 'A new anonymised case',
    examples: [
      {
        code: 'Sag 1',
        area: 'Socialpsykiatri',
        selection: {
          developmentPotential: 'Konkrete muligheder for at styrke borgerens hverdag',
          complexity: 'Flere samtidige indsatser',
          recent: 'Bevilget 15.02.2026',
        },
        documents: [{ title: 'Handleplan', text: 'Formål: at borgeren får en struktureret hverdag. Indsatsmål: …' }],
        knownIdentifiers: ['Vestergade'],
        allowTerms: ['Psykiatrisk Center'],
      },
    ],
  });
export type CaseInput = z.infer<typeof CaseInputSchema>;

export const CaseSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    area: z.string(),
    summary: z.string().nullable(),
    selection: SelectionSchema,
    documents: z.array(z.object({ id: z.string(), position: z.number().int(), title: z.string(), text: z.string() })),
    createdAt: TimeSchema,
  })
  .meta({
    id: 'Case',
    description: 'An anonymised case with its documents in order',
    examples: [
      {
        id: '9e1f3b7a-2c4d-4f6e-8a0b-1c2d3e4f5a6b',
        code: 'Sag 1',
        area: 'Socialpsykiatri',
        summary: null,
        selection: {
          developmentPotential: 'Konkrete muligheder for at styrke borgerens hverdag',
          complexity: 'Flere samtidige indsatser',
          recent: 'Bevilget 15.02.2026',
        },
        documents: [
          {
            id: '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d',
            position: 1,
            title: 'Handleplan',
            text: 'Formål: at borgeren får en struktureret hverdag. Indsatsmål: …',
          },
        ],
        createdAt: '2026-11-24T09:30:00.000Z',
      },
    ],
  });
export type Case = z.infer<typeof CaseSchema>;
export type CaseSummary = Omit<Case, 'documents'>;

export const AnonymisedCaseSchema = z
  .object({
    case: z.object({
      code: z.string(),
      area: z.string(),
      summary: z.string().nullable(),
      selection: SelectionSchema,
      documents: z.array(z.object({ title: z.string(), text: z.string() })),
    }),
    ...FindingsFields,
  })
  .meta({
    id: 'AnonymisedCase',
    description: "A case's texts with every finding replaced by its placeholder, and the findings",
  });
export type AnonymisedCase = z.infer<typeof AnonymisedCaseSchema>;
