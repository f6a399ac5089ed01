import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import type { SandboxServer } from '../../sandbox/confluence';
import { installLocalForgeRuntime, invokeFunction } from '../../sandbox/forge';
import { seedDemo } from '../../sandbox/seed/demo';
import { confluenceAsUser } from '../../src/confluence';
import { DEMO_SPACE_ID, adf, call, para, startSandbox, taskList } from './helpers';

/**
 * Both sides of the wire against Atlassian's published OpenAPI for REST v2: what the sandbox
 * answers, and what the app's Confluence client sends.
 */

/** The project's read-only copy in ../shared when it is there; the copy in test/sandbox/reference for a clone without it. */
const SHARED_SPEC = path.resolve(__dirname, '../../../shared/reference/confluence-rest-v2.openapi.json');
const SPEC_FILE = fs.existsSync(SHARED_SPEC) ? SHARED_SPEC : path.resolve(__dirname, 'reference/confluence-rest-v2.openapi.json');
const spec = JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8'));
// The published PageBodyWrite / PageNestedBodyWrite both accept any object, so their `oneOf`
// can never hold; closing them states the documented intent (flat {representation, value} OR
// nested {atlas_doc_format: {...}}), and keeps the check able to fail.
spec.components.schemas.PageBodyWrite.additionalProperties = false;
spec.components.schemas.PageNestedBodyWrite.additionalProperties = false;
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
for (const f of ['int32', 'int64', 'string']) ajv.addFormat(f, true);
ajv.addSchema(spec, 'openapi');

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function operationFor(method: string, urlPath: string): { template: string; op: any } {
  const rel = urlPath.replace(/^\/wiki\/api\/v2/, '');
  for (const [template, ops] of Object.entries<any>(spec.paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (re.test(rel) && ops[method.toLowerCase()]) return { template, op: ops[method.toLowerCase()] };
  }
  throw new Error(`no OpenAPI operation for ${method} ${urlPath}`);
}

function check(ref: string, data: unknown): string[] {
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function responseErrors(method: string, urlPath: string, status: number, body: unknown): string[] {
  const { template } = operationFor(method, urlPath);
  return check(`openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`, body);
}

function requestErrors(method: string, urlPath: string, body: unknown): string[] {
  const { template, op } = operationFor(method, urlPath);
  const rb = op.requestBody?.$ref
    ? `openapi#/${pointer('components', 'requestBodies', op.requestBody.$ref.split('/').pop(), 'content', 'application/json', 'schema')}`
    : `openapi#/${pointer('paths', template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema')}`;
  return check(rb, body);
}

let server: SandboxServer;
let uninstall: () => void;
beforeAll(async () => {
  server = await startSandbox();
  uninstall = installLocalForgeRuntime({ confluenceUrl: server.url }).uninstall;
});
afterAll(async () => {
  uninstall();
  await server.close();
});

it('the checker itself rejects a wrong shape (so passing means something)', () => {
  expect(responseErrors('GET', '/wiki/api/v2/tasks/1', 200, { id: 5, status: 'done' }).length).toBeGreaterThan(0);
  expect(requestErrors('PUT', '/wiki/api/v2/pages/1', { title: 'x' }).length).toBeGreaterThan(0);
});

it('every v2 answer of the sandbox matches the published response schema', async () => {
  const demo = seedDemo(server);
  const page = await call(server, 'user-outgoing', 'POST', '/wiki/api/v2/pages', {
    spaceId: DEMO_SPACE_ID, status: 'current', title: 'Contract: page', parentId: demo.ktPage.id,
    body: { representation: 'atlas_doc_format', value: adf(para('x'), taskList([{ localId: 'c1', state: 'TODO' }])) },
  });
  const id = page.body.id;
  const prop = await call(server, 'user-outgoing', 'POST', `/wiki/api/v2/pages/${id}/properties`, { key: 'kt-handover', value: { status: 'draft' } });
  const task = (await call(server, 'user-incoming', 'GET', `/wiki/api/v2/tasks?page-id=${id}`)).body.results[0];
  const calls: Array<[string, string, unknown?]> = [
    ['GET', `/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`],
    ['GET', `/wiki/api/v2/pages?space-id=${DEMO_SPACE_ID}&limit=1`],
    ['PUT', `/wiki/api/v2/pages/${id}`, { id, status: 'current', title: 'Contract: page', body: { representation: 'atlas_doc_format', value: adf(para('y'), taskList([{ localId: 'c1', state: 'TODO' }])) }, version: { number: 2 } }],
    ['GET', `/wiki/api/v2/pages/${demo.ktPage.id}/children`],
    ['GET', `/wiki/api/v2/pages/${id}/properties?key=kt-handover`],
    ['PUT', `/wiki/api/v2/pages/${id}/properties/${prop.body.id}`, { key: 'kt-handover', value: { status: 'verified' }, version: { number: 2 } }],
    ['GET', `/wiki/api/v2/pages/${demo.ktPage.id}/attachments`],
    ['GET', `/wiki/api/v2/tasks?page-id=${id}`],
    ['GET', `/wiki/api/v2/tasks/${task.id}`],
    ['PUT', `/wiki/api/v2/tasks/${task.id}`, { status: 'complete' }],
    ['GET', '/wiki/api/v2/spaces?keys=DEMO'],
    ['GET', `/wiki/api/v2/spaces/${DEMO_SPACE_ID}`],
    ['GET', `/wiki/api/v2/spaces/${DEMO_SPACE_ID}/pages?limit=2`],
  ];
  const failures: string[] = [];
  failures.push(...responseErrors('POST', '/wiki/api/v2/pages', 200, page.body).map((e) => `POST pages: ${e}`));
  failures.push(...responseErrors('POST', `/wiki/api/v2/pages/${id}/properties`, 200, prop.body).map((e) => `POST properties: ${e}`));
  for (const [method, url, body] of calls) {
    const res = await call(server, 'user-incoming', method, url, body);
    expect(`${method} ${url} ${res.status}`).toBe(`${method} ${url} 200`);
    failures.push(...responseErrors(method, url.split('?')[0], 200, res.body).map((e) => `${method} ${url}: ${e}`));
  }
  expect(failures).toEqual([]);
});

it("the app's Confluence client sends request bodies that match the published request schemas", async () => {
  const demo = seedDemo(server);
  server.requestLog.length = 0;
  await invokeFunction(
    async () => {
      const confluence = confluenceAsUser();
      const created = await confluence.createPage({
        spaceId: demo.space.id, parentId: demo.ktPage.id, title: 'Contract: app page',
        adf: { type: 'doc', version: 1, content: [para('from the app')] },
      });
      await confluence.updatePage({
        id: created.id, title: 'Contract: app page', baseVersion: created.version.number,
        adf: { type: 'doc', version: 1, content: [para('updated by the app')] },
      });
      const prop = await confluence.createProperty(created.id, 'kt-handover', { status: 'draft' });
      await confluence.updateProperty(created.id, prop, { status: 'in-verification' });
    },
    { accountId: 'user-outgoing' },
  );
  const writes = server.requestLog.filter((r) => r.method !== 'GET' && r.path.startsWith('/wiki/api/v2/'));
  expect(writes.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'PUT 200', 'POST 200', 'PUT 200']);
  const failures = writes.flatMap((r) => requestErrors(r.method, r.path, r.body).map((e) => `${r.method} ${r.path}: ${e}`));
  expect(failures).toEqual([]);
});
