// Calls the REST API with the bearer token. Errors are classified so the autosave knows
// whether trying again can help.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** Worth retrying: the server was busy or broken, not the request. */
  get retryable() {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** fetch itself failed: offline, connection refused, DNS … */
export class NetworkError extends Error {
  get retryable() {
    return true;
  }
}

export function createApi(token, onUnauthorized = () => {}) {
  async function call(method, path, body) {
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res;
    try {
      res = await fetch(`/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (cause) {
      throw new NetworkError(cause instanceof Error ? cause.message : 'Netværksfejl');
    }
    const isJson = /json/.test(res.headers.get('content-type') ?? '');
    const payload = isJson ? await res.json().catch(() => null) : null;
    if (!res.ok) {
      if (res.status === 401) onUnauthorized();
      throw new ApiError(res.status, payload);
    }
    return payload;
  }
  return {
    get: (path) => call('GET', path),
    put: (path, body) => call('PUT', path, body),
  };
}

/** A Danish sentence for a failed request that will not be retried. */
export function describeError(error) {
  if (error instanceof NetworkError) return 'Ingen forbindelse til serveren.';
  switch (error?.status) {
    case 401:
      return 'Adgangskoden blev ikke genkendt.';
    case 403:
      return 'Du har ikke adgang til at gøre dette.';
    case 404:
      return 'Findes ikke (eller du har ikke adgang).';
    case 409:
      return 'Auditforløbet er ikke i den fase, hvor dette kan ændres.';
    case 400:
      return 'Svaret blev ikke godtaget. Tjek teksten og prøv igen.';
    default:
      return 'Der skete en fejl på serveren.';
  }
}
