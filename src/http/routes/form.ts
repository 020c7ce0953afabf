import type { FormService } from '../../services/form-service.js';
import { problemResponses } from '../problem.js';
import { RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { FormInputSchema, FormSchema } from '../../contract/form.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Form'];

export function formRoutes(app: ZodApp, form: FormService): void {
  app.get('/api/v1/rounds/:roundId/form', {
    schema: {
      tags,
      operationId: 'getForm',
      summary: 'The round’s vurderingsskema: scale, themes with numbered items, development question',
      description:
        'Readable by every member. Items are numbered 1..N across the themes in order; the development question follows them and carries `developmentQuestionNumber` (N + 1, 10 with the default form), the number every client should show.',
      params: RoundParamsSchema,
      response: { 200: json('The vurderingsskema', FormSchema), ...problemResponses(404) },
    },
    handler: async (request) => form.get(principalOf(request), request.params.roundId),
  });

  app.put('/api/v1/rounds/:roundId/form', {
    schema: {
      tags,
      operationId: 'replaceForm',
      summary: 'Edit the vurderingsskema (leader): text, add, remove, reorder; frozen from rating on',
      params: RoundParamsSchema,
      description:
        'Replaces the whole form: items with an `id` keep it (and the ratings that will refer to it), items without are new, items left out are removed. Items are renumbered 1..N in the order given, and the development question after them. Allowed in scoping, panel and calibration; from `rating` on the form is frozen (409). An unknown item id or a repeated theme key is refused with 422.',
      body: FormInputSchema,
      response: {
        200: json('The form as stored, with its numbers', FormSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request) => form.replace(principalOf(request), request.params.roundId, request.body),
  });
}
