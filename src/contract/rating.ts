import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { IdSchema, RatingValueSchema, TimeSchema, boundedText } from './common.js';

export const RatingInputSchema = z
  .object({
    value: RatingValueSchema,
    justification: boundedText(LIMITS.justificationChars).describe(
      `Begrundelse: "Begrund din vurdering" (trimmed, 1–${LIMITS.justificationChars} characters)`,
    ),
  })
  .meta({
    id: 'RatingPut',
    description: 'One rating of one case on one item',
    examples: [{ value: 'some', justification: 'Formålet er beskrevet, men uden succeskriterier.' }],
  });
export type RatingInput = z.infer<typeof RatingInputSchema>;

export const RatingSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    itemId: z.string(),
    memberId: z
      .string()
      .nullable()
      .describe(
        'The rater. null when a panelist reads another panelist’s rating (from discussion on): raters are anonymous to each other, as in the discussion view and the report',
      ),
    rater: z
      .string()
      .optional()
      .describe('"Paneldeltager N" by the order panelists joined: the label of the discussion view and the report'),
    value: RatingValueSchema,
    valueLabel: z.string().describe('The value in Danish, as the svarskala words it'),
    justification: z.string(),
    createdAt: TimeSchema,
    updatedAt: TimeSchema,
  })
  .meta({
    id: 'Rating',
    description: 'One panelist’s rating of one case on one item',
    examples: [
      {
        id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
        caseId: '9e1f3b7a-2c4d-4f6e-8a0b-1c2d3e4f5a6b',
        itemId: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
        memberId: '5d2c9a4e-8f0b-4e7e-a1c3-6b9d2f4e7a10',
        rater: 'Paneldeltager 2',
        value: 'some',
        valueLabel: 'I nogen grad',
        justification: 'Formålet er beskrevet, men uden succeskriterier.',
        createdAt: '2026-11-25T13:02:11.000Z',
        updatedAt: '2026-11-25T13:02:11.000Z',
      },
    ],
  });
export type Rating = z.infer<typeof RatingSchema>;

export const RatingQuerySchema = z.object({
  caseId: IdSchema.optional().describe('Only ratings of this case'),
  itemId: IdSchema.optional().describe('Only ratings of this item'),
  memberId: IdSchema.optional().describe('Only ratings by this member'),
});
export type RatingFilter = z.infer<typeof RatingQuerySchema>;

export const ProgressSchema = z
  .object({
    expected: z.number().int().describe('cases × items × panelists'),
    received: z.number().int(),
    members: z.array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        expected: z.number().int().describe('cases × items'),
        received: z.number().int(),
        developmentAnswered: z.boolean().describe('Whether the panelist has answered the development question'),
      }),
    ),
  })
  .meta({ id: 'Progress', description: 'Ratings received per panelist; counts only, never values' });
export type Progress = z.infer<typeof ProgressSchema>;
