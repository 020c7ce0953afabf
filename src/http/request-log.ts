import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One structured line per request, written when the response has gone out, in place of
 * fastify's "incoming request" / "request completed" pair: `{ reqId, method, path, status,
 * responseTimeMs }`. The path is logged without its query string; bodies and headers (the
 * bearer token) never are.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const url = request.url;
    const query = url.indexOf('?');
    const line = {
      method: request.method,
      path: query === -1 ? url : url.slice(0, query),
      status: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 1000) / 1000,
    };
    // An error here is the response failing on the way out (a broken socket), not a 4xx/5xx answer.
    if (error) request.log.error({ ...line, err: error }, 'request errored');
    else request.log.info(line, 'request completed');
  }
}
