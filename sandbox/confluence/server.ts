import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import { openDb, type Db } from './db';
import { HttpError, errorBody } from './errors';
import { FaultInjector, type FaultRule } from './faults';
import { APP_ACCOUNT_ID, principalFor, seedPrincipals, type Principal } from './principals';
import { DEFAULT_PROPERTY_INDEXES, propertyIndexesFromManifest, type PropertyIndexSpec } from './property-index';
import { Router, parseJson, readBody, type Ctx, type Reply } from './router';
import { registerV1 } from './routes/v1';
import { registerV2 } from './routes/v2';
import { ConfluenceStore } from './store';

export interface SandboxOptions {
  /** Directory of `confluence.db`, or ':memory:'. Default `$KT_SANDBOX_DIR` or `.sandbox/`. */
  dir?: string;
  /** Port for createSandboxServer; 0 (default) picks a free one. */
  port?: number;
  /** CQL-searchable content-property values; default: the app's manifest.yml, else the kt-handover default. */
  propertyIndexes?: PropertyIndexSpec[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  /** Who made the call: an accountId, 'sandbox-app', or null when unauthenticated. */
  accountId: string | null;
  at: string;
  /** The parsed JSON request body, when there was one (contract tests check what the app sends). */
  body?: unknown;
}

export interface SandboxApp {
  db: Db;
  store: ConfluenceStore;
  faults: FaultInjector;
  /** 'task' events: `{eventType: 'avi:confluence:updated:task', task, atlassianId}`. */
  events: EventEmitter;
  requestLog: RequestLogEntry[];
  /** Handles `/wiki/...` and `/__sandbox/...`; resolves false for other paths (so a site can mount it). */
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  close(): void;
}

export interface SandboxServer extends SandboxApp {
  url: string;
  close(): Promise<void>;
}

const COOKIE = 'kt_sandbox_user';

function principalOf(app: SandboxApp, req: http.IncomingMessage): Principal | undefined {
  const auth = req.headers.authorization ?? '';
  let accountId: string | undefined;
  const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
  if (m) {
    const token = m[1].trim();
    if (token === 'sandbox-app') accountId = APP_ACCOUNT_ID;
    else if (token.startsWith('sandbox-user:')) accountId = token.slice('sandbox-user:'.length);
    else return undefined;
  } else {
    const cookie = (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('='))
      .find(([k]) => k === COOKIE);
    if (cookie) accountId = decodeURIComponent(cookie[1] ?? '');
  }
  // The app token is not accepted from a browser cookie: only server-side code acts as the app.
  if (!accountId || (!m && accountId === APP_ACCOUNT_ID)) return undefined;
  return principalFor(app.db, accountId);
}

function send(res: http.ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  if (reply.raw) {
    headers['content-type'] = reply.contentType ?? 'application/octet-stream';
    res.writeHead(reply.status ?? 200, headers);
    res.end(reply.raw);
    return;
  }
  if (reply.json === undefined) {
    res.writeHead(reply.status ?? 200, headers);
    res.end();
    return;
  }
  headers['content-type'] = 'application/json;charset=UTF-8';
  res.writeHead(reply.status ?? 200, headers);
  res.end(JSON.stringify(reply.json));
}

function adminRoutes(app: SandboxApp, method: string, url: URL, body: () => Promise<Buffer>): Promise<Reply> | Reply {
  if (url.pathname === '/__sandbox/faults') {
    if (method === 'POST') {
      return body().then((buf) => {
        const rule = parseJson<FaultRule>(buf);
        try {
          app.faults.add(rule);
        } catch (e) {
          throw new HttpError(400, (e as Error).message);
        }
        return { status: 201, json: { faults: app.faults.list() } };
      });
    }
    if (method === 'DELETE') {
      app.faults.clear();
      return { status: 204 };
    }
    return { json: { faults: app.faults.list() } };
  }
  if (url.pathname === '/__sandbox/requests') {
    if (method === 'DELETE') {
      app.requestLog.length = 0;
      return { status: 204 };
    }
    return { json: { requests: app.requestLog } };
  }
  throw new HttpError(404, `No sandbox endpoint ${url.pathname}`);
}

/** The sandbox as a request handler, without a listening socket (the local site mounts it). */
export function createSandboxApp(options: Omit<SandboxOptions, 'port'> = {}): SandboxApp {
  const dir = options.dir ?? process.env.KT_SANDBOX_DIR ?? path.resolve('.sandbox');
  const db = openDb(dir);
  seedPrincipals(db);
  const indexes = options.propertyIndexes ?? propertyIndexesFromManifest() ?? DEFAULT_PROPERTY_INDEXES;
  const store = new ConfluenceStore(db, indexes);
  const router = new Router();
  registerV2(router);
  registerV1(router);

  const app: SandboxApp = {
    db,
    store,
    faults: new FaultInjector(),
    events: store.events,
    requestLog: [],
    close: () => db.close(),
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://sandbox.local');
      const method = (req.method ?? 'GET').toUpperCase();
      const isAdmin = url.pathname.startsWith('/__sandbox/');
      if (!isAdmin && !url.pathname.startsWith('/wiki/')) return false;
      let cachedBody: Promise<Buffer> | undefined;
      const rawBody = () => (cachedBody ??= readBody(req));
      let status = 500;
      let accountId: string | null = null;
      try {
        if (isAdmin) {
          const reply = await adminRoutes(app, method, url, rawBody);
          send(res, reply);
          return true;
        }
        const principal = principalOf(app, req);
        accountId = principal?.accountId ?? null;
        const fault = app.faults.take(method, url.pathname);
        if (fault) {
          status = fault.status;
          send(res, { status: fault.status, headers: fault.headers, json: fault.body });
          return true;
        }
        if (!principal) throw new HttpError(401, 'Authentication required: send Authorization: Bearer sandbox-user:<accountId>');
        const match = router.match(method, url.pathname);
        if (match === 'method') throw new HttpError(405, `Method ${method} is not allowed on ${url.pathname}`);
        if (!match) throw new HttpError(404, `No such endpoint in the sandbox: ${method} ${url.pathname}`);
        const ctx: Ctx = {
          req,
          url,
          params: match.params,
          query: url.searchParams,
          principal,
          store,
          base: `http://${req.headers.host ?? 'localhost'}/wiki`,
          rawBody,
          json: async <T>() => parseJson<T>(await rawBody()),
        };
        const reply = await match.handler(ctx);
        status = reply.status ?? 200;
        send(res, reply);
      } catch (e) {
        const err = e instanceof HttpError ? e : new HttpError(500, `Sandbox error: ${(e as Error).message}`);
        if (!(e instanceof HttpError)) console.error('[sandbox]', e);
        status = err.status;
        if (!res.headersSent) send(res, { status: err.status, headers: err.headers, json: errorBody(url.pathname, err.status, err.message) });
      } finally {
        if (!isAdmin) {
          const entry: RequestLogEntry = { method, path: url.pathname, query: url.search, status, accountId, at: new Date().toISOString() };
          app.requestLog.push(entry);
          if (cachedBody && /json/.test(req.headers['content-type'] ?? '')) {
            try {
              entry.body = JSON.parse((await cachedBody).toString('utf8'));
            } catch {
              // not JSON: the handler already answered 400
            }
          }
        }
      }
      return true;
    },
  };
  return app;
}

/** The sandbox listening on 127.0.0.1 (port 0 in tests). */
export async function createSandboxServer(options: SandboxOptions = {}): Promise<SandboxServer> {
  const app = createSandboxApp(options);
  const server = http.createServer((req, res) => {
    app.handle(req, res).then((handled) => {
      if (!handled) send(res, { status: 404, json: errorBody('/', 404, 'Not a Confluence path') });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      app.close();
    },
  };
}
