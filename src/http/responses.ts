import type { z } from 'zod';

/**
 * A JSON success answer with its own description, so the OpenAPI document says what a 200 or
 * 201 carries (fastify-swagger otherwise writes "Default Response" for a referenced schema).
 */
export function json<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } };
}
