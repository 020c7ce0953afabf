import { z } from 'zod';
import type { FormService } from '../../services/form-service.js';
import { problemResponses } from '../problem.js';
import { LIMITS } from '../../domain/limits.js';
import { RatingValueSchema, RoundParamsSchema, boundedText } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Form'];

const ScaleStepSchema = z.object({ key: RatingValueSchema, label: z.string(), value: z.number().nullable() });

const FormSchema = z
  .object({
    scale: z.array(ScaleStepSchema).describe('The svarskala; fixed'),
    themes: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        items: z.array(z.object({ id: z.string(), number: z.number().int(), text: z.string() })),
      }),
    ),
    developmentQuestion: z.string().describe('Item 10, answered once for all cases'),
  })
  .meta({ id: 'Form', description: 'The vurderingsskema' });

const FormInputSchema = z
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
  })
  .describe('The vurderingsskema to use; items without id are new');

export function formRoutes(app: ZodApp, form: FormService): void {
  app.get('/api/v1/rounds/:roundId/form', {
    schema: {
      tags,
      operationId: 'getForm',
      summary: 'The round’s vurderingsskema: scale, themes with numbered items, development question',
      params: RoundParamsSchema,
      response: { 200: FormSchema, ...problemResponses(404) },
    },
    handler: async (request) => form.get(principalOf(request), request.params.roundId),
  });

  app.put('/api/v1/rounds/:roundId/form', {
    schema: {
      tags,
      operationId: 'replaceForm',
      summary: 'Edit the vurderingsskema (leader): text, add, remove, reorder; frozen from rating on',
      params: RoundParamsSchema,
      body: FormInputSchema,
      response: { 200: FormSchema, ...problemResponses(403, 404, 409, 413, 415, 422) },
    },
    handler: async (request) => form.replace(principalOf(request), request.params.roundId, request.body),
  });
}
