import { LIMITS } from '../../domain/limits.js';
import { z } from 'zod';
import type { FocusPointService } from '../../services/focus-point-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, RoundParamsSchema, boundedText } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';
import { ETAG_NOTE, FocusPointSchema, IfMatchHeadersSchema } from './focus-schemas.js';

const tags = ['Focus points'];

const fields = {
  title: boundedText(300).describe('e.g. "Formulering af indsatsmål"'),
  discussion: boundedText(LIMITS.focusPointDiscussionChars).describe('Drøftelse'),
  itemIds: z.array(IdSchema).max(200).describe('Ids of the form items it concerns; unknown ids → 422'),
  position: z.number().int().min(1).describe('1-based; others shift; past the end → last'),
};

const FocusPointInputSchema = z
  .object({ ...fields, itemIds: fields.itemIds.optional(), position: fields.position.optional() })
  .describe('A new focus point; without position it goes last');

const FocusPointPatchSchema = z
  .object(fields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one field to change')
  .describe('Any of the focus point fields; itemIds replaces the links');

const SuggestionSchema = z
  .object({
    themeKey: z.string(),
    themeTitle: z.string(),
    proposedTitle: z.string().describe('A Danish title to start from'),
    itemIds: z.array(z.string()),
    itemNumbers: z.array(z.number().int()),
    reasons: z.array(z.string()).describe('One Danish sentence per item with the figures behind it'),
    items: z.array(
      z.object({
        itemId: z.string(),
        number: z.number().int(),
        text: z.string(),
        n: z.number().int(),
        median: z.number().nullable(),
        positiveShare: z.number().nullable(),
        casesRated: z.number().int(),
        casesPositive: z.number().int(),
        disagreementCases: z.number().int(),
        lowPositiveShare: z.boolean().describe('positiveShare < 0.5'),
      }),
    ),
  })
  .meta({ id: 'FocusPointSuggestion', description: 'A candidate focus point computed from the results' });

const FocusPointParamsSchema = RoundParamsSchema.extend({ id: IdSchema });
const base = '/api/v1/rounds/:roundId/focus-points';

export function focusPointRoutes(app: ZodApp, focus: FocusPointService): void {
  app.post(base, {
    schema: {
      tags,
      operationId: 'createFocusPoint',
      summary: 'Add a focus point (leader, referent); only in discussion and follow_up',
      description: `A round holds at most ${LIMITS.focusPointsPerRound} focus points; beyond, 422 \`limit-exceeded\`.`,
      params: RoundParamsSchema,
      body: FocusPointInputSchema,
      response: { 201: FocusPointSchema, ...problemResponses(403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const created = focus.create(principalOf(request), request.params.roundId, request.body);
      return reply.code(201).header('etag', created.etag).send(created);
    },
  });

  app.get(base, {
    schema: {
      tags,
      operationId: 'listFocusPoints',
      summary: 'Focus points in order; every recommendation carries its number',
      params: RoundParamsSchema,
      response: { 200: ItemsOf(FocusPointSchema), ...problemResponses(404) },
    },
    handler: async (request) => ({ items: focus.list(principalOf(request), request.params.roundId) }),
  });

  app.get(`${base}/suggestions`, {
    schema: {
      tags,
      operationId: 'suggestFocusPoints',
      summary: 'Candidate focus points from the results (leader, referent); creates nothing',
      description:
        'Items with a positive share below 0.5 or with at least one disagreement case, grouped by theme in form order.',
      params: RoundParamsSchema,
      response: { 200: ItemsOf(SuggestionSchema), ...problemResponses(403, 404) },
    },
    handler: async (request) => ({ items: focus.suggestions(principalOf(request), request.params.roundId) }),
  });

  app.get(`${base}/:id`, {
    schema: {
      tags,
      operationId: 'getFocusPoint',
      summary: 'One focus point with its recommendations; ETag header',
      description: ETAG_NOTE,
      params: FocusPointParamsSchema,
      response: { 200: FocusPointSchema, ...problemResponses(404) },
    },
    handler: async (request, reply) => {
      const found = focus.get(principalOf(request), request.params.roundId, request.params.id);
      return reply.header('etag', found.etag).send(found);
    },
  });

  app.patch(`${base}/:id`, {
    schema: {
      tags,
      operationId: 'updateFocusPoint',
      summary: 'Change a focus point (leader, referent); If-Match required; answers the new ETag',
      description: ETAG_NOTE,
      params: FocusPointParamsSchema,
      headers: IfMatchHeadersSchema,
      body: FocusPointPatchSchema,
      response: { 200: FocusPointSchema, ...problemResponses(403, 404, 409, 412, 413, 415, 422, 428) },
    },
    handler: async (request, reply) => {
      const { roundId, id } = request.params;
      const updated = focus.update(principalOf(request), roundId, id, request.headers['if-match'], request.body);
      return reply.header('etag', updated.etag).send(updated);
    },
  });

  app.delete(`${base}/:id`, {
    schema: {
      tags,
      operationId: 'deleteFocusPoint',
      summary: 'Delete a focus point and its recommendations (leader, referent); If-Match required',
      params: FocusPointParamsSchema,
      headers: IfMatchHeadersSchema,
      response: { 204: z.undefined().describe('Deleted'), ...problemResponses(403, 404, 409, 412, 428) },
    },
    handler: async (request, reply) => {
      const { roundId, id } = request.params;
      focus.remove(principalOf(request), roundId, id, request.headers['if-match']);
      return reply.code(204).send();
    },
  });
}
