import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../services/errors.js';
import { databaseProblem } from './database-errors.js';
import { PROBLEM_CONTENT_TYPE, problemType, type Problem } from './problem.js';

/** Fastify's own client errors, re-titled; their messages can quote the body, so they are replaced. */
const FASTIFY_CLIENT_ERRORS: Record<string, { code: string; title: string; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported-media-type',
    title: 'Ikke understøttet indholdstype',
    detail: 'Send indholdet som application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload-too-large',
    title: 'For stor forespørgsel',
    detail: 'Indholdet er større end den tilladte grænse.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'malformed-json',
    title: 'Ugyldig JSON',
    detail: 'Indholdet er tomt, men indholdstypen siger JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad-content-length',
    title: 'Ugyldig Content-Length',
    detail: 'Content-Length-headeren passer ikke til indholdet.',
  },
};

type ProblemBody = Omit<Problem, 'requestId' | 'instance'>;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemBody,
  headers: Record<string, string> = {},
) {
  return reply
    .code(problem.status)
    .headers(headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url.split('?')[0], requestId: request.id });
}

/** A 5xx says nothing of its cause; the log has it under the request id. */
function internalError(requestId: string): ProblemBody {
  return {
    type: problemType('internal-error'),
    title: 'Intern fejl',
    status: 500,
    detail: `Der opstod en fejl hos os. Oplys request id ${requestId}, når du melder fejlen.`,
  };
}

/**
 * Fastify's `frameworkErrors` option: errors raised while routing, before any hook or the
 * error handler runs (a broken percent-escape in the path, a path parameter over
 * maxParamLength). Without it fastify answers them itself as plain application/json.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'framework error');
    return sendProblem(request, reply, internalError(request.id));
  }
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  return sendProblem(request, reply, {
    type: problemType(tooLong ? 'uri-too-long' : 'malformed-url'),
    title: 'Ugyldig adresse',
    status,
    detail: tooLong
      ? 'En parameter i stien er længere, end serveren tillader.'
      : 'Adressen er ikke gyldig (en ødelagt procent-kode?).',
  });
}

/** The problem for an expected error (the client's or a refusal); null for an unexpected one. */
function expectedProblem(
  error: FastifyError,
  app: FastifyInstance,
): { problem: ProblemBody; headers?: Record<string, string> } | null {
  const appError = error instanceof AppError ? error : databaseProblem(error, app);
  if (appError) {
    const { code, title, status, detail, extras, headers } = appError;
    return { problem: { type: problemType(code), title, status, detail, ...extras }, headers };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = error.validationContext ?? 'body';
    return {
      problem: {
        type: problemType('validation-error'),
        title: 'Ugyldig forespørgsel',
        status: 400,
        detail: `Forespørgslens ${location} passer ikke til skemaet.`,
        errors: error.validation.map((issue) => ({
          path: `${location}${issue.instancePath || ''}`,
          message: issue.message ?? 'Invalid value',
        })),
      },
    };
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) return null;
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  return {
    problem: {
      type: problemType(known?.code ?? (status === 400 ? 'malformed-request' : 'client-error')),
      title: known?.title ?? 'Ugyldig forespørgsel',
      status,
      detail:
        known?.detail ??
        (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'Indholdet er ikke gyldig JSON.'
          : 'Forespørgslen kunne ikke behandles.'),
    },
  };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const expected = expectedProblem(error, app);
    if (expected) return sendProblem(request, reply, expected.problem, expected.headers);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, internalError(request.id));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      type: problemType('not-found'),
      title: 'Ikke fundet',
      status: 404,
      detail: `Der findes ingen rute ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
}
