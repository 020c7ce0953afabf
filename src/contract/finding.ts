import { z } from 'zod';
import { MAX_FINDINGS } from '../domain/anonymisation.js';

export const FINDING_KINDS = [
  'cpr',
  'email',
  'phone',
  'address',
  'birth_date',
  'known_identifier',
  'person_name',
] as const;

export const FindingSchema = z
  .object({
    document: z
      .number()
      .int()
      .nullable()
      .describe("0-based index into documents; null for a field of the case itself or a text that is not a case's"),
    field: z
      .string()
      .describe(
        'title or text of the document; or code, area, summary, selection.developmentPotential, justification, …',
      ),
    kind: z.enum(FINDING_KINDS),
    certainty: z
      .enum(['certain', 'probable'])
      .describe('certain kinds always refuse; a probable person name passes when allowTerms holds the exact term'),
    confidence: z.number().min(0).max(1),
    start: z.number().int().describe('UTF-16 offset of the identifier in the field as sent'),
    end: z.number().int().describe('UTF-16 offset just past it'),
    excerpt: z
      .string()
      .describe(
        'About 30 characters either side, every identifier in it replaced by its placeholder ([Navn 1], [CPR-nr.], …)',
      ),
  })
  .meta({ id: 'Finding' });
export type FindingView = z.infer<typeof FindingSchema>;

/** The findings part of a 422 for personal data (and of the redaction preview). */
export const FindingsFields = {
  findings: z
    .array(FindingSchema)
    .describe(
      `Where personal identifiers were found, at most ${MAX_FINDINGS}; the identifier itself is never repeated`,
    ),
  findingsTotal: z.number().int().describe('How many findings there are in all'),
  truncated: z.boolean().describe(`true when there are more findings than the ${MAX_FINDINGS} listed`),
};
