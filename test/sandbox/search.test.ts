import path from 'node:path';
import { DEFAULT_PROPERTY_INDEXES, createSandboxServer, type SandboxServer } from '../../sandbox/confluence';
import { propertyIndexesFromManifest } from '../../sandbox/confluence/property-index';
import { DEMO_SPACE_ID, OPS_SPACE_ID, call, createPage } from './helpers';

let server: SandboxServer;
const ids: Record<string, string> = {};

async function handover(title: string, spaceId: string, state: { status: string; verified: number; missingRequired: number } | null) {
  const page = await createPage(server, 'user-outgoing', spaceId, title);
  await call(server, 'user-outgoing', 'POST', `/wiki/rest/api/content/${page.id}/label`, [{ prefix: 'global', name: 'kt-handover' }]);
  if (state) {
    await call(server, 'user-outgoing', 'POST', `/wiki/api/v2/pages/${page.id}/properties`, {
      key: 'kt-handover',
      value: { status: state.status, counts: { verified: state.verified, missingRequired: state.missingRequired, covered: 10 }, generatedAt: '2026-11-29T10:00:00.000Z' },
    });
  }
  ids[title] = page.id;
}

const search = async (who: string, cql: string, extra = '') => {
  const res = await call(server, who, 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent(cql)}${extra}`);
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const titles = (body: any) => body.results.map((r: any) => r.title).sort();

beforeAll(async () => {
  server = await createSandboxServer({ dir: ':memory:', propertyIndexes: DEFAULT_PROPERTY_INDEXES });
  await handover('Handover: Orders', DEMO_SPACE_ID, { status: 'draft', verified: 0, missingRequired: 3 });
  await handover('Handover: Billing', DEMO_SPACE_ID, { status: 'verified', verified: 13, missingRequired: 0 });
  await handover('Handover: Pager', OPS_SPACE_ID, { status: 'in-verification', verified: 5, missingRequired: 1 });
  await handover('Handover: Unlabelled state', DEMO_SPACE_ID, null);
  await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Not a handover');
});
afterAll(() => server.close());

it('finds pages by label, narrowed by space and type, only where the caller may look', async () => {
  expect(titles(await search('user-admin', 'label = "kt-handover"'))).toEqual(
    ['Handover: Billing', 'Handover: Orders', 'Handover: Pager', 'Handover: Unlabelled state'],
  );
  expect(titles(await search('user-admin', 'label = "kt-handover" and space = DEMO and type = page'))).toEqual(
    ['Handover: Billing', 'Handover: Orders', 'Handover: Unlabelled state'],
  );
  expect(titles(await search('user-outsider', 'label = "kt-handover"'))).not.toContain('Handover: Pager');
  expect((await search('user-admin', 'label = "kt-handover" and type = blogpost')).results).toEqual([]);
  expect(titles(await search('user-admin', 'label = "kt-handover" and space in ("OPS") or title ~ "Billing"'))).toEqual(
    ['Handover: Billing', 'Handover: Pager'],
  );
});

it('filters on declared content-property values, by full path or search alias', async () => {
  expect(titles(await search('user-admin', 'content.property[kt-handover].status = "draft"'))).toEqual(['Handover: Orders']);
  expect(titles(await search('user-admin', 'ktHandoverStatus in ("verified", "in-verification")'))).toEqual(['Handover: Billing', 'Handover: Pager']);
  expect(titles(await search('user-admin', 'label = "kt-handover" and content.property[kt-handover].counts.verified >= 5'))).toEqual(
    ['Handover: Billing', 'Handover: Pager'],
  );
  expect(titles(await search('user-admin', 'ktHandoverMissing > 0 and space = DEMO'))).toEqual(['Handover: Orders']);
  const undeclared = await call(server, 'user-admin', 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent('content.property[kt-handover].owners = "x"')}`);
  expect(undeclared.status).toBe(400);
  const garbage = await call(server, 'user-admin', 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent('label = ')}`);
  expect(garbage.status).toBe(400);
});

it('follows property updates: the index changes with the value', async () => {
  const id = ids['Handover: Orders'];
  const prop = (await call(server, 'app', 'GET', `/wiki/api/v2/pages/${id}/properties?key=kt-handover`)).body.results[0];
  await call(server, 'app', 'PUT', `/wiki/api/v2/pages/${id}/properties/${prop.id}`, {
    key: 'kt-handover', value: { ...prop.value, status: 'in-verification' }, version: { number: 2 },
  });
  expect(titles(await search('user-admin', 'ktHandoverStatus = "draft"'))).toEqual([]);
  expect(titles(await search('user-admin', 'ktHandoverStatus = "in-verification"'))).toEqual(['Handover: Orders', 'Handover: Pager']);
});

it('answers in the v1 shape, expands space and the property, and pages with a cursor', async () => {
  const first = await search('user-admin', 'label = "kt-handover" order by title', '&limit=2&expand=content.space,content.metadata.properties.kt-handover');
  expect(first.size).toBe(2);
  expect(first.totalSize).toBe(4);
  const hit = first.results[0];
  expect(hit.content).toMatchObject({ id: ids['Handover: Billing'], type: 'page', title: 'Handover: Billing', space: { key: 'DEMO', name: 'Order Platform' } });
  expect(hit.content.metadata.properties['kt-handover'].value.status).toBe('verified');
  expect(hit.url).toMatch(/^\/spaces\/DEMO\/pages\//);
  expect(first._links.next).toMatch(/^\/rest\/api\/search\?/);
  const second = (await call(server, 'user-admin', 'GET', `/wiki${first._links.next}`)).body;
  expect(second.results.map((r: any) => r.title)).toEqual(['Handover: Pager', 'Handover: Unlabelled state']);
  expect(second.results[1].content.metadata.properties).toEqual({});
  expect(second._links.next).toBeUndefined();
});

it('looks up users by account id', async () => {
  const res = await call(server, 'user-incoming', 'GET', '/wiki/rest/api/user?accountId=user-outgoing');
  expect(res.body).toMatchObject({ accountId: 'user-outgoing', displayName: 'Priya Raman' });
  expect((await call(server, 'user-incoming', 'GET', '/wiki/rest/api/user?accountId=ghost')).status).toBe(404);
  const bulk = await call(server, 'user-incoming', 'GET', '/wiki/rest/api/user/bulk?accountId=user-admin&accountId=user-incoming');
  expect(bulk.body.results.map((u: any) => u.displayName)).toEqual(['Sam Rivera', 'Alex Chen']);
});

it("reads the searchable values from the app's manifest confluence:contentProperty module", () => {
  const specs = propertyIndexesFromManifest(path.resolve(__dirname, '../../manifest.yml'));
  expect(specs?.find((s) => s.propertyKey === 'kt-handover')?.values.map((v) => v.path)).toEqual(
    expect.arrayContaining(['status', 'counts.verified']),
  );
});

it('handles not, parentheses, quoting and ordering', async () => {
  expect(titles(await search('user-admin', 'label = "kt-handover" and not (space = OPS or ktHandoverStatus = "verified")'))).toEqual(
    ['Handover: Orders', 'Handover: Unlabelled state'],
  );
  expect(titles(await search('user-admin', "type = page and title ~ 'Not a'"))).toEqual(['Not a handover']);
  const byTitleDesc = await search('user-admin', 'label = kt-handover order by title desc');
  expect(byTitleDesc.results.map((r: any) => r.title)).toEqual(
    ['Handover: Unlabelled state', 'Handover: Pager', 'Handover: Orders', 'Handover: Billing'],
  );
  const unknownFn = await call(server, 'user-admin', 'GET', `/wiki/rest/api/search?cql=${encodeURIComponent('space = currentSpace()')}`);
  expect(unknownFn.status).toBe(400);
  expect(unknownFn.body.message).toMatch(/currentSpace/);
});
