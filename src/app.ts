import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { openDatabase, type Db } from './db/connection.js';
import { registerApiHeaders } from './http/api-headers.js';
import { registerAuth } from './http/auth.js';
import {
  HTTP_TIMEOUTS,
  registerEarlyClose,
  timeoutOptions,
  trackConnections,
  type HttpTimeouts,
} from './http/connections.js';
import { registerJsonBody } from './http/json-body.js';
import { registerStorageWatch } from './http/database-errors.js';
import { transformOpenApiObject } from './http/openapi.js';
import { RequestLog } from './http/request-log.js';
import { frameworkErrors, registerErrorHandling } from './http/error-handler.js';
import { auditLogRoutes } from './http/routes/audit-log.js';
import { caseRoutes } from './http/routes/cases.js';
import { comparisonRoutes } from './http/routes/comparison.js';
import { developmentRoutes } from './http/routes/development.js';
import { focusPointRoutes } from './http/routes/focus-points.js';
import { formRoutes } from './http/routes/form.js';
import { healthRoutes } from './http/routes/health.js';
import { draftRoutes } from './http/routes/drafts.js';
import { memberRoutes } from './http/routes/members.js';
import { planRoutes } from './http/routes/plan.js';
import { webAppRoutes } from './http/routes/web-app.js';
import { ratingRoutes } from './http/routes/ratings.js';
import { recommendationRoutes } from './http/routes/recommendations.js';
import { reportRoutes } from './http/routes/report.js';
import { resultsRoutes } from './http/routes/results.js';
import { roundRoutes } from './http/routes/rounds.js';
import { ensureAdminCredential } from './services/admin-credential.js';
import { createAuditLogService } from './services/audit-log-service.js';
import { createCaseService } from './services/case-service.js';
import { createComparisonService } from './services/comparison-service.js';
import { createImprovementAnswerService } from './services/improvement-answer-service.js';
import { createFocusPointService } from './services/focus-point-service.js';
import { createFormService } from './services/form-service.js';
import { createMemberService } from './services/member-service.js';
import { createDraftService } from './services/draft-service.js';
import { createPlanExport } from './services/plan-export.js';
import { createPlanService, type Clock } from './services/plan-service.js';
import { createPlanStepService } from './services/plan-step-service.js';
import { createRatingService } from './services/rating-service.js';
import { createRecommendationService } from './services/recommendation-service.js';
import { createPdfRenderer, RENDER_LIMITS, type RenderLimits, type RenderPdf } from './services/pdf-renderer.js';
import { createPublishing, createReportService } from './services/report-service.js';
import { createResultsService } from './services/results-service.js';
import { createRoundService } from './services/round-service.js';
import type { ReportModel } from './report/model.js';

export interface AppDeps {
  config: Config;
  /** An open database; when omitted, config.databasePath is opened (and migrated). */
  db?: Db;
  /** The PDF worker's time and memory budget; tests shrink it to provoke failures. */
  renderLimits?: RenderLimits;
  /** How long clients may take to send a request; tests shorten them. */
  timeouts?: HttpTimeouts;
  /** What "today" is for the plan's overdue flags; tests fix it. */
  clock?: Clock;
  /**
   * Wraps the final PDF's render at publication (the worker's `render` is passed in); tests use
   * it to hold a publication mid-render.
   */
  renderFinalPdf?: (model: ReportModel, render: RenderPdf) => Promise<Buffer>;
}

export const API_INFO = {
  title: 'Auditpanel API',
  version: '1.0.0',
  description:
    'Runs the Danish social-sector audit method (auditmetoden): rounds, panel, anonymised cases, the vurderingsskema, blind ratings, results, fokuspunkter with numbered anbefalinger and the afrapportering.\n\n' +
    "Auth: `Authorization: Bearer <token>`. The admin token may do everything and alone creates rounds; a member token (answered once when the member is added) is valid for its round only. Roles: `leader` manages the own round; `referent` reads ratings and results and writes focus points and recommendations; `panelist` reads the round, cases and form and writes their own ratings and development answer, seeing others' ratings and the results only from `discussion` on. Missing or unknown token → 401, a token without the right → 403 (before any phase check), a round the token cannot see → 404.\n\n" +
    'Phases, forward one at a time: scoping → panel → calibration → rating → discussion → follow_up → reported. Cases and the form change in scoping, panel and calibration; ratings and development answers in rating; focus points and recommendations in discussion and follow_up; nothing once reported (409).\n\n' +
    'Every error is application/problem+json (RFC 9457); a refused request changes nothing and every change is audit-logged. Collections answer `{ items: [...] }`; `position` is 1-based.',
};

/** The one composition root: builds a ready app from its dependencies and never listens. */
export async function buildApp({
  config,
  db = openDatabase(config.databasePath),
  renderLimits = RENDER_LIMITS,
  timeouts = HTTP_TIMEOUTS,
  clock,
  renderFinalPdf,
}: AppDeps) {
  const { createdToken } = ensureAdminCredential(db, config.adminToken);
  const { trustProxy } = config;
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    ...timeoutOptions(timeouts),
    // A hop count trusts that many proxies nearest the service (as proxy-addr counts hops).
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    logger: { level: config.logLevel },
    // One line per request instead of fastify's two: src/http/request-log.ts.
    logController: new RequestLog(),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Routing errors (bad percent-escapes, over-long ids) answer problem+json like every other error.
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies are accepted; anything else is 415 rather than a confusing 400.
  app.removeContentTypeParser('text/plain');
  registerJsonBody(app);

  registerErrorHandling(app);
  registerEarlyClose(app);
  const connections = trackConnections(app);
  registerStorageWatch(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: API_INFO,
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: transformOpenApiObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerApiHeaders(app);
  registerAuth(app, db, config.authFailureLimit);

  // Drafts, the published PDF and plan.pdf render through the same isolated worker.
  const renderer = createPdfRenderer(renderLimits, (cause, error) =>
    app.log.error({ cause, err: error }, 'report PDF render failed'),
  );
  const finalRender = renderFinalPdf;
  const publishing = createPublishing(
    db,
    finalRender ? (model) => finalRender(model, renderer.render) : renderer.render,
  );
  healthRoutes(app, db, config.databasePath);
  roundRoutes(app, createRoundService(db, publishing));
  memberRoutes(app, createMemberService(db));
  caseRoutes(app, createCaseService(db));
  formRoutes(app, createFormService(db));
  const ratings = createRatingService(db);
  ratingRoutes(app, ratings);
  draftRoutes(app, createDraftService(db));
  developmentRoutes(app, createImprovementAnswerService(db));
  resultsRoutes(app, createResultsService(db));
  comparisonRoutes(app, createComparisonService(db));
  focusPointRoutes(app, createFocusPointService(db));
  recommendationRoutes(app, createRecommendationService(db));
  reportRoutes(app, createReportService(db, renderer.render));
  auditLogRoutes(app, createAuditLogService(db));
  planRoutes(
    app,
    createPlanService(db, clock),
    createPlanStepService(db, clock),
    createPlanExport(db, renderer.renderPlan, clock),
  );
  webAppRoutes(app);
  // onClose runs once every request has been answered, so nothing should be queued here;
  // should a rating save still wait for its group commit, it is written before the connection closes.
  app.addHook('onClose', async () => {
    await renderer.close();
    ratings.flush();
    db.$client.close();
  });

  await app.ready();
  return { app, db, createdAdminToken: createdToken, connections };
}
