/**
 * REST calls the app makes to write a handover page, counted from the sandbox's request log:
 * a new page (the budget is 4), a regeneration after ticks, and a reconcile after a tick.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createSandboxServer } from '../sandbox/confluence';
import { installLocalForgeRuntime, invokeFunction, macroContext } from '../sandbox/forge';
import { seedDemo } from '../sandbox/seed/demo';
import { resolver } from '../src';

const NEW_PAGE_BUDGET = 4;

async function main(): Promise<void> {
  const server = await createSandboxServer({ dir: ':memory:' });
  const runtime = installLocalForgeRuntime({ confluenceUrl: server.url });
  const seed = seedDemo(server);
  const transcript = fs.readFileSync(path.resolve(__dirname, '../sandbox/seed/assets/seed-order-platform.txt'), 'utf8');
  const context = macroContext({ pageId: seed.ktPage.id, spaceId: seed.space.id, spaceKey: seed.space.key, config: seed.macroConfig });
  const call = (functionKey: string, payload: unknown, accountId = 'user-outgoing') =>
    invokeFunction<{ ok: boolean; value: any; error?: unknown }>(resolver as never, { functionKey, payload, accountId, context });

  const measure = async (label: string, run: () => Promise<{ ok: boolean; value: any; error?: unknown }>) => {
    server.requestLog.length = 0;
    const started = performance.now();
    const result = await run();
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`${label} failed: ${JSON.stringify(result.error)}`);
    const calls = [...server.requestLog];
    console.log(`${label}: ${calls.length} REST calls, ${ms.toFixed(0)} ms (sandbox on localhost, extraction included)`);
    for (const c of calls) console.log(`    ${c.method.padEnd(4)} ${c.path} → ${c.status}`);
    return { calls, result };
  };

  const created = await measure('new handover page (text pasted)', () => call('createOrUpdatePage', { source: { text: transcript } }));
  const pageId = created.result.value.pageId as string;

  const tasks = await fetch(`${server.url}/wiki/api/v2/tasks?page-id=${pageId}`, { headers: { authorization: 'Bearer sandbox-user:user-incoming' } });
  const [first] = ((await tasks.json()) as { results: Array<{ id: string }> }).results;
  await fetch(`${server.url}/wiki/api/v2/tasks/${first.id}`, {
    method: 'PUT',
    headers: { authorization: 'Bearer sandbox-user:user-incoming', 'content-type': 'application/json' },
    body: JSON.stringify({ id: first.id, status: 'complete' }),
  });

  await measure('regeneration after a tick', () => call('createOrUpdatePage', { source: { text: transcript } }));
  await fetch(`${server.url}/wiki/api/v2/tasks/${first.id}`, {
    method: 'PUT',
    headers: { authorization: 'Bearer sandbox-user:user-incoming', 'content-type': 'application/json' },
    body: JSON.stringify({ id: first.id, status: 'incomplete' }),
  });
  await measure('reconcile after an untick (macro opened)', () => call('getHandoverStatus', {}, 'user-incoming'));
  await measure('reconcile with nothing new', () => call('getHandoverStatus', {}, 'user-incoming'));

  runtime.uninstall();
  await server.close();
  const newPageCalls = created.calls.length;
  console.log(`new page: ${newPageCalls} REST calls (budget ${NEW_PAGE_BUDGET}): ${newPageCalls <= NEW_PAGE_BUDGET ? 'within budget' : 'OVER BUDGET'}`);
  if (newPageCalls > NEW_PAGE_BUDGET) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
