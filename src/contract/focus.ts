import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { IdSchema, TimeSchema, boundedText } from './common.js';

const RECOMMENDATION_EXAMPLE = {
  id: '4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f',
  focusPointId: '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b',
  position: 1,
  number: 3,
  text: 'Det anbefales, at indsatsmål formuleres med succeskriterier.',
  etag: '"r-1f3a9c"',
  createdAt: '2026-11-27T10:05:00.000Z',
  updatedAt: '2026-11-27T10:05:00.000Z',
};

export const RecommendationSchema = z
  .object({
    id: z.string(),
    focusPointId: z.string(),
    position: z.number().int().describe('1-based position within its focus point'),
    number: z
      .number()
      .int()
      .describe('1..N across all focus points in their order; computed on every read, never stored'),
    text: z.string().describe('"Det anbefales, at …"'),
    etag: z.string().describe('The same value as the ETag header of GET; send it as If-Match to change it'),
    createdAt: TimeSchema,
    updatedAt: TimeSchema,
  })
  .meta({
    id: 'Recommendation',
    description: 'Anbefaling',
    examples: [RECOMMENDATION_EXAMPLE],
  });
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const FocusPointSchema = z
  .object({
    id: z.string(),
    position: z.number().int().describe('1-based position among the round’s focus points'),
    title: z.string(),
    discussion: z.string().describe('Drøftelse: summary of the panel’s discussion'),
    itemIds: z.array(z.string()).describe('Form items the focus point concerns, in form order'),
    itemNumbers: z.array(z.number().int()).describe('Their numbers in the vurderingsskema'),
    recommendations: z.array(RecommendationSchema),
    etag: z.string().describe('The same value as the ETag header of GET; send it as If-Match to change it'),
    createdAt: TimeSchema,
    updatedAt: TimeSchema,
  })
  .meta({
    id: 'FocusPoint',
    description: 'Fokuspunkt with its numbered anbefalinger',
    examples: [
      {
        id: '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b',
        position: 2,
        title: 'Formulering af indsatsmål',
        discussion: 'Panelet drøftede, hvordan indsatsmål kan gøres målbare.',
        itemIds: ['8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a'],
        itemNumbers: [2],
        recommendations: [RECOMMENDATION_EXAMPLE],
        etag: '"f-8b2e41"',
        createdAt: '2026-11-27T10:00:00.000Z',
        updatedAt: '2026-11-27T10:00:00.000Z',
      },
    ],
  });
export type FocusPoint = z.infer<typeof FocusPointSchema>;

/** If-Match is checked by the service (428 when missing), so the schema only documents it. */
export const IfMatchHeadersSchema = z.looseObject({
  'if-match': z.string().optional().describe('The ETag from GET; required (428 without it, 412 when stale)'),
});

export const ETAG_NOTE =
  'The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.';

const focusFields = {
  title: boundedText(300).describe('e.g. "Formulering af indsatsmål"'),
  discussion: boundedText(LIMITS.focusPointDiscussionChars).describe('Drøftelse'),
  itemIds: z.array(IdSchema).max(200).describe('Ids of the form items it concerns; unknown ids → 422'),
  position: z.number().int().min(1).describe('1-based; others shift; past the end → last'),
};

export const FocusPointInputSchema = z
  .object({ ...focusFields, itemIds: focusFields.itemIds.optional(), position: focusFields.position.optional() })
  .meta({
    id: 'FocusPointCreate',
    description: 'A new focus point; without position it goes last',
    examples: [
      {
        title: 'Formulering af indsatsmål',
        discussion: 'Panelet drøftede, hvordan indsatsmål kan gøres målbare.',
        itemIds: ['8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a'],
      },
    ],
  });
export type FocusPointInput = z.infer<typeof FocusPointInputSchema>;

export const FocusPointPatchSchema = z
  .object(focusFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any of the focus point fields; itemIds replaces the links');
export type FocusPointPatch = z.infer<typeof FocusPointPatchSchema>;

const recommendationText = boundedText(LIMITS.recommendationChars).describe('"Det anbefales, at …"');
const recommendationPosition = z
  .number()
  .int()
  .min(1)
  .describe('1-based within the focus point; others shift; past the end → last');

export const RecommendationInputSchema = z
  .object({ text: recommendationText, position: recommendationPosition.optional() })
  .meta({
    id: 'RecommendationCreate',
    description: 'A new recommendation; without position it goes last in its focus point',
    examples: [{ text: 'Det anbefales, at indsatsmål formuleres med succeskriterier.' }],
  });
export type RecommendationInput = z.infer<typeof RecommendationInputSchema>;

export const RecommendationPatchSchema = z
  .object({
    text: recommendationText.optional(),
    focusPointId: IdSchema.optional().describe('Move it to another focus point of the round (unknown → 422)'),
    position: recommendationPosition.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any of text, focusPointId, position; a move without position puts it last');
export type RecommendationPatch = z.infer<typeof RecommendationPatchSchema>;

export const SuggestedItemSchema = z.object({
  itemId: z.string(),
  number: z.number().int(),
  text: z.string(),
  n: z.number().int(),
  median: z.number().nullable(),
  positiveShare: z.number().nullable(),
  casesRated: z.number().int(),
  casesPositive: z.number().int(),
  disagreementCases: z.number().int(),
  lowPositiveShare: z.boolean().describe('positiveShare < 0.5'),
});
export type SuggestedItem = z.infer<typeof SuggestedItemSchema>;

export const FocusPointSuggestionSchema = z
  .object({
    themeKey: z.string(),
    themeTitle: z.string(),
    proposedTitle: z.string().describe('A Danish title to start from'),
    itemIds: z.array(z.string()),
    itemNumbers: z.array(z.number().int()),
    reasons: z.array(z.string()).describe('One Danish sentence per item with the figures behind it'),
    items: z.array(SuggestedItemSchema),
  })
  .meta({ id: 'FocusPointSuggestion', description: 'A candidate focus point computed from the results' });
export type FocusPointSuggestion = z.infer<typeof FocusPointSuggestionSchema>;
