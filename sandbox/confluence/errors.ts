/** An error the sandbox answers with a Confluence-shaped error body and this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const CODES: Record<number, string> = {
  400: 'INVALID_REQUEST_PARAMETER',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'REQUEST_ENTITY_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** v2 answers `{errors:[...]}`, v1 answers `{statusCode, message, data}`, as Confluence Cloud does. */
export function errorBody(path: string, status: number, message: string): unknown {
  if (path.startsWith('/wiki/rest/api/')) {
    return {
      statusCode: status,
      message,
      data: { authorized: status !== 401 && status !== 403, valid: status !== 400, errors: [], successful: false },
    };
  }
  return { errors: [{ status, code: CODES[status] ?? 'ERROR', title: message, detail: null }] };
}

export const notFound = (what = 'Content'): HttpError =>
  new HttpError(404, `${what} not found or the caller may not view it`);
export const badRequest = (message: string): HttpError => new HttpError(400, message);
