import type { SandboxServer, TaskEvent } from '../../sandbox/confluence';
import { DEMO_SPACE_ID, adf, call, createPage, para, startSandbox, taskList } from './helpers';

let server: SandboxServer;
const events: TaskEvent[] = [];
beforeAll(async () => {
  server = await startSandbox();
  server.events.on('task', (e: TaskEvent) => events.push(e));
});
afterAll(() => server.close());

async function readBody(pageId: string) {
  const res = await call(server, 'app', 'GET', `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`);
  return { version: res.body.version.number as number, doc: JSON.parse(res.body.body.atlas_doc_format.value) };
}

function statesOf(doc: any): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (n: any) => {
    if (n.type === 'taskItem') out[n.attrs.localId] = n.attrs.state;
    (n.content ?? []).forEach(walk);
  };
  walk(doc);
  return out;
}

it('derives tasks from the taskItems of the page body', async () => {
  const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Tasks: derive', adf(
    para('intro'),
    taskList([{ localId: 'a', state: 'TODO' }, { localId: 'b', state: 'DONE' }]),
  ));
  const res = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`);
  expect(res.body.results.map((t: any) => [t.localId, t.status])).toEqual([['a', 'incomplete'], ['b', 'complete']]);
  const done = res.body.results[1];
  expect(done).toMatchObject({ pageId: page.id, spaceId: DEMO_SPACE_ID, completedBy: 'user-outgoing', createdBy: 'user-outgoing' });
  const onlyOpen = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}&status=incomplete`);
  expect(onlyOpen.body.results.map((t: any) => t.localId)).toEqual(['a']);
});

it('records who ticked a task in a page edit, and clears it when unticked', async () => {
  const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Tasks: edit', adf(taskList([{ localId: 'e1', state: 'TODO' }])));
  events.length = 0;
  const put = (n: number, state: 'TODO' | 'DONE', who: string) =>
    call(server, who, 'PUT', `/wiki/api/v2/pages/${page.id}`, {
      id: page.id, status: 'current', title: 'Tasks: edit',
      body: { representation: 'atlas_doc_format', value: adf(taskList([{ localId: 'e1', state }])) },
      version: { number: n },
    });
  await put(2, 'DONE', 'user-incoming');
  let task = (await call(server, 'app', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`)).body.results[0];
  expect(task).toMatchObject({ status: 'complete', completedBy: 'user-incoming' });
  expect(Date.parse(task.completedAt)).not.toBeNaN();
  // A later write that keeps the item DONE (an app regeneration) keeps who ticked it.
  await put(3, 'DONE', 'user-outgoing');
  task = (await call(server, 'app', 'GET', `/wiki/api/v2/tasks/${task.id}`)).body;
  expect(task.completedBy).toBe('user-incoming');
  await put(4, 'TODO', 'user-outgoing');
  task = (await call(server, 'app', 'GET', `/wiki/api/v2/tasks/${task.id}`)).body;
  expect(task.status).toBe('incomplete');
  expect(task.completedBy).toBeUndefined();
  expect(events.map((e) => [e.task.localId, e.task.status, e.atlassianId])).toEqual([
    ['e1', 'complete', 'user-incoming'],
    ['e1', 'incomplete', 'user-outgoing'],
  ]);
});

it('ticks a task through PUT /tasks/{id}: flips the body, bumps the version, emits the event', async () => {
  const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Tasks: tick', adf(taskList([{ localId: 't1', state: 'TODO' }, { localId: 't2', state: 'TODO' }])));
  const tasks = (await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`)).body.results;
  events.length = 0;
  const res = await call(server, 'user-incoming', 'PUT', `/wiki/api/v2/tasks/${tasks[1].id}`, { status: 'complete' });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ localId: 't2', status: 'complete', completedBy: 'user-incoming' });
  const after = await readBody(page.id);
  expect(after.version).toBe(2);
  expect(statesOf(after.doc)).toEqual({ t1: 'TODO', t2: 'DONE' });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    eventType: 'avi:confluence:updated:task',
    atlassianId: 'user-incoming',
    task: { id: tasks[1].id, localId: 't2', status: 'complete', pageId: page.id },
  });
  // The app's stale write now conflicts rather than silently unticking.
  const stale = await call(server, 'app', 'PUT', `/wiki/api/v2/pages/${page.id}`, {
    id: page.id, status: 'current', title: 'Tasks: tick',
    body: { representation: 'atlas_doc_format', value: adf(taskList([{ localId: 't1', state: 'TODO' }, { localId: 't2', state: 'TODO' }])) },
    version: { number: 2 },
  });
  expect(stale.status).toBe(409);
});

it('hides tasks of spaces the caller may not see', async () => {
  const page = await createPage(server, 'user-outgoing', '131075', 'Tasks: FIN', adf(taskList([{ localId: 'f1', state: 'TODO' }])));
  const seenByOutsider = await call(server, 'user-outsider', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`);
  expect(seenByOutsider.body.results).toEqual([]);
  const task = (await call(server, 'user-admin', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`)).body.results[0];
  expect((await call(server, 'user-outsider', 'PUT', `/wiki/api/v2/tasks/${task.id}`, { status: 'complete' })).status).toBe(404);
});

it('pages through many tasks with _links.next', async () => {
  const items = Array.from({ length: 30 }, (_, i) => ({ localId: `m${i}`, state: 'TODO' as const }));
  const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Tasks: many', adf(taskList(items)));
  const first = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${page.id}`);
  expect(first.body.results).toHaveLength(25);
  const second = await call(server, 'user-incoming', 'GET', first.body._links.next);
  expect(second.body.results.map((t: any) => t.localId)).toEqual(['m25', 'm26', 'm27', 'm28', 'm29']);
  expect(second.body._links.next).toBeUndefined();
});
