import {
  nodesOf,
  pageOf,
  pagePropertiesOf,
  seedTranscript,
  startHarness,
  stateOf,
  tasksOf,
  tick,
  unwrap,
  type Harness,
  type WrittenPage,
} from './harness';
import { principalFor } from '../../sandbox/confluence/principals';

/** Issue 3: the handover page written into Confluence and regenerated, over real HTTP. */

const fromText = () => ({ source: { text: seedTranscript(), fileName: 'seed-order-platform.txt' } });

describe('writing the handover page', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  test('a new page from the seed transcript is a labelled child of the macro page with its state, in at most 4 REST calls', async () => {
    h.server.requestLog.length = 0;
    const page = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const calls = [...h.server.requestLog];

    expect(page.created).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(4);
    // Everything was done as the user who ran the macro, not as the app.
    expect(new Set(calls.map((c) => c.accountId))).toEqual(new Set(['user-outgoing']));

    const written = await pageOf(h, page.pageId);
    expect(written.parentId).toBe(h.seed.ktPage.id);
    expect(written.title).toMatch(/^Handover: \S/);
    const labels = await h.rest<{ results: Array<{ name: string }> }>('GET', `/wiki/rest/api/content/${page.pageId}/label`, 'user-admin');
    expect(labels.json.results.map((l) => l.name)).toContain('kt-handover');

    const state = await stateOf(h, page.pageId);
    expect(state.sections).toHaveLength(13);
    expect(state.pageVersion).toBe(written.version.number);
    expect(state.owners).toEqual({ outgoing: 'user-outgoing', incoming: ['user-incoming'] });
    expect(state.status).toBe('draft');
    const taskItems = nodesOf(written.adf).filter((n) => n.type === 'taskItem');
    expect(taskItems.map((t) => t.attrs.localId).sort()).toEqual(state.sections.map((s) => s.taskLocalId).sort());
    expect(taskItems.every((t) => t.attrs.state === 'TODO')).toBe(true);
    expect(pagePropertiesOf(written.adf).Verified).toBe('0/13');
  });

  test('regenerating after 5 ticks by the incoming owner keeps the same page, the 5 ticks, their localIds and records', async () => {
    const first = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const tasks = await tasksOf(h, first.pageId);
    const ticked = tasks.slice(0, 5);
    for (const t of ticked) await tick(h, t.id, 'user-incoming');
    const before = await tasksOf(h, first.pageId);

    const second = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    expect(second.created).toBe(false);
    expect(second.pageId).toBe(first.pageId);
    expect(second.version).toBeGreaterThan(first.version + 5 - 1);

    const after = await tasksOf(h, first.pageId);
    const done = after.filter((t) => t.status === 'complete');
    expect(done.map((t) => t.localId).sort()).toEqual(ticked.map((t) => t.localId).sort());
    for (const t of done) {
      const was = before.find((b) => b.localId === t.localId)!;
      expect(t.completedBy).toBe('user-incoming');
      expect(t.completedAt).toBe(was.completedAt);
    }
    const page = await pageOf(h, first.pageId);
    const doneItems = nodesOf(page.adf).filter((n) => n.type === 'taskItem' && n.attrs.state === 'DONE');
    expect(doneItems.map((n) => n.attrs.localId).sort()).toEqual(ticked.map((t) => t.localId).sort());

    const state = await stateOf(h, first.pageId);
    const verified = state.sections.filter((s) => s.verified);
    expect(verified.map((s) => s.taskLocalId).sort()).toEqual(ticked.map((t) => t.localId).sort());
    for (const s of verified) {
      expect(s.verified!.by).toBe('user-incoming');
      expect(s.verified!.at).toBe(before.find((b) => b.localId === s.taskLocalId)!.completedAt);
    }
    expect(state.counts.verified).toBe(5);
    expect(state.status).toBe('in-verification');
    expect(pagePropertiesOf(page.adf).Verified).toBe('5/13');

    // A third run changes nothing about the verification.
    unwrap(await h.call('createOrUpdatePage', fromText()));
    const again = await stateOf(h, first.pageId);
    expect(again.sections.map((s) => s.verified)).toEqual(state.sections.map((s) => s.verified));
  });

  test('a 409 in the middle of an update: the app re-reads, merges and retries, keeping the ticks', async () => {
    const first = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const [a, b] = await tasksOf(h, first.pageId);
    await tick(h, a.id, 'user-incoming');
    await tick(h, b.id, 'user-incoming');
    h.server.faults.add({ method: 'PUT', pathPattern: `^/wiki/api/v2/pages/${first.pageId}$`, status: 409, times: 1 });
    h.server.requestLog.length = 0;

    const second = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const puts = h.server.requestLog.filter((r) => r.method === 'PUT' && r.path === `/wiki/api/v2/pages/${first.pageId}`);
    expect(puts.map((p) => p.status)).toEqual([409, 200]);
    expect(second.pageId).toBe(first.pageId);
    const done = (await tasksOf(h, first.pageId)).filter((t) => t.status === 'complete').map((t) => t.localId);
    expect(done.sort()).toEqual([a.localId, b.localId].sort());
    expect((await stateOf(h, first.pageId)).counts.verified).toBe(2);
  });

  test('a hand edit that lands during a regeneration is not overwritten: the user is asked', async () => {
    const first = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const store = h.server.store;
    const original = store.updatePage.bind(store);
    const sam = principalFor(store.db, 'user-admin')!;
    let raced = false;
    store.updatePage = ((p, id, input) => {
      if (!raced && String(id) === first.pageId && p.accountId === 'user-outgoing') {
        raced = true;
        const fresh = store.page(sam, id);
        const doc = JSON.parse(fresh.body);
        doc.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Sam edits while the app writes' }] });
        original(sam, id, { title: fresh.title, body: JSON.stringify(doc), versionNumber: fresh.version + 1 });
      }
      return original(p, id, input);
    }) as typeof store.updatePage;

    const res = unwrap<{ needsConfirmation: boolean }>(await h.call('createOrUpdatePage', fromText()));
    store.updatePage = original;
    expect(res.needsConfirmation).toBe(true);
    expect(JSON.stringify((await pageOf(h, first.pageId)).adf)).toContain('Sam edits while the app writes');
  });

  test('a stored body that only gained ids or reordered attributes does not count as a hand edit', async () => {
    const first = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const current = await pageOf(h, first.pageId);
    let n = 0;
    const normalise = (node: any): any => ({
      ...(node.content ? { content: node.content.map(normalise) } : {}),
      ...node,
      ...(node.type === 'paragraph' ? { attrs: { ...(node.attrs ?? {}), localId: `p-${n++}` } } : {}),
      ...(node.content ? { content: node.content.map(normalise) } : {}),
    });
    const put = await h.rest('PUT', `/wiki/api/v2/pages/${first.pageId}`, 'user-admin', {
      id: first.pageId,
      status: 'current',
      title: current.title,
      body: { representation: 'atlas_doc_format', value: JSON.stringify(normalise(current.adf)) },
      version: { number: current.version.number + 1 },
    });
    expect(put.status).toBe(200);
    expect(unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText())).needsConfirmation).toBe(false);
  });

  test('regenerating to a title another page in the space holds takes a numbered title instead of failing', async () => {
    const first = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const wanted = (await pageOf(h, first.pageId)).title;
    const current = await pageOf(h, first.pageId);
    // Someone renames the handover, and another page in the space takes its old title.
    const renamed = await h.rest('PUT', `/wiki/api/v2/pages/${first.pageId}`, 'user-outgoing', {
      id: first.pageId,
      status: 'current',
      title: 'Order platform handover (renamed)',
      body: { representation: 'atlas_doc_format', value: JSON.stringify(current.adf) },
      version: { number: current.version.number + 1 },
    });
    expect(renamed.status).toBe(200);
    const other = await h.rest('POST', '/wiki/api/v2/pages', 'user-admin', {
      spaceId: String(h.seed.space.id),
      status: 'current',
      title: wanted,
      body: { representation: 'atlas_doc_format', value: JSON.stringify({ type: 'doc', version: 1, content: [] }) },
    });
    expect(other.status).toBe(200);
    const [task] = await tasksOf(h, first.pageId);
    await tick(h, task.id, 'user-incoming');

    const again = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    expect(again.needsConfirmation).toBe(false);
    expect(again.pageId).toBe(first.pageId);
    expect(again.title).toBe(`${wanted} (2)`);
    const page = await pageOf(h, first.pageId);
    expect(page.title).toBe(`${wanted} (2)`);
    expect((await tasksOf(h, first.pageId)).find((t) => t.localId === task.localId)?.status).toBe('complete');
  });

  test('a 429 with Retry-After is waited out and retried', async () => {
    h.server.faults.add({ method: 'POST', pathPattern: '^/wiki/api/v2/pages$', status: 429, times: 1, retryAfterSeconds: 1 });
    h.server.requestLog.length = 0;
    const page = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    expect(page.created).toBe(true);
    const creates = h.server.requestLog.filter((r) => r.method === 'POST' && r.path === '/wiki/api/v2/pages');
    expect(creates.map((c) => c.status)).toEqual([429, 200]);
    // The retry came after the second Confluence asked for, not straight away.
    expect(Date.parse(creates[1].at) - Date.parse(creates[0].at)).toBeGreaterThanOrEqual(1000);
  });

  test('when Confluence stays busy the user is told so, and nothing is half-written', async () => {
    h.server.faults.add({ method: 'GET', pathPattern: '^/wiki/rest/api/search$', status: 503, times: 10, retryAfterSeconds: 0 });
    const res = await h.call<{ ok: boolean; error: { code: string; message: string } }>('createOrUpdatePage', fromText());
    expect(res.ok).toBe(false);
    expect(res.error).toEqual({ code: 'busy', message: 'Confluence is busy, try again in a minute' });
    const children = await h.rest<{ results: unknown[] }>('GET', `/wiki/api/v2/pages/${h.seed.ktPage.id}/children`, 'user-admin');
    expect(children.json.results).toHaveLength(0);
  });

  test('a page edited by hand is not replaced until the user confirms; ticks alone do not count as edits', async () => {
    const first = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    const [a] = await tasksOf(h, first.pageId);
    await tick(h, a.id, 'user-incoming');
    // Only a tick so far: regeneration goes ahead without asking.
    const quiet = unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText()));
    expect(quiet.needsConfirmation).toBe(false);

    const current = await pageOf(h, first.pageId);
    const edited = { ...current.adf, content: [...current.adf.content, { type: 'paragraph', content: [{ type: 'text', text: 'Note added by Priya by hand' }] }] };
    const put = await h.rest('PUT', `/wiki/api/v2/pages/${first.pageId}`, 'user-outgoing', {
      id: first.pageId,
      status: 'current',
      title: current.title,
      body: { representation: 'atlas_doc_format', value: JSON.stringify(edited) },
      version: { number: current.version.number + 1 },
    });
    expect(put.status).toBe(200);

    const asked = unwrap<{ needsConfirmation: boolean; reason: string }>(await h.call('createOrUpdatePage', fromText()));
    expect(asked.needsConfirmation).toBe(true);
    expect(asked.reason).toMatch(/edited the handover page by hand/);
    const untouched = await pageOf(h, first.pageId);
    expect(untouched.version.number).toBe(current.version.number + 1);
    expect(JSON.stringify(untouched.adf)).toContain('Note added by Priya by hand');

    const replaced = unwrap<WrittenPage>(await h.call('createOrUpdatePage', { ...fromText(), confirmReplace: true }));
    expect(replaced.needsConfirmation).toBe(false);
    const after = await pageOf(h, first.pageId);
    expect(JSON.stringify(after.adf)).not.toContain('Note added by Priya by hand');
    const done = (await tasksOf(h, first.pageId)).filter((t) => t.status === 'complete');
    expect(done.map((t) => [t.localId, t.completedBy])).toEqual([[a.localId, 'user-incoming']]);
    // And the next run does not ask again.
    expect(unwrap<WrittenPage>(await h.call('createOrUpdatePage', fromText())).needsConfirmation).toBe(false);
  });
});

describe('resolver input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  test('bad payloads get a clear error and write nothing', async () => {
    h.server.requestLog.length = 0;
    const empty = await h.call<{ ok: boolean; error: { code: string; message: string } }>('createOrUpdatePage', { source: {} });
    expect(empty.ok).toBe(false);
    expect(empty.error.code).toBe('bad-payload');
    expect(empty.error.message).toMatch(/transcript text|attached file/);
    const blank = await h.call<{ ok: boolean; error: { message: string } }>('preview', { source: { text: '   ' } });
    expect(blank.ok).toBe(false);
    expect(blank.error.message).toMatch(/Paste the transcript text/);
    const badId = await h.call<{ ok: boolean; error: { message: string } }>('readAttachment', { attachmentId: '../../pages/1' });
    expect(badId.ok).toBe(false);
    expect(h.server.requestLog).toHaveLength(0);
  });

  test('a transcript that is not one is refused with what to do', async () => {
    const res = await h.call<{ ok: boolean; error: { code: string; message: string } }>('preview', { source: { text: '{"not": "a transcript"}' } });
    expect(res.ok).toBe(false);
    expect(res.error.message).toMatch(/\.txt, \.vtt, \.srt or \.docx/);
  });

  test('the page and the user come from the Forge context, not from the payload', async () => {
    const res = unwrap<WrittenPage>(
      await h.call('createOrUpdatePage', { ...fromText(), pageId: h.seed.architecturePage.id, accountId: 'user-admin', spaceId: '1' }),
    );
    const page = await pageOf(h, res.pageId);
    expect(page.parentId).toBe(h.seed.ktPage.id);
    expect((await stateOf(h, res.pageId)).generatedBy).toBe('user-outgoing');
  });

  test('the architecture page picker finds pages by title with a link that can become a smart link', async () => {
    const found = unwrap<{ pages: Array<{ id: string; title: string; url: string }> }>(await h.call('searchPages', { query: 'architecture' }));
    const arch = found.pages.find((p) => p.id === h.seed.architecturePage.id);
    expect(arch?.title).toBe('Order platform architecture');
    expect(arch?.url).toBe(h.seed.macroConfig.architectureUrl);
    const short = await h.call<{ ok: boolean; error: { message: string } }>('searchPages', { query: 'a' });
    expect(short.ok).toBe(false);
    expect(short.error.message).toMatch(/at least two letters/);
  });

  test('a macro setting that is not a web address is reported', async () => {
    const res = await h.call<{ ok: boolean; error: { message: string } }>('preview', fromText(), 'user-outgoing', {
      ...h.seed.macroConfig,
      architectureUrl: 'javascript:alert(1)',
    });
    expect(res.ok).toBe(false);
    expect(res.error.message).toMatch(/architecture link .* not a web address/);
  });
});
