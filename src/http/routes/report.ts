import { z } from 'zod';
import type { ReportService } from '../../services/report-service.js';
import { ReportComparisonSchema } from './comparison.js';
import { problemResponses } from '../problem.js';
import { CountsSchema, PhaseSchema, RatingValueSchema, RoleSchema, RoundParamsSchema } from '../schemas.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Report'];

const nullableText = z.string().nullable();
/** Mirrors ReportModel (src/report/model.ts), the PDF renderer's input. */
const ReportSchema = z
  .object({
    draft: z.boolean().describe('true before the round is reported'),
    generatedAt: z.string(),
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
    phases: z.array(
      z.object({ phase: PhaseSchema, label: z.string(), reachedAt: nullableText.describe('From the audit log') }),
    ),
    cases: z.array(
      z.object({
        code: z.string(),
        area: z.string(),
        summary: nullableText,
        selection: z.object({ developmentPotential: nullableText, complexity: nullableText, recent: nullableText }),
      }),
    ),
    panel: z.array(z.object({ name: z.string(), affiliation: z.string(), role: RoleSchema, roleLabel: z.string() })),
    form: z.object({
      scale: z.array(z.object({ key: RatingValueSchema, label: z.string(), value: z.number().nullable() })),
      themes: z.array(
        z.object({
          key: z.string(),
          title: z.string(),
          items: z.array(z.object({ id: z.string(), number: z.number().int(), text: z.string() })),
        }),
      ),
      developmentQuestion: z.string(),
    }),
    results: z.object({
      completeness: z.object({ expected: z.number().int(), received: z.number().int() }),
      items: z.array(
        z.object({
          itemId: z.string(),
          number: z.number().int(),
          text: z.string(),
          themeTitle: z.string(),
          n: z.number().int(),
          na: z.number().int(),
          counts: CountsSchema,
          median: z.number().nullable(),
          mean: z.number().nullable(),
          positiveShare: z.number().nullable(),
          casesRated: z.number().int(),
          casesPositive: z.number().int(),
          disagreementCases: z.number().int(),
          alpha: z.number().nullable(),
        }),
      ),
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
      .array(z.object({ area: z.string(), suggestions: z.array(z.string()) }))
      .describe('Item 10 grouped by area, without names'),
    comparison: ReportComparisonSchema.optional(),
  })
  .meta({ id: 'Report', description: 'The afrapportering as data: what the PDF shows' });

// The bytes go out as a Buffer (fastify skips serialisation); the schema only documents them.
const PdfSchema = z.custom<Buffer>().meta({ type: 'string', format: 'binary' }).describe('The afrapportering as PDF');

export function reportRoutes(app: ZodApp, report: ReportService): void {
  app.get('/api/v1/rounds/:roundId/report', {
    schema: {
      tags,
      operationId: 'getReport',
      summary: 'The report model as JSON (leader, referent); a draft before the round is reported',
      params: RoundParamsSchema,
      response: { 200: ReportSchema, ...problemResponses(403, 404) },
    },
    handler: async (request) => report.model(principalOf(request), request.params.roundId),
  });

  app.get('/api/v1/rounds/:roundId/report.pdf', {
    schema: {
      tags,
      operationId: 'getReportPdf',
      summary:
        'The afrapportering as PDF (leader, referent): a fresh draft ("Udkast") before reported, the stored final after',
      description:
        'After `reported` the bytes are the ones stored at publication, identical on every download; the ETag is their sha256.',
      params: RoundParamsSchema,
      response: {
        200: { description: 'The PDF', content: { 'application/pdf': { schema: PdfSchema } } },
        ...problemResponses(403, 404),
      },
    },
    handler: async (request, reply) => {
      const { pdf, draft, sha256 } = await report.pdf(principalOf(request), request.params.roundId);
      reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${draft ? 'afrapportering-udkast' : 'afrapportering'}.pdf"`,
        );
      if (sha256) reply.header('etag', `"${sha256}"`);
      return reply.send(pdf);
    },
  });
}
