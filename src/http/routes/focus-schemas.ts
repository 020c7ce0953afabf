import { z } from 'zod';

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
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Recommendation', description: 'Anbefaling' });

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
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'FocusPoint', description: 'Fokuspunkt with its numbered anbefalinger' });

/** If-Match is checked by the service (428 when missing), so the schema only documents it. */
export const IfMatchHeadersSchema = z.looseObject({
  'if-match': z.string().optional().describe('The ETag from GET; required (428 without it, 412 when stale)'),
});

export const ETAG_NOTE =
  'The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.';
