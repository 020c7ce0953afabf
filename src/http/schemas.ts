import { z } from 'zod';
import { PHASES } from '../domain/phases.js';
import { ROLES } from '../domain/roles.js';
import { RATING_VALUES } from '../domain/scale.js';

export const IdSchema = z.string().min(1).max(100);
export const RoundParamsSchema = z.object({ roundId: IdSchema });

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PhaseSchema = z.enum(PHASES).meta({ id: 'Phase' });
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });
export const RatingValueSchema = z.enum(RATING_VALUES).meta({ id: 'RatingValue' });

export const CountsSchema = z
  .object({
    high: z.number().int(),
    some: z.number().int(),
    low: z.number().int(),
    none: z.number().int(),
    na: z.number().int(),
  })
  .meta({ id: 'Counts', description: 'Ratings per value of the svarskala' });

export const RoundInputSchema = z
  .object({
    title: text(300),
    organisation: text(300),
    purpose: text(5000),
    scope: optionalText(20000).describe('Afgrænsning'),
    background: optionalText(50000).describe('Baggrund'),
    foreword: optionalText(20000).describe('Forord'),
  })
  .describe('Round texts');

export const RoundCreateSchema = RoundInputSchema.extend({
  baselineRoundId: IdSchema.nullable()
    .optional()
    .describe(
      'Start a genaudit of this round: it must be reported (else 409); an id that names no round is 422 (the admin sees every round, so there is no invisible one). The new round starts with a copy of its form (themes, items with their numbers and texts, development question); every copied item carries baselineItemId. At most 100 characters.',
    ),
}).describe('Round texts, and for a genaudit the baseline round');

export const RoundPatchSchema = RoundInputSchema.partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any of the round texts');

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
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof RoundSchema>;

export const TransitionSchema = z
  .object({
    to: PhaseSchema,
    force: z.boolean().optional().describe('Move to discussion although ratings are missing'),
  })
  .describe('The phase to move to');

export const MemberInputSchema = z
  .object({ name: text(200), affiliation: text(300), role: RoleSchema })
  .describe('A new panel member');

export const MemberSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    affiliation: z.string(),
    role: RoleSchema,
    roleLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof MemberSchema>;

export const ItemsOf = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });

export { text as boundedText, optionalText };
