import { z } from 'zod';
import { ReportComparisonSchema } from './comparison.js';
import { CompletenessSchema, PhaseSchema, RoleSchema, TimeSchema } from './common.js';
import { FormSchema } from './form.js';
import { DevelopmentGroupSchema, ItemResultSchema } from './results.js';

const nullableText = z.string().nullable();

/** Everything the afrapportering shows, assembled from the database; the PDF renders only this. */
export const ReportSchema = z
  .object({
    draft: z.boolean().describe('true before the round is reported'),
    generatedAt: TimeSchema,
    round: z.object({
      id: z.string(),
      title: z.string(),
      organisation: z.string(),
      purpose: z.string(),
      scope: nullableText,
      background: nullableText,
      foreword: nullableText,
      phase: PhaseSchema,
    }),
    phases: z
      .array(z.object({ phase: PhaseSchema, label: z.string(), reachedAt: nullableText }))
      .describe('Every phase in order with the time it was reached; null if not yet'),
    cases: z.array(
      z.object({
        code: z.string(),
        area: z.string(),
        summary: nullableText,
        selection: z.object({ developmentPotential: nullableText, complexity: nullableText, recent: nullableText }),
      }),
    ),
    panel: z.array(z.object({ name: z.string(), affiliation: z.string(), role: RoleSchema, roleLabel: z.string() })),
    form: FormSchema,
    results: z.object({
      completeness: CompletenessSchema,
      items: z.array(z.object({ ...ItemResultSchema.shape, text: z.string(), themeTitle: z.string() })),
      medianTable: z
        .object({
          caseCodes: z.array(z.string()),
          rows: z.array(z.object({ itemNumber: z.number().int(), medians: z.array(z.number().nullable()) })),
        })
        .describe('Case × item cell medians: rows follow the form, columns follow caseCodes'),
      overall: z.object({ n: z.number().int(), na: z.number().int(), alpha: z.number().nullable() }),
    }),
    focusPoints: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        title: z.string(),
        discussion: z.string(),
        itemNumbers: z.array(z.number().int()),
        recommendations: z.array(z.object({ id: z.string(), number: z.number().int(), text: z.string() })),
      }),
    ),
    developmentAnswers: z
      .array(DevelopmentGroupSchema)
      .describe('The development question’s answers grouped by area, without names'),
    comparison: ReportComparisonSchema.optional().describe(
      'Present only for a genaudit: its comparison with the baseline round, the chapter after [3] Resultater',
    ),
  })
  .meta({ id: 'Report', description: 'The afrapportering as data: what the PDF shows' });
export type ReportModel = z.infer<typeof ReportSchema>;
