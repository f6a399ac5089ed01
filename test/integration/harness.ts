import fs from 'node:fs';
import path from 'node:path';
import { createSandboxServer, type SandboxServer } from '../../sandbox/confluence';
import { deliverTaskEvents, installLocalForgeRuntime, invokeFunction, macroContext, type TaskEventDelivery } from '../../sandbox/forge';
import { seedDemo, type DemoSeed } from '../../sandbox/seed/demo';
import { resolver, onTaskUpdated } from '../../src';
import type { HandoverState } from '../../src/handover/state';
import { ConfluenceError } from '../../src/confluence';

/**
 * A real sandbox over HTTP, the demo seed, and the app's unchanged Forge entry points wired to
 * it the way Forge calls them. Each suite gets its own in-memory Confluence.
 */
export interface Harness {
  server: SandboxServer;
  seed: DemoSeed;
  /** Calls a macro resolver function as `accountId` from the seeded KT page's macro. */
  call<T = unknown>(functionKey: string, payload?: unknown, accountId?: string, config?: Record<string, unknown>): Promise<T>;
  /** A REST call straight to the sandbox as a user (what a person does in the Confluence UI). */
  rest<T = unknown>(method: string, path: string, accountId: string, body?: unknown): Promise<{ status: number; json: T }>;
  /** Starts forwarding task events to the app's trigger. */
  deliverEvents(): TaskEventDelivery;
  close(): Promise<void>;
}

/** The repo's copy of the real seed transcript (../shared/fixtures/seed-order-platform.txt). */
export const SEED_TRANSCRIPT_PATH = path.resolve(__dirname, '../../sandbox/seed/assets/seed-order-platform.txt');

export const seedTranscript = (): string => fs.readFileSync(SEED_TRANSCRIPT_PATH, 'utf8');

export async function startHarness(): Promise<Harness> {
  const server = await createSandboxServer({ dir: ':memory:' });
  const runtime = installLocalForgeRuntime({ confluenceUrl: server.url });
  const seed = seedDemo(server);
  const deliveries: TaskEventDelivery[] = [];
  return {
    server,
    seed,
    async call<T>(functionKey: string, payload?: unknown, accountId = 'user-outgoing', config?: Record<string, unknown>): Promise<T> {
      const context = macroContext({
        pageId: seed.ktPage.id,
        spaceId: seed.space.id,
        spaceKey: seed.space.key,
        config: config ?? seed.macroConfig,
      });
      return invokeFunction<T>(resolver as never, { functionKey, payload, accountId, context });
    },
    async rest<T>(method: string, p: string, accountId: string, body?: unknown) {
      const res = await fetch(`${server.url}${p}`, {
        method,
        headers: { authorization: `Bearer sandbox-user:${accountId}`, 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T };
    },
    deliverEvents() {
      const d = deliverTaskEvents(server, onTaskUpdated as never);
      deliveries.push(d);
      return d;
    },
    async close() {
      deliveries.forEach((d) => d.stop());
      runtime.uninstall();
      await server.close();
    },
  };
}

export type Ok<T> = { ok: true; value: T };
export function unwrap<T>(result: { ok: boolean; value?: T; error?: { message: string } }): T {
  if (!result.ok) throw new Error(`resolver failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export interface WrittenPage {
  needsConfirmation: false;
  created: boolean;
  pageId: string;
  title: string;
  version: number;
  state: HandoverState;
}

export interface RestTask {
  id: string;
  localId: string;
  status: 'complete' | 'incomplete';
  completedBy?: string;
  completedAt?: string;
}

/** Reads what a person (or an admin) would see in Confluence, straight from the sandbox. */
export async function tasksOf(h: Harness, pageId: string, as = 'user-admin'): Promise<RestTask[]> {
  const res = await h.rest<{ results: RestTask[] }>('GET', `/wiki/api/v2/tasks?page-id=${pageId}&limit=250`, as);
  return res.json.results;
}

export async function tick(h: Harness, taskId: string, as: string, status: 'complete' | 'incomplete' = 'complete'): Promise<void> {
  const res = await h.rest('PUT', `/wiki/api/v2/tasks/${taskId}`, as, { id: taskId, status });
  if (res.status !== 200) throw new Error(`tick failed: ${res.status} ${JSON.stringify(res.json)}`);
}

export async function stateOf(h: Harness, pageId: string): Promise<HandoverState> {
  const res = await h.rest<{ results: Array<{ value: HandoverState }> }>('GET', `/wiki/api/v2/pages/${pageId}/properties?key=kt-handover`, 'user-admin');
  return res.json.results[0].value;
}

export interface RestPage {
  id: string;
  title: string;
  parentId: string;
  version: { number: number };
  body: { atlas_doc_format: { value: string } };
}

export async function pageOf(h: Harness, pageId: string): Promise<RestPage & { adf: any }> {
  const res = await h.rest<RestPage>('GET', `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`, 'user-admin');
  return { ...res.json, adf: JSON.parse(res.json.body.atlas_doc_format.value) };
}

/** Every node of an ADF tree, depth first. */
export function nodesOf(adf: any): any[] {
  const out: any[] = [];
  const walk = (n: any) => {
    out.push(n);
    (n.content ?? []).forEach(walk);
  };
  walk(adf);
  return out;
}

/** The plain text of an ADF subtree, mentions as their account ids. */
export function textOfNode(n: any): string {
  if (n.type === 'text') return n.text;
  if (n.type === 'mention') return `@${n.attrs.id}`;
  if (n.type === 'status') return n.attrs.text;
  if (n.type === 'date') return `[date ${n.attrs.timestamp}]`;
  return (n.content ?? []).map(textOfNode).join(n.type === 'paragraph' ? '' : ' ');
}

/** The Page Properties table as key → text. */
export function pagePropertiesOf(adf: any): Record<string, string> {
  const details = nodesOf(adf).find((n) => n.type === 'bodiedExtension' && n.attrs.extensionKey === 'details');
  const rows = nodesOf(details).filter((n) => n.type === 'tableRow');
  return Object.fromEntries(rows.map((r) => [textOfNode(r.content[0]).trim(), textOfNode(r.content[1]).trim()]));
}

export async function uploadAttachment(h: Harness, pageId: string, file: string, as = 'user-outgoing', mediaType = 'application/octet-stream'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)], { type: mediaType }), path.basename(file));
  const res = await fetch(`${h.server.url}/wiki/rest/api/content/${pageId}/child/attachment`, {
    method: 'POST',
    headers: { authorization: `Bearer sandbox-user:${as}`, 'X-Atlassian-Token': 'no-check' },
    body: form,
  });
  const json = (await res.json()) as { results: Array<{ id: string }> };
  if (res.status !== 200) throw new Error(`upload failed: ${res.status} ${JSON.stringify(json)}`);
  return json.results[0].id;
}

/** Runs `fn` inside an invocation bound to `accountId`, so asUser() acts as them; errors come back as values. */
export async function bindUser<T>(accountId: string, fn: () => Promise<T>): Promise<T> {
  const out = await invokeFunction<{ value?: T; error?: Record<string, unknown> }>(
    (async () => {
      try {
        return { value: await fn() };
      } catch (e) {
        return { error: { ...(e as object), message: (e as Error).message, name: (e as Error).name } };
      }
    }) as never,
    { accountId },
  );
  if (out.error) throw Object.assign(Object.create(ConfluenceError.prototype), out.error);
  return out.value as T;
}
