import api, { NeedsAuthenticationError, route } from '@forge/api';
import Resolver from '@forge/resolver';
import type { SandboxServer } from '../../sandbox/confluence';
import { deliverTaskEvents, installLocalForgeRuntime, invokeFunction, macroContext } from '../../sandbox/forge';
import { OPS_SPACE_ID, adf, call, createPage, startSandbox, taskList } from './helpers';

/** Product code written only against @forge/api and @forge/resolver, with no sandbox branches. */
const resolver = new Resolver();
resolver.define('readPage', async ({ payload, context }) => {
  const res = await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${(payload as { id: string }).id}`, {
    headers: { Accept: 'application/json' },
  });
  return { status: res.status, title: res.ok ? ((await res.json()) as { title: string }).title : undefined, who: context.accountId };
});
resolver.define('readPageAsApp', async ({ payload }) => {
  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${(payload as { id: string }).id}`);
  return { status: res.status };
});
resolver.define('whoAmI', async () => {
  const res = await api.asUser().requestConfluence(route`/wiki/rest/api/user/current`);
  return ((await res.json()) as { accountId: string }).accountId;
});
resolver.define('context', ({ context }) => context);
const handler = resolver.getDefinitions() as unknown as (req: unknown, backend: unknown) => Promise<unknown>;

let server: SandboxServer;
let uninstall: () => void;
let opsPageId: string;
beforeAll(async () => {
  server = await startSandbox();
  uninstall = installLocalForgeRuntime({ confluenceUrl: server.url }).uninstall;
  opsPageId = (await createPage(server, 'user-outgoing', OPS_SPACE_ID, 'Forge: OPS page')).id;
});
afterAll(async () => {
  uninstall();
  await server.close();
});

it('routes asUser() calls to the sandbox as the invoking user, and permissions hold', async () => {
  server.requestLog.length = 0;
  const asIncoming = await invokeFunction<{ status: number; title: string; who: string }>(handler, {
    functionKey: 'readPage',
    payload: { id: opsPageId },
    accountId: 'user-incoming',
  });
  expect(asIncoming).toEqual({ status: 200, title: 'Forge: OPS page', who: 'user-incoming' });
  const asOutsider = await invokeFunction<{ status: number }>(handler, { functionKey: 'readPage', payload: { id: opsPageId }, accountId: 'user-outsider' });
  expect(asOutsider.status).toBe(404);
  expect(server.requestLog.map((r) => r.accountId)).toEqual(['user-incoming', 'user-outsider']);
});

it('keeps concurrent invocations apart: each call acts as its own user', async () => {
  const users = ['user-outgoing', 'user-incoming', 'user-admin', 'user-outsider'];
  const seen = await Promise.all(users.map((accountId) => invokeFunction<string>(handler, { functionKey: 'whoAmI', accountId })));
  expect(seen).toEqual(users);
});

it('routes asApp() calls as the app, which sees every space', async () => {
  const res = await invokeFunction<{ status: number }>(handler, { functionKey: 'readPageAsApp', payload: { id: opsPageId }, accountId: 'user-outsider' });
  expect(res.status).toBe(200);
});

it('passes the Forge context and the principal the way Forge does', async () => {
  const context = macroContext({ pageId: '1', spaceId: '131073', spaceKey: 'DEMO', config: { incomingOwners: ['user-incoming'] } });
  const seen = await invokeFunction<Record<string, any>>(handler, { functionKey: 'context', accountId: 'user-incoming', context });
  expect(seen.accountId).toBe('user-incoming');
  expect(seen.extension.content.id).toBe('1');
  expect(seen.extension.config).toEqual({ incomingOwners: ['user-incoming'] });
  expect(seen.installContext).toBe('ari:cloud:confluence::site/sandbox');
});

it('delivers task events to a trigger as the app, where asUser has no user', async () => {
  const page = await createPage(server, 'user-outgoing', '131073', 'Forge: tasks', adf(taskList([{ localId: 'fx-1', state: 'TODO' }])));
  const seen: Array<{ event: any; asUserStatus: string }> = [];
  const delivery = deliverTaskEvents(server, async (event: any) => {
    let asUserStatus = 'ok';
    try {
      await api.asUser().requestConfluence(route`/wiki/api/v2/tasks/${event.task.id}`);
    } catch (e) {
      asUserStatus = e instanceof NeedsAuthenticationError ? 'needs-auth' : String(e);
    }
    const res = await api.asApp().requestConfluence(route`/wiki/api/v2/tasks/${event.task.id}`);
    seen.push({ event: { ...event, fetched: await res.json() }, asUserStatus });
  });
  const tasks = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`);
  await call(server, 'user-incoming', 'PUT', `/wiki/api/v2/tasks/${tasks.body.results[0].id}`, { status: 'complete' });
  await delivery.idle();
  delivery.stop();
  expect(seen).toHaveLength(1);
  expect(seen[0].event.eventType).toBe('avi:confluence:updated:task');
  expect(seen[0].event.atlassianId).toBe('user-incoming');
  expect(seen[0].event.fetched.completedBy).toBe('user-incoming');
  expect(seen[0].asUserStatus).toBe('needs-auth');
});

it('idle() also waits for events caused by the trigger itself', async () => {
  const page = await createPage(server, 'user-outgoing', '131073', 'Forge: chained', adf(taskList([{ localId: 'ch-1', state: 'TODO' }, { localId: 'ch-2', state: 'TODO' }])));
  const handled: string[] = [];
  // A trigger that ticks the second task when the first is ticked: its write emits a new event.
  const delivery = deliverTaskEvents(server, async (event: any) => {
    handled.push(event.task.localId);
    if (event.task.localId !== 'ch-1') return;
    const list = await api.asApp().requestConfluence(route`/wiki/api/v2/tasks?page-id=${page.id}&status=incomplete`);
    const next = ((await list.json()) as { results: Array<{ id: string }> }).results[0];
    await new Promise((r) => setTimeout(r, 20));
    await api.asApp().requestConfluence(route`/wiki/api/v2/tasks/${next.id}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'complete' }),
    });
  });
  const first = (await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`)).body.results[0];
  await call(server, 'user-incoming', 'PUT', `/wiki/api/v2/tasks/${first.id}`, { status: 'complete' });
  await delivery.idle();
  delivery.stop();
  expect(handled).toEqual(['ch-1', 'ch-2']);
  expect(delivery.errors).toEqual([]);
});
