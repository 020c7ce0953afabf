import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

export type { paths } from './schema.js';

/**
 * A typed Auditpanel client: paths, parameters, bodies and answers are checked against
 * the committed OpenAPI document at compile time (openapi-fetch + openapi-typescript).
 */
export function createAuditpanelClient(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}

export type AuditpanelClient = ReturnType<typeof createAuditpanelClient>;
