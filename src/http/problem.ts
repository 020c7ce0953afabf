import { z } from 'zod';
import { FindingsFields } from '../contract/finding.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldErrorSchema = z.object({
  path: z
    .string()
    .describe(
      'The request part (body, params, querystring or headers) followed by the JSON pointer of the failing field in it, e.g. body/documents/0/text',
    ),
  message: z.string(),
});

export const ProblemSchema = z
  .object({
    type: z.string().describe('Stable URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional().describe('Validation errors with field paths'),
    unmet: z
      .array(
        z.object({
          code: z.string(),
          message: z.string(),
          memberId: z.string().optional(),
          missing: z.number().int().optional(),
        }),
      )
      .optional()
      .describe('Preconditions of a phase transition that are not met'),
    findings: FindingsFields.findings.optional(),
    findingsTotal: FindingsFields.findingsTotal.optional(),
    truncated: FindingsFields.truncated.optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof ProblemSchema>;

export function problemType(code: string): string {
  return `urn:auditpanel:problem:${code}`;
}

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request or schema violation; `errors` lists field paths',
  401: 'Missing or unknown bearer token',
  403: 'The token may not do this',
  404: 'Not found, or not visible to this token',
  409: 'Conflicts with the round phase or current state',
  412: 'If-Match does not match the current ETag',
  413: 'Body larger than the configured limit',
  415: 'Unsupported content type',
  422: 'Well-formed but refused',
  428: 'If-Match header required',
  429: 'Too many failed authentications',
  500: 'Internal error (generic detail; see the server log under the request id)',
  503: 'The database is busy (Retry-After), cannot be reached, or a report could not be rendered',
  507: 'The disk is full; nothing was changed',
};

/** Response schemas for error statuses, keyed by content type so the problem fields survive serialisation. */
export function problemResponses(...statuses: number[]) {
  const common = [400, 401, 429, 500, 503, 507];
  const all = [...new Set([...common, ...statuses])].sort((a, b) => a - b);
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: STATUS_DESCRIPTIONS[status] ?? 'Problem',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  );
}
