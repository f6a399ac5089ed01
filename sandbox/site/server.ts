import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { SandboxApp } from '../confluence';
import { collectRefs, renderAdf, type AdfNode } from './adf-render';
import type { AppFunctions } from './app-functions';
import { BRIDGE_SHIM_JS } from './bridge-shim';
import { BridgeError, ForgeHost, type FrameRef, type InvokeFn } from './forge-host';
import { macroLocalId } from './forge-macros';
import { Rest } from './rest';
import { SITE_CSS, SITE_JS } from './site-assets';
import { USER_COOKIE, userFromCookie } from './users';
import * as views from './views';

/**
 * The local Confluence-like site: one HTTP server that mounts the sandbox REST API, hosts
 * the app's Custom UI frames with a local bridge, and renders spaces and pages. It holds
 * no product logic: pages come from REST as the signed-in user, app calls go to the app's
 * own functions.
 */

export interface SiteOptions {
  root: string;
  sandbox: SandboxApp;
  app: AppFunctions;
  invoke: InvokeFn;
  /** Resolves when every delivered task event has been handled by the app. */
  settled(): Promise<void>;
  port?: number;
  host?: string;
}

export interface Site {
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function send(res: http.ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function redirect(res: http.ServerResponse, to: string, headers: Record<string, string> = {}) {
  res.writeHead(302, { location: to, ...headers });
  res.end();
}

async function readJson(req: http.IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startSite(o: SiteOptions): Promise<Site> {
  let siteUrl = '';
  const rest = new Rest(''); // base set once listening
  const host = new ForgeHost({ root: o.root, rest, app: o.app, invoke: o.invoke, siteUrl: () => siteUrl });
  const reportPath = `/wiki/apps/kt-handover/${o.app.report?.route ?? 'handovers'}`;
  const chrome = (user: string, title: string): views.Chrome => ({ user, title, reportPath, reportTitle: o.app.report?.title ?? 'Handovers' });

  async function spaceByKey(user: string, key: string) {
    const a = await rest.call(user, `/wiki/api/v2/spaces?keys=${encodeURIComponent(key)}`);
    return a.status === 200 ? (a.json.results?.[0] as { id: string; key: string; name: string; homepageId?: string } | undefined) : undefined;
  }

  async function spacePages(user: string, spaceId: string): Promise<views.TreePage[]> {
    const pages = await rest.all<any>(user, `/wiki/api/v2/spaces/${spaceId}/pages?limit=250`);
    return pages.map((p) => ({ id: String(p.id), title: String(p.title), parentId: p.parentId ? String(p.parentId) : undefined }));
  }

  async function displayName(user: string, accountId: string): Promise<string | undefined> {
    const a = await rest.call(user, `/wiki/rest/api/user?accountId=${encodeURIComponent(accountId)}`);
    return a.status === 200 ? a.json.displayName ?? a.json.publicName : undefined;
  }

  async function home(user: string, res: http.ServerResponse) {
    const spaces = await rest.all<any>(user, '/wiki/api/v2/spaces?limit=250');
    send(res, 200, views.layout(chrome(user, 'Spaces'), views.spacesHtml(spaces.map((s) => ({ id: String(s.id), key: s.key, name: s.name })))));
  }

  async function space(user: string, key: string, res: http.ServerResponse) {
    const s = await spaceByKey(user, key);
    if (!s) return send(res, 404, views.layout(chrome(user, 'Not found'), views.messageHtml('Space not found', "This space doesn't exist, or you don't have permission to see it.")));
    const homeId = s.homepageId ?? (await spacePages(user, s.id)).find((p) => !p.parentId)?.id;
    if (!homeId) return send(res, 200, views.layout(chrome(user, s.name), views.messageHtml(s.name, 'This space has no pages yet.')));
    redirect(res, views.pageHref(s.key, homeId));
  }

  async function pageView(user: string, key: string, id: string, res: http.ServerResponse) {
    const denied = () =>
      send(res, 404, views.layout(chrome(user, 'Page not found'), views.messageHtml('Page not found', "This page doesn't exist, or you don't have permission to see it. Try switching user.")));
    if (!/^\d+$/.test(id)) return denied();
    const a = await rest.call(user, `/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`);
    if (a.status !== 200) return denied();
    const page = a.json;
    const s = (await rest.call(user, `/wiki/api/v2/spaces/${page.spaceId}`)).json;
    if (s?.key && s.key !== key) return redirect(res, views.pageHref(s.key, id, page.title));
    const doc = JSON.parse(page.body?.atlas_doc_format?.value || '{"type":"doc","version":1,"content":[]}') as AdfNode;
    const refs = collectRefs(doc);
    const [tree, tasks, attachments] = await Promise.all([
      spacePages(user, String(page.spaceId)),
      refs.taskLocalIds.size ? rest.all<any>(user, `/wiki/api/v2/tasks?page-id=${id}&limit=250`) : Promise.resolve([]),
      rest.all<any>(user, `/wiki/api/v2/pages/${id}/attachments?limit=250`),
    ]);
    const names = new Map<string, string>();
    await Promise.all(
      [...refs.accountIds, page.version?.authorId].filter(Boolean).map(async (acc: string) => {
        const n = await displayName(user, acc);
        if (n) names.set(acc, n);
      }),
    );
    const titles = new Map<string, string>();
    await Promise.all(
      [...refs.urls].map(async (url) => {
        const m = /\/wiki\/spaces\/[^/]+\/pages\/(\d+)/.exec(url);
        if (!m) return;
        const p = await rest.call(user, `/wiki/api/v2/pages/${m[1]}`);
        if (p.status === 200) titles.set(url, p.json.title);
      }),
    );
    const taskIds = new Map<string, string>(tasks.map((t) => [String(t.localId), String(t.id)]));
    let frameNo = 0;
    const bodyHtml = renderAdf(doc, {
      userName: (acc) => names.get(acc),
      taskId: (localId) => taskIds.get(localId),
      linkTitle: (url) => titles.get(url),
      // Pages of a local site on another port (an earlier `PORT=... npm start`) are pages of this one.
      localHref: (url) => (/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/wiki\//.test(url) ? url.replace(/^https?:\/\/[^/]+/, '') : url),
      forgeMacro: (node) =>
        views.forgeMacroHtml({
          pageId: String(page.id),
          localId: macroLocalId(node),
          title: String(node.attrs?.parameters?.extensionTitle ?? 'KT Handover'),
          frameId: `macro-${++frameNo}`,
        }),
    });
    const byId = new Map(tree.map((p) => [p.id, p]));
    const ancestors: views.TreePage[] = [];
    for (let p = byId.get(String(page.parentId)); p && ancestors.length < 20; p = p.parentId ? byId.get(p.parentId) : undefined) ancestors.unshift(p);
    const body = views.pageHtml({
      page: { id: String(page.id), title: page.title, version: page.version?.number, updatedAt: page.version?.createdAt, authorName: names.get(page.version?.authorId) },
      space: { key: s.key, name: s.name },
      ancestors,
      bodyHtml,
      attachments: attachments.map((x) => ({ title: x.title, fileSize: x.fileSize, mediaType: x.mediaType })),
      uploadPath: `/wiki/rest/api/content/${id}/child/attachment`,
    });
    send(res, 200, views.layout(chrome(user, page.title), body, views.treeHtml(s.key, s.name, tree, String(page.id))));
  }

  function serveDist(kind: 'macro' | 'report', rel: string, res: http.ServerResponse): boolean {
    const base = host.distDir(kind);
    const file = normalize(join(base, rel));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=60' });
    createReadStream(file).pipe(res);
    return true;
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://site.local');
    const path = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const user = userFromCookie(req.headers.cookie);
    let m: RegExpExecArray | null;

    if (method === 'GET') {
      if (path === '/' || path === '/wiki' || path === '/wiki/') return redirect(res, '/wiki/home');
      if (path === '/wiki/home') return home(user, res);
      if ((m = /^\/wiki\/spaces\/([^/]+)(?:\/overview)?\/?$/.exec(path))) return space(user, decodeURIComponent(m[1]), res);
      if ((m = /^\/wiki\/spaces\/([^/]+)\/pages\/(\d+)(?:\/[^/]*)?\/?$/.exec(path))) return pageView(user, decodeURIComponent(m[1]), m[2], res);
      if ((m = /^\/wiki\/apps\/kt-handover\/([^/]+)\/?$/.exec(path))) {
        const title = o.app.report?.title ?? 'Handovers';
        return send(res, 200, views.layout(chrome(user, title), views.reportPageHtml(title, host.isBuilt('report'))));
      }
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (path === '/__site/site.css') return send(res, 200, SITE_CSS, TYPES['.css']);
      if (path === '/__site/site.js') return send(res, 200, SITE_JS, TYPES['.js']);
      if (path === '/__forge/bridge-shim.js') return send(res, 200, BRIDGE_SHIM_JS, TYPES['.js']);
      if (path === '/__site/settled') {
        await o.settled();
        return send(res, 200, '{"settled":true}', TYPES['.json']);
      }
      if ((m = /^\/__forge\/frame\/(macro|report)\/(index\.html)?$/.exec(path))) {
        const frame: FrameRef = {
          kind: m[1] as 'macro' | 'report',
          pageId: url.searchParams.get('pageId') ?? undefined,
          localId: url.searchParams.get('localId') ?? undefined,
          isConfig: url.searchParams.get('config') === '1' || undefined,
          frameId: url.searchParams.get('frameId') ?? undefined,
        };
        return send(res, 200, host.frameHtml(frame));
      }
      if ((m = /^\/__forge\/frame\/(macro|report)\/(.+)$/.exec(path))) {
        if (serveDist(m[1] as 'macro' | 'report', decodeURIComponent(m[2]), res)) return;
        return send(res, 404, 'Not found', 'text/plain');
      }
    }
    if (method === 'POST' && path === '/__site/user') {
      const form = await readForm(req);
      const chosen = userFromCookie(`${USER_COOKIE}=${encodeURIComponent(form.get('accountId') ?? '')}`);
      const back = (() => {
        try {
          const ref = new URL(req.headers.referer ?? '/', 'http://site.local');
          return ref.pathname + ref.search;
        } catch {
          return '/wiki/home';
        }
      })();
      return redirect(res, back.startsWith('/') && !back.startsWith('//') ? back : '/wiki/home', {
        'set-cookie': `${USER_COOKIE}=${encodeURIComponent(chosen)}; Path=/; SameSite=Lax`,
      });
    }
    if (method === 'POST' && path === '/__forge/bridge') {
      try {
        const body = await readJson(req);
        const result = await host.handle(user, body.frame as FrameRef, String(body.type), body.payload);
        return send(res, 200, JSON.stringify({ result: result === undefined ? null : result }), TYPES['.json']);
      } catch (e) {
        const err = e as { status?: number; message?: string; code?: string };
        // A UI probing for an optional function the app lacks is not a failure worth a stack trace.
        const missing = /has no definition for/.test(String(err.message));
        const status = e instanceof BridgeError ? e.status : missing ? 501 : 500;
        if (!(e instanceof BridgeError) && !missing) console.error('[site] app function failed:', e);
        return send(res, status, JSON.stringify({ message: err.message ?? String(e), code: err.code }), TYPES['.json']);
      }
    }
    if (await o.sandbox.handle(req, res)) return;
    send(res, 404, views.layout(chrome(user, 'Not found'), views.messageHtml('Not found', 'There is nothing at this address.')));
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e) => {
      console.error('[site]', e);
      if (!res.headersSent) send(res, 500, views.messageHtml('Something went wrong', String((e as Error).message)));
      else res.end();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  siteUrl = `http://localhost:${port}`;
  rest.base = `http://127.0.0.1:${port}`;
  return {
    url: siteUrl,
    port,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export const REPO_ROOT = resolve(__dirname, '..', '..');
