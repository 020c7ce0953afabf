import { z } from 'zod';
import { CompletenessSchema, CountsSchema, RatingValueSchema } from './common.js';

const share = () => z.number().nullable();

const cellFigures = {
  caseId: z.string(),
  n: z.number().int().describe('Values given (na is no value)'),
  na: z.number().int(),
  counts: CountsSchema,
  median: share().describe(
    'Median of the values (high 3 … none 0; the mean of the two middle ones when n is even); null when n = 0',
  ),
  mean: share().describe('Arithmetic mean of the values; null when n = 0'),
  positiveShare: share().describe('(high + some) / n; null when n = 0'),
  disagreement: z.boolean().describe('n ≥ 3, positive (high, some) ≥ n/3 and negative (low, none) ≥ n/3'),
};

const itemFigures = {
  itemId: z.string(),
  number: z.number().int(),
  n: z.number().int(),
  na: z.number().int(),
  counts: CountsSchema,
  median: share(),
  mean: share(),
  positiveShare: share(),
  casesRated: z.number().int().describe('Cases with n ≥ 1 for the item'),
  casesPositive: z.number().int().describe('Cases whose cell median ≥ 2 ("i høj grad eller i nogen grad")'),
  disagreementCases: z.number().int().describe('Cells of the item flagged with disagreement'),
  alpha: share().describe(
    'Krippendorff’s alpha (ordinal metric), one unit per case with the panelists’ values of the item, na and absent ratings missing; null when undefined (no pairable values or no variation)',
  ),
};

export const CellResultSchema = z.object({ ...cellFigures, itemId: z.string() }).meta({ id: 'ResultCell' });
export type CellResult = z.infer<typeof CellResultSchema>;
export const ItemResultSchema = z.object(itemFigures).meta({ id: 'ResultItem' });
export type ItemResult = z.infer<typeof ItemResultSchema>;
export const ThemeResultSchema = z
  .object({
    key: z.string(),
    n: z.number().int(),
    na: z.number().int(),
    counts: CountsSchema,
    mean: share(),
    positiveShare: share(),
  })
  .meta({ id: 'ResultTheme' });
export type ThemeResult = z.infer<typeof ThemeResultSchema>;

const EXAMPLE_FIGURES = {
  counts: { high: 1, some: 1, low: 0, none: 0, na: 0 },
  median: 2.5,
  mean: 2.5,
  positiveShare: 1,
};

export const ResultsSchema = z
  .object({
    completeness: CompletenessSchema,
    cells: z.array(CellResultSchema).describe('Case × item, cases in case order, items in form order'),
    items: z.array(ItemResultSchema).describe('In form order'),
    themes: z.array(ThemeResultSchema).describe('In form order'),
    overall: z.object({
      n: z.number().int(),
      na: z.number().int(),
      alpha: share().describe('Krippendorff’s alpha (ordinal), one unit per (case, item)'),
    }),
  })
  .meta({
    id: 'Results',
    description:
      'The aggregation of the ratings, full precision (rounding is for display). Values: high 3, some 2, low 1, none 0; na is no value (counted in na, not in n). Positive = high or some, negative = low or none. Krippendorff’s alpha is checked against the published example of Krippendorff (2011): nominal 0.743, ordinal 0.815, interval 0.849.',
    examples: [
      {
        completeness: { expected: 2, received: 2 },
        cells: [
          {
            caseId: 'c1',
            itemId: 'i1',
            n: 2,
            na: 0,
            ...EXAMPLE_FIGURES,
            disagreement: false,
          },
        ],
        items: [
          {
            itemId: 'i1',
            number: 1,
            n: 2,
            na: 0,
            ...EXAMPLE_FIGURES,
            casesRated: 1,
            casesPositive: 1,
            disagreementCases: 0,
            alpha: null,
          },
        ],
        themes: [
          {
            key: 'formaal-og-maal',
            n: 2,
            na: 0,
            counts: { high: 1, some: 1, low: 0, none: 0, na: 0 },
            mean: 2.5,
            positiveShare: 1,
          },
        ],
        overall: { n: 2, na: 0, alpha: null },
      },
    ],
  });
export type Results = z.infer<typeof ResultsSchema>;

export const DiscussionJustificationSchema = z.object({
  rater: z.string().describe('Anonymous, stable per panelist, e.g. "Paneldeltager 3"; never a name'),
  value: RatingValueSchema,
  valueLabel: z.string(),
  justification: z.string(),
});
export type DiscussionJustification = z.infer<typeof DiscussionJustificationSchema>;

export const DiscussionCellSchema = z.object({
  ...cellFigures,
  caseCode: z.string(),
  justifications: z.array(DiscussionJustificationSchema),
});
export type DiscussionCell = z.infer<typeof DiscussionCellSchema>;

export const DiscussionItemSchema = z.object({
  ...itemFigures,
  text: z.string(),
  themeKey: z.string(),
  themeTitle: z.string(),
  cells: z.array(DiscussionCellSchema),
});
export type DiscussionItem = z.infer<typeof DiscussionItemSchema>;

export const DevelopmentGroupSchema = z.object({ area: z.string(), suggestions: z.array(z.string()) });

export const DiscussionSchema = z
  .object({
    completeness: CompletenessSchema,
    items: z.array(DiscussionItemSchema),
    development: z.object({
      question: z.string(),
      respondents: z.number().int(),
      areas: z.array(DevelopmentGroupSchema),
    }),
  })
  .meta({
    id: 'Discussion',
    description:
      'Items in meeting order (most cells with disagreement first, then lowest positive share, no values last); within an item the cells likewise (disagreement first, then lowest positive share). Development answers grouped by area (trimmed, case-insensitive); no names anywhere.',
  });
export type DiscussionView = z.infer<typeof DiscussionSchema>;
