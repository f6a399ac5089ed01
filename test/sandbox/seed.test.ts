import Ajv from 'ajv-draft-04';
import fs from 'node:fs';
import path from 'node:path';
import type { SandboxServer } from '../../sandbox/confluence';
import { MACRO_EXTENSION_KEY, SEED_TRANSCRIPT, seedDemo } from '../../sandbox/seed/demo';
import { call, startSandbox } from './helpers';

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandbox();
});
afterAll(() => server.close());

it('seeds the demo: architecture page, KT page with the Forge macro, and the seed transcript', async () => {
  const demo = seedDemo(server);
  const kt = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${demo.ktPage.id}?body-format=atlas_doc_format`);
  expect(kt.body.title).toBe('Order platform KT');
  expect(kt.body.spaceId).toBe(demo.space.id);
  const doc = JSON.parse(kt.body.body.atlas_doc_format.value);
  const macro = doc.content.find((n: any) => n.type === 'extension');
  expect(macro.attrs).toMatchObject({ extensionType: 'com.atlassian.ecosystem', extensionKey: MACRO_EXTENSION_KEY, localId: demo.macroLocalId });
  expect(macro.attrs.parameters.guestParams).toEqual(demo.macroConfig);
  expect(demo.macroConfig.incomingOwners).toEqual(['user-incoming']);

  const schema = JSON.parse(fs.readFileSync(require.resolve('@atlaskit/adf-schema/dist/json-schema/v1/full.json'), 'utf8'));
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  expect(validate(doc)).toBe(true);

  const arch = await call(server, 'user-outsider', 'GET', `/wiki/api/v2/pages/${demo.architecturePage.id}`);
  expect(arch.body._links.webui).toBe(demo.architecturePage.webui);
  expect(demo.macroConfig.architectureUrl).toBe(`${server.url}/wiki${demo.architecturePage.webui}`);

  const atts = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${demo.ktPage.id}/attachments`);
  expect(atts.body.results.map((a: any) => a.title)).toEqual([SEED_TRANSCRIPT]);
  const res = await fetch(`${server.url}/wiki/rest/api/content/${demo.ktPage.id}/child/attachment/${demo.attachment.id}/download`, {
    headers: { authorization: 'Bearer sandbox-user:user-incoming' },
  });
  const asset = fs.readFileSync(path.resolve(__dirname, '../../sandbox/seed/assets', SEED_TRANSCRIPT));
  expect(Buffer.from(await res.arrayBuffer()).equals(asset)).toBe(true);
});

it('is idempotent: seeding again returns the same pages and adds nothing', async () => {
  const first = seedDemo(server);
  const count = (await call(server, 'app', 'GET', `/wiki/api/v2/pages?space-id=${first.space.id}&limit=250`)).body.results.length;
  const second = seedDemo(server);
  expect(second).toEqual(first);
  expect((await call(server, 'app', 'GET', `/wiki/api/v2/pages?space-id=${first.space.id}&limit=250`)).body.results.length).toBe(count);
});

it('keeps its data in $KT_SANDBOX_DIR across restarts, with fresh ids after reopening', async () => {
  const { createSandboxServer } = await import('../../sandbox/confluence');
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-sandbox-'));
  const previous = process.env.KT_SANDBOX_DIR;
  process.env.KT_SANDBOX_DIR = dir;
  try {
    const first = await createSandboxServer();
    const demo = seedDemo(first);
    await first.close();
    expect(fs.existsSync(path.join(dir, 'confluence.db'))).toBe(true);
    const second = await createSandboxServer();
    expect(seedDemo(second)).toEqual(demo);
    const created = await call(second, 'user-outgoing', 'POST', '/wiki/api/v2/pages', {
      spaceId: demo.space.id, status: 'current', title: 'After restart',
      body: { representation: 'atlas_doc_format', value: '{"type":"doc","version":1,"content":[]}' },
    });
    expect(Number(created.body.id)).toBeGreaterThan(Number(demo.ktPage.id));
    await second.close();
  } finally {
    if (previous === undefined) delete process.env.KT_SANDBOX_DIR;
    else process.env.KT_SANDBOX_DIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('accepts the browser cookie as identity, but never as the app', async () => {
  const get = (cookie: string) => fetch(`${server.url}/wiki/rest/api/user/current`, { headers: { cookie } });
  const res = await get('other=1; kt_sandbox_user=user-incoming');
  expect(((await res.json()) as { accountId: string }).accountId).toBe('user-incoming');
  expect((await get('kt_sandbox_user=sandbox-app')).status).toBe(401);
});
