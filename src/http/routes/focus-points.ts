import { z } from 'zod';
import { LIMITS } from '../../domain/limits.js';
import type { FocusPointService } from '../../services/focus-point-service.js';
import { problemResponses } from '../problem.js';
import { IdSchema, ItemsOf, RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { principalOf, type ZodApp } from '../zod-app.js';
import {
  ETAG_NOTE,
  FocusPointInputSchema,
  FocusPointPatchSchema,
  FocusPointSchema,
  FocusPointSuggestionSchema,
  IfMatchHeadersSchema,
} from '../../contract/focus.js';

const tags = ['Focus points'];

const FocusPointParamsSchema = RoundParamsSchema.extend({ id: IdSchema });
const base = '/api/v1/rounds/:roundId/focus-points';

export function focusPointRoutes(app: ZodApp, focus: FocusPointService): void {
  app.post(base, {
    schema: {
      tags,
      operationId: 'createFocusPoint',
      summary: 'Add a focus point (leader, referent); only in discussion and follow_up',
      params: RoundParamsSchema,
      description: `Focus points are written at the audit meeting and the follow-up meeting (\`discussion\`, \`follow_up\`; 409 otherwise). The answer carries the ETag header for later changes. Inserting at a position shifts the later focus points, and the recommendations renumber 1..N across focus points in their order. A round holds at most ${LIMITS.focusPointsPerRound} focus points; beyond, 422 \`limit-exceeded\`.`,
      body: FocusPointInputSchema,
      response: {
        201: json('The new focus point; ETag header', FocusPointSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
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
      description:
        'Readable by every member. Recommendations are numbered 1..N consecutively across the focus points in their order, by position within each; numbers are computed on every read.',
      params: RoundParamsSchema,
      response: { 200: json('The focus points in order', ItemsOf(FocusPointSchema)), ...problemResponses(404) },
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
      response: {
        200: json('The candidates, in form order', ItemsOf(FocusPointSuggestionSchema)),
        ...problemResponses(403, 404),
      },
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
      response: { 200: json('The focus point; ETag header', FocusPointSchema), ...problemResponses(404) },
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
      response: {
        200: json('The changed focus point; the new ETag header', FocusPointSchema),
        ...problemResponses(403, 404, 409, 412, 413, 415, 422, 428),
      },
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
      description:
        'The later focus points move up and the remaining recommendations renumber. If-Match must carry the current ETag (428 without, 412 when stale).',
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
