import { assumeTrustedRoute, type APIResponse, type RequestInit, type Route } from '@forge/api';
import { ConfluenceError, errorFromStatus, type RequestIntent } from './errors';
import { DEFAULT_RETRY_POLICY, RETRYABLE_STATUSES, parseRetryAfter, retryDelay, type RetryPolicy } from './retry';

/** What `api.asUser()` and `api.asApp()` both offer; the only door to Confluence. */
export interface ConfluenceFetch {
  requestConfluence(url: Route, init?: RequestInit): Promise<APIResponse>;
}

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  intent?: RequestIntent;
  accept?: string;
  /** Statuses the caller handles itself instead of getting an error (e.g. 404 for "not there yet"). */
  allow?: number[];
}

interface CursorPage<T> {
  results?: T[];
  _links?: { next?: string };
}

/**
 * Sends requests through Forge's product fetch with retries for 429/503 and maps failures to
 * `ConfluenceError`. Knows nothing about pages or tasks.
 */
export class ConfluenceHttp {
  private readonly policy: RetryPolicy;

  constructor(
    private readonly fetch: ConfluenceFetch,
    policy: Partial<RetryPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  async send(url: Route, options: SendOptions = {}): Promise<APIResponse> {
    const method = options.method ?? 'GET';
    const intent = options.intent ?? (method === 'GET' ? 'read' : 'write');
    const init: RequestInit = { method, headers: { Accept: options.accept ?? 'application/json' } };
    if (options.json !== undefined) {
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
      init.body = JSON.stringify(options.json);
    }
    for (let attempt = 1; ; attempt++) {
      const response = await this.fetch.requestConfluence(url, init);
      if (response.ok || options.allow?.includes(response.status)) return response;
      if (RETRYABLE_STATUSES.has(response.status)) {
        const wait = retryDelay(this.policy, attempt, parseRetryAfter(response.headers.get('retry-after')));
        if (wait !== undefined) {
          await drain(response);
          await this.policy.sleep(wait);
          continue;
        }
      }
      throw errorFromStatus(response.status, intent, await errorDetail(response));
    }
  }

  async json<T>(url: Route, options: SendOptions = {}): Promise<T> {
    const response = await this.send(url, options);
    return (await readJson(response)) as T;
  }

  /** Follows `_links.next` until the results end or `max` items were collected. */
  async all<T>(first: Route, max = Infinity): Promise<T[]> {
    const out: T[] = [];
    let url: Route | undefined = first;
    while (url && out.length < max) {
      const page: CursorPage<T> = await this.json<CursorPage<T>>(url);
      out.push(...(page.results ?? []));
      url = nextRoute(page._links?.next);
    }
    return out.slice(0, max);
  }
}

/**
 * `_links.next` is a path relative to the site: v2 gives `/wiki/api/v2/...`, v1 gives
 * `/rest/api/...` relative to the `/wiki` context. It comes from Confluence itself, so it is
 * trusted as a route, but only when it stays on the REST API.
 */
export function nextRoute(next: string | undefined): Route | undefined {
  if (!next) return undefined;
  const path = next.startsWith('/wiki/') ? next : `/wiki${next.startsWith('/') ? '' : '/'}${next}`;
  const pathOnly = path.split('?')[0];
  if (!/^\/wiki\/(api\/v2|rest\/api)\//.test(pathOnly) || /(^|\/)(\.|%2e){2}(\/|$)/i.test(pathOnly)) {
    throw new ConfluenceError('unexpected', 'Confluence answered with an unexpected page link', 200, path);
  }
  return assumeTrustedRoute(path);
}

async function readJson(response: APIResponse): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfluenceError('unexpected', 'Confluence answered with something that is not JSON', response.status, text.slice(0, 200));
  }
}

async function errorDetail(response: APIResponse): Promise<string> {
  try {
    return (await response.text()).slice(0, 500);
  } catch {
    return '';
  }
}

async function drain(response: APIResponse): Promise<void> {
  try {
    await response.text();
  } catch {
    // The body of a refused request carries nothing we need.
  }
}
