import type http from 'node:http';
import { badRequest } from './errors';
import type { Principal } from './principals';
import type { ConfluenceStore } from './store';

/** A tiny path router: enough for the handful of Confluence endpoints the sandbox speaks. */

export interface Ctx {
  req: http.IncomingMessage;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  principal: Principal;
  store: ConfluenceStore;
  /** `http://host/wiki`, the `_links.base` of every answer. */
  base: string;
  rawBody(): Promise<Buffer>;
  json<T = unknown>(): Promise<T>;
}

export interface Reply {
  status?: number;
  json?: unknown;
  raw?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Promise<Reply> | Reply;

interface Route {
  method: string;
  regex: RegExp;
  keys: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    const keys: string[] = [];
    const source = pattern.replace(/:([A-Za-z]+)/g, (_m, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, regex: new RegExp(`^${source}/?$`), keys, handler });
    return this;
  }

  /** The matching route, or `'method'` when the path exists under another method. */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false;
    for (const r of this.routes) {
      const m = r.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
      return { handler: r.handler, params };
    }
    return pathMatched ? 'method' : undefined;
  }
}

export function readBody(req: http.IncomingMessage, limit = 20 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function parseJson<T>(buf: Buffer): T {
  try {
    return JSON.parse(buf.toString('utf8')) as T;
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
}

/** Numeric id from a path or query value, or 404-like 400 when it is not a Confluence id. */
export function idParam(value: string | null | undefined, what = 'id'): number {
  const n = Number(value);
  if (!value || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw badRequest(`${what} must be a numeric id, got '${value}'`);
  return n;
}

/** `a,b` or repeated params, as v2 accepts for array query params. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
