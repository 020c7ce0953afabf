interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch answer, turning a problem+json into a readable error. */
export function must<T>(what: string, outcome: Outcome<T>): T {
  if (outcome.error !== undefined || outcome.data === undefined) {
    const problem = outcome.error as { detail?: string; unmet?: { message: string }[] } | undefined;
    const extra = problem?.unmet?.map((u) => u.message).join(' ') ?? '';
    throw new Error(`${what} failed (${outcome.response.status}): ${problem?.detail ?? 'no detail'} ${extra}`.trim());
  }
  return outcome.data;
}
