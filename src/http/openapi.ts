import type { FastifyInstance } from 'fastify';

/** The served OpenAPI document as committed to openapi/openapi.json (stable bytes). */
export function openApiDocument(app: FastifyInstance): string {
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}
