import {
  nodesOf,
  pageOf,
  pagePropertiesOf,
  seedTranscript,
  startHarness,
  stateOf,
  tasksOf,
  textOfNode,
  tick,
  unwrap,
  type Harness,
  type WrittenPage,
} from './harness';
import { onTaskUpdated } from '../../src';
import { invokeTrigger } from '../../sandbox/forge';
import { principalFor } from '../../sandbox/confluence/principals';
import { HttpError } from '../../sandbox/confluence/errors';
import { applyTasks } from '../../src/usecases/apply-tasks';
import { HISTORY_LIMIT } from '../../src/handover/state';

/** Issue 5: ticks become verification records, through the trigger and the reconcile step. */

const fromText = () => ({ source: { text: seedTranscript() } });

/** The "Verification:" line under the section whose task has `localId`. */
function verificationLineOf(adf: any, localId: string): string {
  for (const n of nodesOf(adf)) {
    const i = (n.content ?? []).findIndex((c: any) => c.type === 'taskList' && c.content?.[0]?.attrs?.localId === localId);
    if (i >= 0) return textOfNode(n.content[i + 1]);
  }
  throw new Error(`no task ${localId}`);
}

describe('verification through task events', () => {
  let h: Harness;
  let page: WrittenPage;
  beforeEach(async () => {
    h = await startHarness();
    page = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
  });
  afterEach(() => h.close());

  test('ticks by the incoming owner are recorded with name and date; the app does not loop on its own writes', async () => {
    const delivery = h.deliverEvents();
    const tasks = (await tasksOf(h, page.pageId)).slice(0, 3);
    for (const t of tasks) await tick(h, t.id, 'user-incoming');
    await delivery.idle();

    expect(delivery.errors).toEqual([]);
    // One event per tick: the app's own page writes raised none.
    expect(delivery.delivered).toBe(3);
    const state = await stateOf(h, page.pageId);
    expect(state.counts.verified).toBe(3);
    expect(state.status).toBe('in-verification');
    const written = await pageOf(h, page.pageId);
    const props = pagePropertiesOf(written.adf);
    expect(props.Verified).toBe('3/13');
    expect(props.Status).toBe('IN VERIFICATION');
    for (const t of tasks) {
      const after = (await tasksOf(h, page.pageId)).find((x) => x.localId === t.localId)!;
      expect(verificationLineOf(written.adf, t.localId)).toBe(
        `Verification: verified by @user-incoming on [date ${Date.parse(after.completedAt!)}]`,
      );
    }
    // Ticks stayed ticked through the app's writes.
    const done = nodesOf(written.adf).filter((n) => n.type === 'taskItem' && n.attrs.state === 'DONE');
    expect(done).toHaveLength(3);
  });

  test("someone who is not an incoming owner ticking is recorded and flagged, not counted", async () => {
    const delivery = h.deliverEvents();
    const [mine, theirs] = await tasksOf(h, page.pageId);
    await tick(h, mine.id, 'user-incoming');
    await tick(h, theirs.id, 'user-admin');
    await delivery.idle();

    const state = await stateOf(h, page.pageId);
    expect(state.counts.verified).toBe(1);
    const flagged = state.sections.find((s) => s.taskLocalId === theirs.localId)!;
    expect(flagged.verified).toBeUndefined();
    expect(flagged.flagged?.by).toBe('user-admin');
    const written = await pageOf(h, page.pageId);
    expect(pagePropertiesOf(written.adf).Verified).toBe('1/13');
    expect(verificationLineOf(written.adf, theirs.localId)).toMatch(/ticked by @user-admin .* not counted/);
  });

  test('unticking drops the count and the history keeps who verified what and when', async () => {
    const delivery = h.deliverEvents();
    const [a, b] = await tasksOf(h, page.pageId);
    await tick(h, a.id, 'user-incoming');
    await tick(h, b.id, 'user-incoming');
    await delivery.idle();
    const verifiedAt = (await stateOf(h, page.pageId)).sections.find((s) => s.taskLocalId === a.localId)!.verified!.at;

    await tick(h, a.id, 'user-incoming', 'incomplete');
    await delivery.idle();
    const state = await stateOf(h, page.pageId);
    expect(state.counts.verified).toBe(1);
    const section = state.sections.find((s) => s.taskLocalId === a.localId)!;
    expect(section.verified).toBeUndefined();
    expect(section.taskState).toBe('TODO');
    const events = state.history.filter((e) => e.section === section.id);
    expect(events.map((e) => [e.action, e.by])).toEqual([
      ['verified', 'user-incoming'],
      ['unverified', 'user-incoming'],
    ]);
    expect(events[0].at).toBe(verifiedAt);
    const written = await pageOf(h, page.pageId);
    expect(pagePropertiesOf(written.adf).Verified).toBe('1/13');
    expect(verificationLineOf(written.adf, a.localId)).toBe('Verification: not verified');

    // Regenerating keeps the remaining record and the history.
    unwrap(await h.call('createOrUpdatePage', fromText()));
    const regenerated = await stateOf(h, page.pageId);
    expect(regenerated.counts.verified).toBe(1);
    expect(regenerated.history).toEqual(state.history);
  });

  test('a lost task event is healed by the reconcile step when the macro opens', async () => {
    const [a] = await tasksOf(h, page.pageId);
    await tick(h, a.id, 'user-incoming'); // no event delivered
    expect((await stateOf(h, page.pageId)).counts.verified).toBe(0);

    const status = unwrap<{ exists: boolean; state: { counts: { verified: number } } }>(await h.call('getHandoverStatus', {}, 'user-incoming'));
    expect(status.exists).toBe(true);
    expect(status.state.counts.verified).toBe(1);
    const state = await stateOf(h, page.pageId);
    expect(state.sections.find((s) => s.taskLocalId === a.localId)!.verified?.by).toBe('user-incoming');
    expect(pagePropertiesOf((await pageOf(h, page.pageId)).adf).Verified).toBe('1/13');
    // Opening again changes nothing and writes nothing.
    h.server.requestLog.length = 0;
    unwrap(await h.call('getHandoverStatus', {}, 'user-incoming'));
    expect(h.server.requestLog.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('two ticks racing an app write: the 409 is merged and nothing is lost', async () => {
    const delivery = h.deliverEvents();
    const [a, b] = await tasksOf(h, page.pageId);
    // Right after the app read the page and right before its write lands, two ticks come in
    // (as PUT /tasks does), so the write is stale and Confluence answers 409.
    const store = h.server.store;
    const original = store.updatePage.bind(store);
    const incoming = principalFor(store.db, 'user-incoming')!;
    let raced = false;
    store.updatePage = ((p, id, input) => {
      if (!raced && String(id) === page.pageId && p.accountId === 'user-outgoing') {
        raced = true;
        store.updateTask(incoming, Number(a.id), 'complete');
        store.updateTask(incoming, Number(b.id), 'complete');
      }
      return original(p, id, input);
    }) as typeof store.updatePage;

    h.server.requestLog.length = 0;
    unwrap(await h.call('createOrUpdatePage', fromText()));
    await delivery.idle();
    const puts = h.server.requestLog.filter(
      (r) => r.method === 'PUT' && r.path === `/wiki/api/v2/pages/${page.pageId}` && r.accountId === 'user-outgoing',
    );
    expect(puts.map((r) => r.status)).toEqual([409, 200]);
    expect(delivery.errors).toEqual([]);

    const done = (await tasksOf(h, page.pageId)).filter((t) => t.status === 'complete').map((t) => t.localId);
    expect(done.sort()).toEqual([a.localId, b.localId].sort());
    const written = await pageOf(h, page.pageId);
    const doneItems = nodesOf(written.adf).filter((n) => n.type === 'taskItem' && n.attrs.state === 'DONE');
    expect(doneItems.map((n) => n.attrs.localId).sort()).toEqual([a.localId, b.localId].sort());
    const state = await stateOf(h, page.pageId);
    expect(state.counts.verified).toBe(2);
    expect(pagePropertiesOf(written.adf).Verified).toBe('2/13');
  });

  test('the history stays bounded however often a task is ticked and unticked', async () => {
    const state = await stateOf(h, page.pageId);
    const tasks = await tasksOf(h, page.pageId);
    const task = tasks.find((t) => t.localId === state.sections[0].taskLocalId)!;
    let current = state;
    for (let i = 0; i < HISTORY_LIMIT; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      current = applyTasks(current, [{ ...task, status: 'complete', completedBy: 'user-incoming', completedAt: at }], at).state;
      current = applyTasks(current, [{ ...task, status: 'incomplete', updatedAt: at }], at).state;
    }
    expect(current.history).toHaveLength(HISTORY_LIMIT);
    expect(current.history.at(-1)).toMatchObject({ action: 'unverified', by: 'user-incoming', at: new Date(Date.UTC(2026, 0, 1, 0, HISTORY_LIMIT - 1)).toISOString() });
    expect(current.counts.verified).toBe(0);
  });

  test('a viewer who may not edit the handover page still sees the current verification', async () => {
    const [a] = await tasksOf(h, page.pageId);
    await tick(h, a.id, 'user-incoming');
    const store = h.server.store;
    const original = store.updatePage.bind(store);
    store.updatePage = ((p, id, input) => {
      if (p.accountId === 'user-outsider') throw new HttpError(403, 'You may not edit this page');
      return original(p, id, input);
    }) as typeof store.updatePage;
    const status = unwrap<{ saved: boolean; state: { counts: { verified: number } } }>(await h.call('getHandoverStatus', {}, 'user-outsider'));
    store.updatePage = original;
    expect(status.state.counts.verified).toBe(1);
    expect(status.saved).toBe(false);
    // Nothing was stored in their name; the next reconcile with edit rights stores it.
    expect((await stateOf(h, page.pageId)).counts.verified).toBe(0);
  });

  test('task events from pages that are not handovers are ignored', async () => {
    const result = (await invokeTrigger(onTaskUpdated as never, {
      eventType: 'avi:confluence:updated:task',
      task: { id: '1', localId: 'x', status: 'complete', pageId: h.seed.architecturePage.id },
    })) as { handled: boolean };
    expect(result.handled).toBe(false);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const junk = (await invokeTrigger(onTaskUpdated as never, { eventType: 'avi:confluence:updated:page' })) as { handled: boolean };
    expect(junk.handled).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

