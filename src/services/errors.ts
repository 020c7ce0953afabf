import type { Finding } from '../domain/anonymisation.js';
import type { Unmet } from '../domain/transitions.js';

/** What a problem can carry besides its text; src/http/problem.ts gives the wire format. */
export interface ProblemExtras {
  errors?: { path: string; message: string }[];
  unmet?: Unmet[];
  findings?: Finding[];
  /** All findings, also those beyond the ones listed. */
  findingsTotal?: number;
  truncated?: boolean;
}

/**
 * Every expected failure is an AppError, with a stable code and its HTTP status. Services
 * throw them; the central handler (src/http/error-handler.ts) answers them as problem+json.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const unauthorized = (detail = 'A valid bearer token is required.') =>
  new AppError(401, 'unauthorized', 'Ikke logget ind', detail, {}, { 'www-authenticate': 'Bearer' });
export const forbidden = (detail: string) => new AppError(403, 'forbidden', 'Ingen adgang', detail);
export const notFound = (what: string) => new AppError(404, 'not-found', 'Ikke fundet', `${what} was not found.`);
export const conflict = (detail: string, extras: ProblemExtras = {}) =>
  new AppError(409, 'conflict', 'Konflikt', detail, extras);
export const unprocessable = (code: string, detail: string, extras: ProblemExtras = {}) =>
  new AppError(422, code, 'Kan ikke behandles', detail, extras);
export const preconditionFailed = () =>
  new AppError(
    412,
    'stale-etag',
    'Ændret af en anden',
    'The resource changed since you read it; fetch it again and reapply your change.',
  );
export const preconditionRequired = () =>
  new AppError(
    428,
    'if-match-required',
    'If-Match mangler',
    'Send the ETag from GET in an If-Match header to change this resource.',
  );
