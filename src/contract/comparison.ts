/** The genaudit's comparison with its baseline round: GET …/comparison and the report's chapter. */
import { z } from 'zod';
import { VERDICTS } from '../domain/comparison.js';

export const VerdictSchema = z.enum(VERDICTS).meta({
  id: 'Verdict',
  description:
    'improved: difference > 0 and pValue < 0.05; worsened: difference < 0 and pValue < 0.05; no_clear_change: otherwise; not_comparable: a side has no case with a value for the item (figures null)',
});

export const SideSchema = z
  .object({
    casesRated: z.number().int().describe('Cases with n ≥ 1 for the item (as in the results)'),
    casesPositive: z.number().int().describe('Of those, cases whose cell median ≥ 2 (as in the results)'),
    mean: z.number().nullable().describe('Mean of the case scores; null when casesRated = 0'),
  })
  .meta({ id: 'ComparisonSide', description: 'One round’s figures for the item, over its case scores' });

export const ComparedItemSchema = z
  .object({
    itemId: z.string().describe('The genaudit’s item'),
    baselineItemId: z.string().describe('The baseline round’s item it was copied from'),
    number: z.number().int().describe('The item’s number in the genaudit’s form'),
    text: z.string(),
    baseline: SideSchema,
    followUp: SideSchema,
    difference: z.number().nullable().describe('followUp.mean − baseline.mean'),
    cliffsDelta: z
      .number()
      .nullable()
      .describe(
        '(#pairs f > b − #pairs f < b) / (n_f · n_b) over all (follow-up case, baseline case) pairs of case scores; −1 … 1',
      ),
    pValue: z
      .number()
      .nullable()
      .describe(
        'Two-sided exact permutation test of the difference in means: pool the case scores of both rounds, take every split into groups of the two sizes, count the splits whose |difference| ≥ the observed |difference| − 1e-9, and divide by the number of splits. The splits are counted, not enumerated: case scores are multiples of 0.5, and with the group sizes fixed the difference is a linear function of the follow-up group’s sum, so a dynamic programme counts the splits per sum. Up to 1,000,000 splits (and up to 2^53) the counts are exact integers and p is exact. Beyond that (e.g. 60 + 60 cases, about 9.7 · 10^34 splits) the same counts are kept in IEEE double precision: each carries a relative rounding error below about 1e-13, so p equals the exact value to about twelve significant digits. No sampling is involved: the same data always give the same p.',
      ),
    verdict: VerdictSchema,
  })
  .meta({ id: 'ComparedItem' });

export const ComparisonSchema = z
  .object({
    baselineRoundId: z.string(),
    items: z.array(ComparedItemSchema).describe('The genaudit’s items that have a baseline item, in form order'),
    initiatives: z
      .array(
        z
          .object({
            initiativeId: z.string(),
            number: z.number().int(),
            title: z.string(),
            itemNumbers: z
              .array(z.number().int())
              .describe('Items linked to the focus points of the initiative’s chosen recommendations'),
            verdicts: z.array(VerdictSchema).describe('The verdict of each item in itemNumbers, in the same order'),
          })
          .meta({ id: 'ComparisonInitiative' }),
      )
      .describe(
        'The baseline round’s udviklingsplan: one entry per initiative (indsatsområde), in plan order, numbered as in the plan. itemNumbers are the genaudit’s compared items (by number, ascending, each once) that are linked to the focus points of the initiative’s chosen recommendations; items removed from the genaudit’s form are not listed. Empty when the baseline has no initiatives.',
      ),
  })
  .meta({
    id: 'Comparison',
    description:
      'A genaudit compared item by item with its baseline round. Per case one case score: that case’s cell median for the item; cases with n = 0 for the item are left out. Both sides need at least one case, else mean (of the empty side), difference, cliffsDelta and pValue are null and the verdict is not_comparable. Items added to the genaudit’s form have no baseline item and are not listed; items removed from it are not compared. With few cases a real change can easily fail to reach p < 0.05: with three cases on each side even the largest possible change gives p = 0.1, so no_clear_change means “not shown”, not “no change”.',
  });
export type Comparison = z.infer<typeof ComparisonSchema>;
export type ComparedItem = z.infer<typeof ComparedItemSchema>;
export type InitiativeVerdicts = Comparison['initiatives'][number];

/** The report model's comparison part (GET …/report), present only for a genaudit. */
export const ReportComparisonSchema = z
  .object({
    baselineTitle: z.string(),
    baselineYear: z.string().describe('Year (Europe/Copenhagen) the baseline’s afrapportering was published'),
    items: z.array(ComparedItemSchema.omit({ itemId: true, baselineItemId: true })),
    newItemNumbers: z.array(z.number().int()).describe('Items added in the genaudit: no baseline to compare with'),
  })
  .meta({
    id: 'ReportComparison',
    description:
      'A genaudit’s comparison with its baseline, as the afrapportering’s chapter after [3] Resultater shows it',
  });
export type ReportComparison = z.infer<typeof ReportComparisonSchema>;
