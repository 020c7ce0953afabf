import { z } from 'zod';
import type { PlanExport } from '../../services/plan-export.js';
import type { PlanService } from '../../services/plan-service.js';
import type { PlanStepService } from '../../services/plan-step-service.js';
import { problemResponses } from '../problem.js';
import { json } from '../responses.js';
import { IdSchema, RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';
import { ETAG_NOTE, IfMatchHeadersSchema } from '../../contract/focus.js';
import {
  InitiativeInputSchema,
  InitiativePatchSchema,
  InitiativeSchema,
  PlanSchema,
  StepHistorySchema,
  StepInputSchema,
  StepPatchSchema,
  StepSchema,
} from '../../contract/plan.js';

const tags = ['Udviklingsplan'];
const base = '/api/v1/rounds/:roundId/plan';
const WHO_READS = 'Every member of the round reads; the plan exists from `reported` on (before: 409).';
const WHO_WRITES = 'Admin and leader only, from `reported` on (before: 409).';
const InitiativeParams = RoundParamsSchema.extend({ initiativeId: IdSchema });
const StepParams = RoundParamsSchema.extend({ stepId: IdSchema });
const PdfSchema = z.custom<Buffer>().meta({ type: 'string', format: 'binary' }).describe('The udviklingsplan as PDF');
const deleted = z.undefined().describe('Deleted');

export function planRoutes(app: ZodApp, plan: PlanService, steps: PlanStepService, exports: PlanExport): void {
  app.get(base, {
    schema: {
      tags,
      operationId: 'getPlan',
      summary: 'The udviklingsplan with its coverage of the round’s recommendations',
      description: `${WHO_READS} Created empty on the first read or write.`,
      params: RoundParamsSchema,
      response: { 200: json('The plan with its coverage', PlanSchema), ...problemResponses(404, 409) },
    },
    handler: async (request) => plan.get(principalOf(request), request.params.roundId),
  });

  app.post(`${base}/initiatives`, {
    schema: {
      tags,
      operationId: 'createInitiative',
      summary: 'Add an indsatsområde',
      description: WHO_WRITES,
      params: RoundParamsSchema,
      body: InitiativeInputSchema,
      response: {
        201: json('The new indsatsområde; ETag header', InitiativeSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request, reply) => {
      const created = plan.create(principalOf(request), request.params.roundId, request.body);
      return reply.code(201).header('etag', created.etag).send(created);
    },
  });

  app.get(`${base}/initiatives/:initiativeId`, {
    schema: {
      tags,
      operationId: 'getInitiative',
      summary: 'One indsatsområde with its steps; ETag header',
      description: `${WHO_READS} ${ETAG_NOTE} A change to one of its steps does not change it either.`,
      params: InitiativeParams,
      response: { 200: json('The indsatsområde; ETag header', InitiativeSchema), ...problemResponses(404, 409) },
    },
    handler: async (request, reply) => {
      const { roundId, initiativeId } = request.params;
      const found = plan.getOne(principalOf(request), roundId, initiativeId);
      return reply.header('etag', found.etag).send(found);
    },
  });

  app.patch(`${base}/initiatives/:initiativeId`, {
    schema: {
      tags,
      operationId: 'updateInitiative',
      summary: 'Change or move an indsatsområde; If-Match required; answers the new ETag',
      description: `${WHO_WRITES} ${ETAG_NOTE}`,
      params: InitiativeParams,
      headers: IfMatchHeadersSchema,
      body: InitiativePatchSchema,
      response: {
        200: json('The changed indsatsområde; new ETag header', InitiativeSchema),
        ...problemResponses(403, 404, 409, 412, 413, 415, 422, 428),
      },
    },
    handler: async (request, reply) => {
      const { roundId, initiativeId } = request.params;
      const ifMatch = request.headers['if-match'];
      const updated = plan.update(principalOf(request), roundId, initiativeId, ifMatch, request.body);
      return reply.header('etag', updated.etag).send(updated);
    },
  });

  app.delete(`${base}/initiatives/:initiativeId`, {
    schema: {
      tags,
      operationId: 'deleteInitiative',
      summary: 'Delete an indsatsområde with its steps; If-Match required; the others renumber',
      description: WHO_WRITES,
      params: InitiativeParams,
      headers: IfMatchHeadersSchema,
      response: { 204: deleted, ...problemResponses(403, 404, 409, 412, 428) },
    },
    handler: async (request, reply) => {
      const { roundId, initiativeId } = request.params;
      plan.remove(principalOf(request), roundId, initiativeId, request.headers['if-match']);
      return reply.code(204).send();
    },
  });

  app.post(`${base}/initiatives/:initiativeId/steps`, {
    schema: {
      tags,
      operationId: 'createStep',
      summary: 'Add an aktivitet, delmål or implementeringsmål to an indsatsområde',
      description: `${WHO_WRITES} Its history starts with the step as created.`,
      params: InitiativeParams,
      body: StepInputSchema,
      response: {
        201: json('The new step; ETag header', StepSchema),
        ...problemResponses(403, 404, 409, 413, 415, 422),
      },
    },
    handler: async (request, reply) => {
      const { roundId, initiativeId } = request.params;
      const created = steps.create(principalOf(request), roundId, initiativeId, request.body);
      return reply.code(201).header('etag', created.etag).send(created);
    },
  });

  app.get(`${base}/steps/:stepId`, {
    schema: {
      tags,
      operationId: 'getStep',
      summary: 'One step with its label and overdue flag; ETag header',
      description: `${WHO_READS} ${ETAG_NOTE}`,
      params: StepParams,
      response: { 200: json('The step; ETag header', StepSchema), ...problemResponses(404, 409) },
    },
    handler: async (request, reply) => {
      const found = steps.get(principalOf(request), request.params.roundId, request.params.stepId);
      return reply.header('etag', found.etag).send(found);
    },
  });

  app.patch(`${base}/steps/:stepId`, {
    schema: {
      tags,
      operationId: 'updateStep',
      summary: 'Change, move or follow up a step; If-Match required; answers the new ETag',
      description: `${WHO_WRITES} A change of state or statusText is added to the step's history.`,
      params: StepParams,
      headers: IfMatchHeadersSchema,
      body: StepPatchSchema,
      response: {
        200: json('The changed step; new ETag header', StepSchema),
        ...problemResponses(403, 404, 409, 412, 413, 415, 422, 428),
      },
    },
    handler: async (request, reply) => {
      const { roundId, stepId } = request.params;
      const ifMatch = request.headers['if-match'];
      const updated = steps.update(principalOf(request), roundId, stepId, ifMatch, request.body);
      return reply.header('etag', updated.etag).send(updated);
    },
  });

  app.delete(`${base}/steps/:stepId`, {
    schema: {
      tags,
      operationId: 'deleteStep',
      summary: 'Delete a step and its history; If-Match required; labels renumber',
      description: WHO_WRITES,
      params: StepParams,
      headers: IfMatchHeadersSchema,
      response: { 204: deleted, ...problemResponses(403, 404, 409, 412, 428) },
    },
    handler: async (request, reply) => {
      const { roundId, stepId } = request.params;
      steps.remove(principalOf(request), roundId, stepId, request.headers['if-match']);
      return reply.code(204).send();
    },
  });

  app.get(`${base}/steps/:stepId/history`, {
    schema: {
      tags,
      operationId: 'getStepHistory',
      summary: 'Every state and status text a step has had, oldest first, with who and when',
      description: WHO_READS,
      params: StepParams,
      response: { 200: json('The step’s history, oldest first', StepHistorySchema), ...problemResponses(404, 409) },
    },
    handler: async (request) => ({
      items: steps.history(principalOf(request), request.params.roundId, request.params.stepId),
    }),
  });

  app.get('/api/v1/rounds/:roundId/plan.pdf', {
    schema: {
      tags,
      operationId: 'getPlanPdf',
      summary: 'The udviklingsplan as PDF',
      description: `${WHO_READS} Rendered on every request: per indsatsområde its note, status, implementation phase with its questions, the chosen anbefalinger and guidance, then the table Aktivitet/Delmål/Implementeringsmål · Dato · Ansvarlig/udfører/deltagere · Status, overdue rows marked in words and colour; page numbers.`,
      params: RoundParamsSchema,
      response: {
        200: { description: 'The PDF', content: { 'application/pdf': { schema: PdfSchema } } },
        ...problemResponses(404, 409),
      },
    },
    handler: async (request, reply) => {
      const pdf = await exports.pdf(principalOf(request), request.params.roundId);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="udviklingsplan.pdf"')
        .send(pdf);
    },
  });

  app.get('/api/v1/rounds/:roundId/plan.csv', {
    schema: {
      tags,
      operationId: 'getPlanCsv',
      summary: 'The udviklingsplan as CSV for Danish Excel, one row per step',
      description: `${WHO_READS} Columns: initiative number, initiative, implementation phase, label ("Aktivitet 3"), kind in Danish, text, start, due (YYYY-MM-DD), responsible, state in Danish, status text, overdue (ja/nej), updated. UTF-8 with BOM, \`;\`-separated, CRLF line ends, RFC 4180 quoting; a text field starting with =, +, -, @, tab or CR is prefixed with an apostrophe (').`,
      params: RoundParamsSchema,
      response: {
        200: {
          description: 'The steps as CSV (attachment)',
          content: { 'text/csv; charset=utf-8': { schema: z.string() } },
        },
        ...problemResponses(404, 409),
      },
    },
    handler: async (request, reply) => {
      const { filename, body } = exports.csv(principalOf(request), request.params.roundId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(body);
    },
  });
}
