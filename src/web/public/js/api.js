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
  async function send(method, path, body, extra = {}) {
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json', ...extra };
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
    if (!res.ok) {
      const problem = await res.json().catch(() => null);
      if (res.status === 401) onUnauthorized();
      throw new ApiError(res.status, problem);
    }
    return res;
  }
  async function call(method, path, body, extra) {
    const res = await send(method, path, body, extra);
    const isJson = /json/.test(res.headers.get('content-type') ?? '');
    return isJson ? await res.json().catch(() => null) : null;
  }
  return {
    get: (path) => call('GET', path),
    put: (path, body) => call('PUT', path, body),
    post: (path, body) => call('POST', path, body ?? {}),
    /** PATCH and DELETE of focus points and recommendations need the ETag they were read with. */
    patch: (path, body, etag) => call('PATCH', path, body, { 'if-match': etag }),
    del: (path, etag) => call('DELETE', path, undefined, etag ? { 'if-match': etag } : {}),
    /** GET with the ETag header, for editing. */
    async getTagged(path) {
      const res = await send('GET', path);
      return { body: await res.json(), etag: res.headers.get('etag') };
    },
    /** A file (PDF, CSV) as a Blob with its name from Content-Disposition. */
    async download(path) {
      const res = await send('GET', path);
      const match = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
      return { blob: await res.blob(), filename: match?.[1] ?? path.split('/').pop() };
    },
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
    case 412:
      return 'En anden har ændret det samme i mellemtiden. Hent den nyeste udgave, og ret igen.';
    case 413:
      return 'Teksten er for lang.';
    case 422:
      return error.problem?.findings
        ? 'Sagsmaterialet indeholder oplysninger, der kan identificere en borger. Se markeringerne.'
        : 'Svaret blev ikke godtaget. Tjek indholdet og prøv igen.';
    case 400:
      return 'Svaret blev ikke godtaget. Tjek teksten og prøv igen.';
    default:
      return 'Der skete en fejl på serveren.';
  }
}
