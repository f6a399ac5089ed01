import { createSandboxServer, type SandboxServer } from '../../sandbox/confluence';

/** A fresh in-memory sandbox per test file, and a small REST caller acting as a given user. */

export async function startSandbox(): Promise<SandboxServer> {
  return createSandboxServer({ dir: ':memory:', port: 0 });
}

export type Who = string | 'app' | null;

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(server: SandboxServer, who: Who, method: string, path: string, body?: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (who === 'app') headers.authorization = 'Bearer sandbox-app';
  else if (who) headers.authorization = `Bearer sandbox-user:${who}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // bytes, e.g. an attachment download
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export const adf = (...content: unknown[]) => JSON.stringify({ type: 'doc', version: 1, content });
export const para = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
export const taskList = (items: Array<{ localId: string; state: 'TODO' | 'DONE'; text?: string }>) => ({
  type: 'taskList',
  attrs: { localId: `list-${items.map((i) => i.localId).join('-')}` },
  content: items.map((i) => ({
    type: 'taskItem',
    attrs: { localId: i.localId, state: i.state },
    content: [{ type: 'text', text: i.text ?? `Verified by incoming owner (${i.localId})` }],
  })),
});

export const DEMO_SPACE_ID = '131073';
export const OPS_SPACE_ID = '131074';

export async function createPage(server: SandboxServer, who: Who, spaceId: string, title: string, body = adf(para(title)), parentId?: string) {
  const res = await call(server, who, 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title,
    ...(parentId ? { parentId } : {}),
    body: { representation: 'atlas_doc_format', value: body },
  });
  if (res.status !== 200) throw new Error(`create page failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: { number: number }; spaceId: string; title: string };
}
