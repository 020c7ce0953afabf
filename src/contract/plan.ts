/** The udviklingsplan: initiatives (indsatsområder), their steps, a step's history and the whole plan. */
import { z } from 'zod';
import { IMPLEMENTATION_PHASES } from '../domain/implementation-phases.js';
import { STEP_KINDS, STEP_STATES } from '../domain/plan.js';
import { LIMITS } from '../domain/limits.js';
import { IdSchema, boundedText } from './common.js';

export const ImplementationPhaseSchema = z.enum(IMPLEMENTATION_PHASES).meta({
  id: 'ImplementationPhase',
  description: 'decide (Beslutte), plan (Planlægge), execute (Gennemføre), embed (Forankre)',
});
export const StepKindSchema = z
  .enum(STEP_KINDS)
  .meta({ id: 'StepKind', description: 'activity (Aktivitet), subgoal (Delmål), goal (Implementeringsmål)' });
export const StepStateSchema = z
  .enum(STEP_STATES)
  .meta({ id: 'StepState', description: 'planned, in_progress, done or postponed' });

/** Free text that may be empty (a status not yet written); trimmed. */
const optionalBlank = (max: number) => z.string().trim().max(max);
const position = (what: string) =>
  z.number().int().min(1).describe(`1-based within ${what}; others shift; past the end → last`);
const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');

const initiativeFields = {
  title: boundedText(300).describe('e.g. "Indhold, form og ejerskab"'),
  status: optionalBlank(20_000).describe('Status: the current situation the initiative starts from'),
  note: optionalBlank(20_000).describe('Note'),
  phase: ImplementationPhaseSchema.describe('Implementation phase; default decide'),
  recommendationIds: z
    .array(IdSchema)
    .max(200)
    .describe(
      'Chosen recommendations: ids of this round’s recommendations (another round’s or unknown → 422); replaces the list',
    ),
  guidance: z
    .array(boundedText(2000))
    .max(30)
    .describe('Guidance bullets (at most 30 of 2,000 characters), e.g. which national guidelines to read'),
  position: position('the plan'),
};

export const InitiativeInputSchema = z
  .object({
    title: initiativeFields.title,
    status: initiativeFields.status.optional(),
    note: initiativeFields.note.optional(),
    phase: initiativeFields.phase.optional(),
    recommendationIds: initiativeFields.recommendationIds.optional(),
    guidance: initiativeFields.guidance.optional(),
    position: initiativeFields.position.optional(),
  })
  .describe(
    `A new indsatsområde; without position it goes last. A plan holds at most ${LIMITS.initiativesPerPlan} (422 \`limit-exceeded\` above).`,
  );
export type InitiativeInput = z.infer<typeof InitiativeInputSchema>;

export const InitiativePatchSchema = z
  .object(initiativeFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any initiative field; recommendationIds and guidance replace the lists');
export type InitiativePatch = z.infer<typeof InitiativePatchSchema>;

const stepFields = {
  kind: StepKindSchema,
  text: boundedText(2000).describe('What is done or reached, e.g. "Drøftelse af kategorierne i behandlingsplan"'),
  start: isoDate.nullable().describe('Optional first day; must not be after due (422)'),
  due: isoDate.describe('The date, or the last day of a period'),
  responsible: boundedText(1000).describe('Ansvarlig/udfører/deltagere'),
  statusText: optionalBlank(5000).describe('Status as followed up, e.g. "Afholdt"'),
  state: StepStateSchema.describe('Default planned'),
  position: position('its initiative'),
};

export const StepInputSchema = z
  .object({
    kind: stepFields.kind,
    text: stepFields.text,
    start: stepFields.start.optional(),
    due: stepFields.due,
    responsible: stepFields.responsible,
    statusText: stepFields.statusText.optional(),
    state: stepFields.state.optional(),
    position: stepFields.position.optional(),
  })
  .describe(
    `A new step; without position it goes last in its initiative. An initiative holds at most ${LIMITS.stepsPerInitiative} (422 \`limit-exceeded\` above).`,
  );
export type StepInput = z.infer<typeof StepInputSchema>;

export const StepPatchSchema = z
  .object({
    ...stepFields,
    initiativeId: IdSchema.describe(
      'Move it to another initiative of the plan (unknown → 422); without position it goes last',
    ),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any step field; start and due are checked together with the stored values (start after due → 422)');
export type StepPatch = z.infer<typeof StepPatchSchema>;

const ETAG = z.string().describe('The same value as the ETag header of GET; send it as If-Match to change it');

export const StepSchema = z
  .object({
    id: z.string(),
    initiativeId: z.string(),
    position: z.number().int().describe('1-based position within its initiative'),
    kind: StepKindSchema,
    label: z.string().describe('"Aktivitet 3": each kind numbered 1..N across the whole plan in plan order'),
    text: z.string(),
    start: z.string().nullable(),
    due: z.string(),
    responsible: z.string(),
    statusText: z.string(),
    state: StepStateSchema,
    stateLabel: z.string().describe('The state in Danish'),
    overdue: z.boolean().describe('due is before today in Europe/Copenhagen and state is not done'),
    etag: ETAG,
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanStep', description: 'Aktivitet, delmål or implementeringsmål' });
export type Step = z.infer<typeof StepSchema>;

export const InitiativeSchema = z
  .object({
    id: z.string(),
    number: z.number().int().describe('1..N in plan order ("Indsatsområde 1")'),
    title: z.string(),
    status: z.string(),
    note: z.string(),
    phase: ImplementationPhaseSchema,
    phaseLabel: z.string().describe('The phase in Danish'),
    checklist: z.array(z.string()).describe('The questions to ask in this implementation phase'),
    recommendations: z
      .array(z.object({ id: z.string(), number: z.number().int(), text: z.string() }))
      .describe('The chosen recommendations, by number'),
    guidance: z.array(z.string()),
    steps: z.array(StepSchema).describe('In position order'),
    etag: ETAG,
    updatedAt: z.string(),
  })
  .meta({ id: 'Initiative', description: 'Indsatsområde' });
export type Initiative = z.infer<typeof InitiativeSchema>;

export const PlanSchema = z
  .object({
    roundId: z.string(),
    initiatives: z.array(InitiativeSchema),
    coverage: z
      .object({
        chosen: z.array(z.number().int()).describe('Recommendation numbers some initiative has chosen, ascending'),
        notChosen: z.array(z.number().int()).describe('Recommendation numbers no initiative has chosen, ascending'),
      })
      .describe('How the plan covers the round’s recommendations'),
    updatedAt: z.string().describe('The plan’s last change (or its creation)'),
  })
  .meta({ id: 'Plan', description: 'Udviklingsplan' });
export type Plan = z.infer<typeof PlanSchema>;

export const StepHistorySchema = z
  .object({
    items: z.array(
      z.object({
        at: z.string(),
        by: z.object({
          id: z.string().describe('Member id, or the admin credential id'),
          role: z.string().describe('leader or admin (the roles that write the plan)'),
          name: z.string().describe('The member’s name; "Administrator" for the admin'),
        }),
        state: StepStateSchema,
        statusText: z.string(),
      }),
    ),
  })
  .meta({
    id: 'StepHistory',
    description: 'Oldest first: the step as created, then every change of state or statusText',
  });
export type StepHistory = z.infer<typeof StepHistorySchema>;
export type StepHistoryEntry = StepHistory['items'][number];
