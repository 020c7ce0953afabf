/** A panelist's half-answered item (rating draft): kept on the server, seen by nobody else. */
import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { RatingValueSchema } from './common.js';

export const DraftInputSchema = z
  .object({
    value: RatingValueSchema.nullable().optional().describe('The answer chosen so far, if any'),
    justification: z
      .string()
      .max(LIMITS.justificationChars)
      .nullable()
      .optional()
      .describe(
        `The justification typed so far, if any (at most ${LIMITS.justificationChars} characters, as a rating's; kept as typed)`,
      ),
  })
  .describe('A half-answered item');
export type DraftInput = z.infer<typeof DraftInputSchema>;

export const DraftSchema = z
  .object({
    caseId: z.string(),
    itemId: z.string(),
    value: RatingValueSchema.nullable(),
    justification: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'RatingDraft',
    description:
      'A half-answered item of the caller’s own: kept on the server, never counted in progress or results, seen by nobody else. Saving the full rating of the same case and item deletes it.',
  });
export type Draft = z.infer<typeof DraftSchema>;
