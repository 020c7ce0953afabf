import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { TimeSchema, boundedText, optionalText } from './common.js';

const SelectionInputSchema = z
  .object({
    developmentPotential: optionalText(2000).describe('Udviklingspotentiale'),
    complexity: optionalText(2000).describe('Kompleksitet'),
    recent: optionalText(2000).describe('Relativt ny sag'),
  })
  .describe('How the case meets the selection criteria');

export const CaseInputSchema = z
  .object({
    code: boundedText(50).describe('e.g. "Sag 3"'),
    area: boundedText(200).describe('Hovedområde, e.g. Socialpsykiatri'),
    summary: optionalText(5000),
    selection: SelectionInputSchema.optional(),
    documents: z
      .array(z.object({ title: boundedText(300), text: boundedText(LIMITS.documentCharsPerCase) }))
      .min(1)
      .max(LIMITS.documentsPerCase)
      .refine(
        (documents) => documents.reduce((sum, doc) => sum + doc.text.length, 0) <= LIMITS.documentCharsPerCase,
        `Dokumenternes tekster må tilsammen højst have ${LIMITS.documentCharsPerCase} tegn`,
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
    selection: z.object({
      developmentPotential: z.string().nullable(),
      complexity: z.string().nullable(),
      recent: z.string().nullable(),
    }),
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
