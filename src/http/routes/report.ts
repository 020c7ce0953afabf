import { z } from 'zod';
import type { ReportService } from '../../services/report-service.js';
import { problemResponses } from '../problem.js';
import { RoundParamsSchema } from '../schemas.js';
import { json } from '../responses.js';
import { ReportSchema } from '../../contract/report.js';
import { principalOf, type ZodApp } from '../zod-app.js';

const tags = ['Report'];

// The bytes go out as a Buffer (fastify skips serialisation); the schema only documents them.
const PdfSchema = z.custom<Buffer>().meta({ type: 'string', format: 'binary' }).describe('The afrapportering as PDF');

export function reportRoutes(app: ZodApp, report: ReportService): void {
  app.get('/api/v1/rounds/:roundId/report', {
    schema: {
      tags,
      operationId: 'getReport',
      summary: 'The report model as JSON (leader, referent); a draft before the round is reported',
      description:
        'Everything the afrapportering PDF shows, as data: round texts, phases with dates, cases, panel, form, results, focus points with numbered recommendations and the development answers grouped by area; for a genaudit also `comparison`, the chapter [4] comparing it with its baseline round.',
      params: RoundParamsSchema,
      response: { 200: json('The report model', ReportSchema), ...problemResponses(403, 404) },
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
