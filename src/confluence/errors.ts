/**
 * One error type for everything that goes wrong talking to Confluence, carrying a message a
 * user can act on. Resolvers pass `userMessage` to the macro as is; `detail` is for logs only,
 * because Confluence's own error text can name content the user may not see.
 */

export type ConfluenceErrorCode =
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'busy'
  | 'too-large'
  | 'bad-request'
  | 'unexpected';

export class ConfluenceError extends Error {
  constructor(
    readonly code: ConfluenceErrorCode,
    readonly userMessage: string,
    readonly status: number,
    readonly detail = '',
  ) {
    super(`${userMessage} (HTTP ${status}${detail ? `: ${detail}` : ''})`);
    this.name = 'ConfluenceError';
  }
}

export type RequestIntent = 'read' | 'write';

const FORBIDDEN: Record<RequestIntent, string> = {
  read: "You don't have permission to view this content",
  write: "You don't have permission to edit this page",
};

/** Maps an HTTP failure to the domain error; the caller says whether it was reading or writing. */
export function errorFromStatus(status: number, intent: RequestIntent, detail = ''): ConfluenceError {
  if (status === 401 || status === 403) return new ConfluenceError('forbidden', FORBIDDEN[intent], status, detail);
  if (status === 404)
    return new ConfluenceError('not-found', "This page or file doesn't exist any more, or you can't see it", status, detail);
  if (status === 409)
    return new ConfluenceError('conflict', 'Someone changed this page at the same time; try again', status, detail);
  if (status === 413)
    return new ConfluenceError('too-large', 'The handover is too large for one Confluence page; use a shorter transcript', status, detail);
  if (status === 429 || status === 503 || status === 502 || status === 504)
    return new ConfluenceError('busy', 'Confluence is busy, try again in a minute', status, detail);
  if (status >= 400 && status < 500)
    return new ConfluenceError('bad-request', 'Confluence refused the request; reload the page and try again', status, detail);
  return new ConfluenceError('unexpected', 'Confluence answered with an error; try again in a minute', status, detail);
}

export function isConfluenceError(e: unknown, code?: ConfluenceErrorCode): e is ConfluenceError {
  return e instanceof ConfluenceError && (code === undefined || e.code === code);
}
