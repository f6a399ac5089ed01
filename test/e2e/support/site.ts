import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startLocalSite, type LocalSite } from '../../../sandbox/site/local-site';
import { forgeMacroNode } from '../../../sandbox/seed/demo';

export const ROOT = resolve(__dirname, '..', '..', '..');

export interface TestSite extends LocalSite {
  dir: string;
  /** Calls the sandbox REST API as a user (or the app), as the site's own server does. */
  rest<T = any>(path: string, init?: { method?: string; body?: unknown; as?: string }): Promise<{ status: number; json: T }>;
  /** Id of a page found by its exact title (as the app, which sees every space). */
  pageId(title: string): Promise<string>;
  /** Uploads a file to a page through Confluence's v1 attachment endpoint, as a user. */
  attach(pageId: string, fileName: string, bytes: Buffer, mediaType: string, as?: string): Promise<void>;
  /** A new DEMO page holding the KT macro (with the demo's config), as the outgoing owner. */
  createMacroPage(title: string): Promise<string>;
  /** The page's `kt-handover` content property value (the app's record), as the app sees it. */
  handoverState(pageId: string): Promise<any>;
  stop(): Promise<void>;
}

/** The whole local site on a free port with a fresh, empty database (seeded with the demo). */
export async function startTestSite(): Promise<TestSite> {
  for (const kind of ['macro'] as const) {
    if (!existsSync(join(ROOT, 'static', kind, 'dist', 'index.html'))) {
      throw new Error(`static/${kind}/dist is missing: run \`npm run build:ui\` first (npm test does it in pretest).`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'kt-e2e-'));
  const site = await startLocalSite({ dir, port: 0 });
  const base = `http://127.0.0.1:${site.port}`;
  const rest: TestSite['rest'] = async (path, init = {}) => {
    const who = init.as ?? 'sandbox-app';
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: who === 'sandbox-app' ? 'Bearer sandbox-app' : `Bearer sandbox-user:${who}`,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
  return {
    ...site,
    dir,
    rest,
    async pageId(title) {
      const a = await rest(`/wiki/api/v2/pages?title=${encodeURIComponent(title)}`);
      const id = a.json?.results?.[0]?.id;
      if (!id) throw new Error(`No page titled "${title}" in the sandbox`);
      return String(id);
    },
    async attach(pageId, fileName, bytes, mediaType, as = 'user-outgoing') {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: mediaType }), fileName);
      const res = await fetch(`${base}/wiki/rest/api/content/${pageId}/child/attachment`, {
        method: 'POST',
        headers: { authorization: `Bearer sandbox-user:${as}`, 'X-Atlassian-Token': 'no-check' },
        body: form,
      });
      if (!res.ok) throw new Error(`Upload of ${fileName} failed: ${res.status} ${await res.text()}`);
    },
    async createMacroPage(title) {
      const body = { type: 'doc', version: 1, content: [forgeMacroNode(randomUUID(), site.demo.macroConfig)] };
      const a = await rest('/wiki/api/v2/pages', {
        method: 'POST',
        as: 'user-outgoing',
        body: { spaceId: site.demo.space.id, status: 'current', title, body: { representation: 'atlas_doc_format', value: JSON.stringify(body) } },
      });
      if (a.status !== 200 && a.status !== 201) throw new Error(`Could not create page ${title}: ${a.status} ${JSON.stringify(a.json)}`);
      return String(a.json.id);
    },
    async handoverState(pageId) {
      const a = await rest(`/wiki/api/v2/pages/${pageId}/properties?key=kt-handover`);
      return a.json?.results?.[0]?.value;
    },
    async stop() {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
