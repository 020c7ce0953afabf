import type { FastifyInstance } from 'fastify';
import type { Socket } from 'node:net';

/** How long a client may take; stated in the README and the OpenAPI description. */
export interface HttpTimeouts {
  /** All request headers must arrive within this (node's headersTimeout): 408 and close after. */
  headersMs: number;
  /** The whole request, body included, must arrive within this (node's requestTimeout): 408 and close. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

/** The fastify options that enforce the timeouts. Node checks them once per second (30 s by default). */
export function timeoutOptions(timeouts: HttpTimeouts) {
  return {
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: 1_000 },
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
  };
}

/**
 * A refusal that comes before the body is read (401 and 429 from the auth hook, 413 when the
 * declared length is over the limit) closes the connection: otherwise node would go on reading
 * and discarding a body nobody wants, as slowly as the client cares to send it.
 */
export function registerEarlyClose(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 401 || reply.statusCode === 413 || reply.statusCode === 429) {
      reply.header('connection', 'close');
    }
    return payload;
  });
}

/**
 * For shutdown: cuts every connection that is not having a request handled, i.e. clients
 * still sending headers or a body (or idle), while requests already in a handler finish.
 */
export function trackConnections(app: FastifyInstance): { cutUnfinished(): void } {
  const sockets = new Set<Socket>();
  const handling = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      handling.delete(socket);
    });
  });
  app.addHook('preHandler', async (request) => {
    handling.add(request.raw.socket);
  });
  app.addHook('onResponse', async (request) => {
    handling.delete(request.raw.socket);
  });
  return {
    cutUnfinished() {
      for (const socket of sockets) if (!handling.has(socket)) socket.destroy();
    },
  };
}
