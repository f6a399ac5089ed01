import { errorBody } from './errors';

/**
 * Sandbox-only fault injection: the next matching requests fail as Confluence fails under
 * conflict, rate limiting or overload, so the app's retry paths run for real.
 */
export interface FaultRule {
  /** HTTP method, or '*' / omitted for any. */
  method?: string;
  /** A RegExp (or its source as a string) tested against the request path without the query. */
  pathPattern: string | RegExp;
  status: 409 | 429 | 503;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Sent as `Retry-After` (seconds) on 429/503; default 1. */
  retryAfterSeconds?: number;
}

interface ActiveFault {
  method: string;
  pattern: RegExp;
  status: 409 | 429 | 503;
  remaining: number;
  retryAfterSeconds: number;
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class FaultInjector {
  private active: ActiveFault[] = [];

  add(rule: FaultRule): void {
    if (![409, 429, 503].includes(rule.status)) throw new Error(`fault status must be 409, 429 or 503, got ${rule.status}`);
    const pattern = rule.pathPattern instanceof RegExp ? rule.pathPattern : new RegExp(rule.pathPattern);
    this.active.push({
      method: (rule.method ?? '*').toUpperCase(),
      pattern,
      status: rule.status,
      remaining: rule.times ?? 1,
      retryAfterSeconds: rule.retryAfterSeconds ?? 1,
    });
  }

  clear(): void {
    this.active = [];
  }

  /** Pending rules (with remaining counts), for `GET /__sandbox/faults`. */
  list(): Array<{ method: string; pathPattern: string; status: number; remaining: number; retryAfterSeconds: number }> {
    return this.active.map((f) => ({ ...f, pathPattern: f.pattern.source, pattern: undefined }));
  }

  /** Consumes one use of the first rule matching the request, and answers as Confluence would. */
  take(method: string, path: string, now = Date.now()): FaultResponse | undefined {
    const fault = this.active.find((f) => (f.method === '*' || f.method === method) && f.pattern.test(path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.active = this.active.filter((f) => f !== fault);
    const headers: Record<string, string> = {};
    let message = 'Version must be incremented: the content was changed by someone else (injected conflict)';
    if (fault.status !== 409) {
      headers['retry-after'] = String(fault.retryAfterSeconds);
      headers['x-ratelimit-reset'] = new Date(now + fault.retryAfterSeconds * 1000).toISOString();
      message = fault.status === 429 ? 'Rate limit exceeded (injected)' : 'Service unavailable (injected)';
    }
    if (fault.status === 429) headers['x-ratelimit-nearlimit'] = 'true';
    return { status: fault.status, headers, body: errorBody(path, fault.status, message) };
  }
}
