import { z } from 'zod';
import { LIMITS } from '../domain/limits.js';
import { RatingValueSchema, boundedText } from './common.js';

export const ScaleStepSchema = z.object({
  key: RatingValueSchema,
  label: z.string(),
  value: z.number().nullable().describe('high 3, some 2, low 1, none 0; null for na'),
});

const ITEM_EXAMPLE = 'Vurder hvorvidt der er formuleret et formål med indsatsen, som er tydeligt?';
const QUESTION_EXAMPLE =
  'Nævn de tre områder, hvor du mener, at der er størst udviklingspotentiale i forhold til at forbedre handleplanen som et effektivt styringsredskab og kom med forslag til forbedringer.';

export const FormSchema = z
  .object({
    scale: z.array(ScaleStepSchema).describe('The svarskala; fixed'),
    themes: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        items: z.array(
          z.object({
            id: z.string(),
            number: z.number().int().describe('1..N across the whole form in theme order'),
            text: z.string(),
            baselineItemId: z
              .string()
              .nullable()
              .describe(
                'In a genaudit: the baseline round’s item this item was copied from, and is compared with. Null for an item added to the genaudit’s form, and in a round without a baseline. Set only by the copy; a PUT keeps it on items that keep their id (it is not part of the PUT body).',
              ),
          }),
        ),
      }),
    ),
    developmentQuestion: z
      .string()
      .describe('The development question (udviklingsspørgsmål), answered once for all cases after the items'),
    developmentQuestionNumber: z
      .number()
      .int()
      .describe(
        'The number the development question carries: the number of form items + 1 (10 with the nine items of the default form). Show this, never a fixed 10',
      ),
  })
  .meta({
    id: 'Form',
    description: 'The vurderingsskema',
    examples: [
      {
        scale: [
          { key: 'high', label: 'I høj grad', value: 3 },
          { key: 'some', label: 'I nogen grad', value: 2 },
          { key: 'low', label: 'I mindre grad', value: 1 },
          { key: 'none', label: 'Slet ikke', value: 0 },
          { key: 'na', label: 'Stillingtagen ikke mulig pga. manglende dokumentation/ikke relevant', value: null },
        ],
        themes: [
          {
            key: 'formaal-og-maal',
            title: 'Formål og mål for indsats',
            items: [
              { id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f', number: 1, text: ITEM_EXAMPLE, baselineItemId: null },
            ],
          },
        ],
        developmentQuestion: QUESTION_EXAMPLE,
        developmentQuestionNumber: 2,
      },
    ],
  });
export type Form = z.infer<typeof FormSchema>;

export const FormInputSchema = z
  .object({
    scale: z.array(ScaleStepSchema).optional().describe('Accepted for symmetry with GET; the svarskala is fixed'),
    themes: z
      .array(
        z.object({
          key: z
            .string()
            .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'Use lower-case letters, digits and dashes')
            .describe('Stable key, e.g. borgerinddragelse'),
          title: boundedText(300),
          items: z
            .array(
              z.object({
                id: z.string().max(100).optional().describe('Keep an existing item; leave out for a new one'),
                text: boundedText(2000),
              }),
            )
            .max(LIMITS.itemsPerForm),
        }),
      )
      .min(1)
      .max(LIMITS.themesPerForm)
      .describe(
        `At most ${LIMITS.themesPerForm} themes and ${LIMITS.itemsPerForm} items in all; cases × items × panelists at most ${LIMITS.ratingsPerRound} (422 above)`,
      ),
    developmentQuestion: boundedText(2000),
    developmentQuestionNumber: z
      .number()
      .int()
      .optional()
      .describe('Accepted for symmetry with GET and ignored: the number follows from the items'),
  })
  .meta({
    id: 'FormReplace',
    description:
      'The vurderingsskema to use; items without id are new, items left out are removed, and items are numbered 1..N in the order given',
    examples: [
      {
        themes: [
          {
            key: 'formaal-og-maal',
            title: 'Formål og mål for indsats',
            items: [
              { id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f', text: ITEM_EXAMPLE },
              { text: 'Vurder om indsatsens varighed er klart angivet?' },
            ],
          },
        ],
        developmentQuestion: QUESTION_EXAMPLE,
      },
    ],
  });
export type FormInput = z.infer<typeof FormInputSchema>;
