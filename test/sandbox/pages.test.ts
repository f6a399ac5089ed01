import type { SandboxServer } from '../../sandbox/confluence';
import { DEMO_SPACE_ID, OPS_SPACE_ID, adf, call, createPage, para, startSandbox, type Answer } from './helpers';

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandbox();
});
afterAll(() => server.close());

describe('v2 pages', () => {
  it('creates a page and reads its ADF body back as a string', async () => {
    const body = adf(para('hello'));
    const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Pages: create and read', body);
    expect(page.version.number).toBe(1);
    const read = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`);
    expect(read.status).toBe(200);
    expect(read.body.body.atlas_doc_format).toEqual({ representation: 'atlas_doc_format', value: body });
    expect(read.body.authorId).toBe('user-outgoing');
    const withoutFormat = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${page.id}`);
    expect(withoutFormat.body.body).toEqual({});
  });

  it('updates with version + 1 and answers 409 on a stale version, keeping the newer body', async () => {
    const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Pages: versions');
    const update = (n: number, text: string) =>
      call(server, 'user-outgoing', 'PUT', `/wiki/api/v2/pages/${page.id}`, {
        id: page.id,
        status: 'current',
        title: 'Pages: versions',
        body: { representation: 'atlas_doc_format', value: adf(para(text)) },
        version: { number: n, message: 'edit' },
      });
    expect((await update(2, 'second')).body.version.number).toBe(2);
    const stale = await update(2, 'lost write');
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].title).toMatch(/Version must be incremented/);
    const read = await call(server, 'user-outgoing', 'GET', `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`);
    expect(JSON.parse(read.body.body.atlas_doc_format.value).content[0].content[0].text).toBe('second');
  });

  it('refuses a body that is not ADF and a duplicate title in the same space', async () => {
    const bad = await call(server, 'user-outgoing', 'POST', '/wiki/api/v2/pages', {
      spaceId: DEMO_SPACE_ID,
      status: 'current',
      title: 'Pages: bad body',
      body: { representation: 'atlas_doc_format', value: '<p>storage</p>' },
    });
    expect(bad.status).toBe(400);
    await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Pages: unique');
    const dup = await call(server, 'user-outgoing', 'POST', '/wiki/api/v2/pages', {
      spaceId: DEMO_SPACE_ID,
      status: 'current',
      title: 'Pages: unique',
      body: { representation: 'atlas_doc_format', value: adf(para('x')) },
    });
    expect(dup.status).toBe(400);
  });

  it('hides spaces a user may not see: 404 on read, create, and absent from lists', async () => {
    const ops = await createPage(server, 'user-outgoing', OPS_SPACE_ID, 'Pages: OPS runbook');
    expect((await call(server, 'user-outsider', 'GET', `/wiki/api/v2/pages/${ops.id}`)).status).toBe(404);
    expect((await call(server, 'user-admin', 'GET', `/wiki/api/v2/pages/${ops.id}`)).status).toBe(200);
    expect((await call(server, 'app', 'GET', `/wiki/api/v2/pages/${ops.id}`)).status).toBe(200);
    const create = await call(server, 'user-outsider', 'POST', '/wiki/api/v2/pages', {
      spaceId: OPS_SPACE_ID,
      status: 'current',
      title: 'Pages: outsider',
      body: { representation: 'atlas_doc_format', value: adf(para('x')) },
    });
    expect(create.status).toBe(404);
    const spaces = await call(server, 'user-outsider', 'GET', '/wiki/api/v2/spaces');
    expect(spaces.body.results.map((s: { key: string }) => s.key)).toEqual(['DEMO']);
    const list = await call(server, 'user-outsider', 'GET', `/wiki/api/v2/pages?space-id=${OPS_SPACE_ID}`);
    expect(list.body.results).toEqual([]);
  });

  it('asks for identity: no or unknown user is 401', async () => {
    expect((await call(server, null, 'GET', '/wiki/api/v2/spaces')).status).toBe(401);
    expect((await call(server, 'nobody', 'GET', '/wiki/api/v2/spaces')).status).toBe(401);
  });

  it('lists children of a page with cursor pagination through _links.next', async () => {
    const parent = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Pages: parent');
    for (let i = 0; i < 5; i++) await createPage(server, 'user-outgoing', DEMO_SPACE_ID, `Pages: child ${i}`, undefined, parent.id);
    const titles: string[] = [];
    let next: string | undefined = `/wiki/api/v2/pages/${parent.id}/children?limit=2`;
    let calls = 0;
    while (next) {
      const res: Answer = await call(server, 'user-incoming', 'GET', next);
      titles.push(...res.body.results.map((c: { title: string }) => c.title));
      next = res.body._links.next;
      calls++;
    }
    expect(titles).toEqual([0, 1, 2, 3, 4].map((i) => `Pages: child ${i}`));
    expect(calls).toBe(3);
  });
});

describe('content properties', () => {
  it('creates, reads by key, updates with version + 1 and answers 409 on a stale version', async () => {
    const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Props: page');
    const base = `/wiki/api/v2/pages/${page.id}/properties`;
    const created = await call(server, 'user-outgoing', 'POST', base, { key: 'kt-handover', value: { status: 'draft' } });
    expect(created.status).toBe(200);
    expect(created.body.version.number).toBe(1);
    const again = await call(server, 'user-outgoing', 'POST', base, { key: 'kt-handover', value: { status: 'other' } });
    expect(again.status).toBe(409);
    const byKey = await call(server, 'user-incoming', 'GET', `${base}?key=kt-handover`);
    expect(byKey.body.results).toHaveLength(1);
    expect(byKey.body.results[0].value).toEqual({ status: 'draft' });
    const id = byKey.body.results[0].id;
    const put = (n: number, status: string) =>
      call(server, 'user-outgoing', 'PUT', `${base}/${id}`, { key: 'kt-handover', value: { status }, version: { number: n } });
    expect((await put(2, 'in-verification')).status).toBe(200);
    const stale = await put(2, 'verified');
    expect(stale.status).toBe(409);
    expect((await call(server, 'user-outgoing', 'GET', `${base}/${id}`)).body.value).toEqual({ status: 'in-verification' });
    expect((await call(server, 'user-outsider', 'GET', `/wiki/api/v2/pages/999999/properties`)).status).toBe(404);
  });
});

describe('labels (v1 add, v2 read)', () => {
  it('adds global labels once each', async () => {
    const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Labels: page');
    const add = await call(server, 'user-outgoing', 'POST', `/wiki/rest/api/content/${page.id}/label`, [{ prefix: 'global', name: 'kt-handover' }]);
    expect(add.status).toBe(200);
    await call(server, 'user-outgoing', 'POST', `/wiki/rest/api/content/${page.id}/label`, [{ prefix: 'global', name: 'kt-handover' }]);
    const labels = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${page.id}/labels`);
    expect(labels.body.results.map((l: { name: string }) => l.name)).toEqual(['kt-handover']);
    const bad = await call(server, 'user-outgoing', 'POST', `/wiki/rest/api/content/${page.id}/label`, [{ prefix: 'global', name: 'has space' }]);
    expect(bad.status).toBe(400);
    expect(bad.body.statusCode).toBe(400);
  });
});
