import { z } from 'zod';
import { IdSchema, PhaseSchema, TimeSchema, boundedText, optionalText } from './common.js';

/** The round's texts: what POST /rounds takes and PATCH changes. */
const RoundTextsSchema = z.object({
  title: boundedText(300),
  organisation: boundedText(300),
  purpose: boundedText(5000),
  scope: optionalText(20000).describe('Afgrænsning'),
  background: optionalText(50000).describe('Baggrund'),
  foreword: optionalText(20000).describe('Forord'),
});
export type RoundTexts = z.infer<typeof RoundTextsSchema>;

export const RoundInputSchema = RoundTextsSchema.extend({
  baselineRoundId: IdSchema.nullable()
    .optional()
    .describe(
      'Start a genaudit of this round: it must be reported (else 409); an id that names no round is 422 (the admin sees every round, so there is no invisible one). The new round starts with a copy of its form (themes, items with their numbers and texts, development question); every copied item carries baselineItemId. At most 100 characters.',
    ),
}).meta({
  id: 'RoundCreate',
  description:
    'The texts of a new round, and for a genaudit its baseline round; each text is trimmed, and an empty optional text is stored as given',
  examples: [
    {
      title: 'Bedre handleplaner',
      organisation: 'Fjordby Kommune',
      purpose: 'At kvalificere handleplanerne som styringsredskab.',
      scope: 'Indholdet af handleplaner efter § 141.',
    },
  ],
});
export type RoundInput = z.infer<typeof RoundInputSchema>;

export const RoundPatchSchema = RoundTextsSchema.partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any of the round texts; null clears an optional one');

export const RoundSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    organisation: z.string(),
    purpose: z.string(),
    scope: z.string().nullable(),
    background: z.string().nullable(),
    foreword: z.string().nullable(),
    phase: PhaseSchema,
    phaseLabel: z.string().describe('The phase in Danish'),
    baselineRoundId: z
      .string()
      .nullable()
      .describe('For a genaudit: the reported round it is compared with (GET …/comparison); null otherwise'),
    createdAt: TimeSchema,
    updatedAt: TimeSchema,
  })
  .meta({
    id: 'Round',
    description: 'An auditforløb and the phase it is in',
    examples: [
      {
        id: '0b6f7c1e-3f4a-4a43-9d5e-2a1f0c9e8b71',
        title: 'Bedre handleplaner',
        organisation: 'Fjordby Kommune',
        purpose: 'At kvalificere handleplanerne som styringsredskab.',
        scope: 'Indholdet af handleplaner efter § 141.',
        background: null,
        foreword: null,
        phase: 'scoping',
        phaseLabel: 'Formøde med ledelsen: afgrænsning af problemstilling og formål',
        baselineRoundId: null,
        createdAt: '2026-11-24T09:15:00.000Z',
        updatedAt: '2026-11-24T09:15:00.000Z',
      },
    ],
  });
export type Round = z.infer<typeof RoundSchema>;

export const TransitionSchema = z
  .object({
    to: PhaseSchema,
    force: z.boolean().optional().describe('Move to discussion although ratings are missing'),
  })
  .meta({ id: 'Transition', description: 'The phase to move to', examples: [{ to: 'panel' }] });
