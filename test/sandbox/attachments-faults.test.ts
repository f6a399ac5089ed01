import type { SandboxServer } from '../../sandbox/confluence';
import { DEMO_SPACE_ID, OPS_SPACE_ID, call, createPage, startSandbox } from './helpers';

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandbox();
});
afterAll(() => server.close());

async function upload(pageId: string, who: string, name: string, bytes: Buffer, type: string, method = 'POST') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  form.append('comment', 'KT call');
  return fetch(`${server.url}/wiki/rest/api/content/${pageId}/child/attachment`, {
    method,
    headers: { authorization: `Bearer sandbox-user:${who}`, 'X-Atlassian-Token': 'no-check' },
    body: form,
  });
}

describe('attachments', () => {
  it('uploads multipart, lists with v2 and downloads the same bytes through the v1 redirect', async () => {
    const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Att: page');
    const bytes = Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Priya>Hello</v>\n', 'utf8');
    const up = await upload(page.id, 'user-outgoing', 'call.vtt', bytes, 'text/vtt');
    expect(up.status).toBe(200);
    const dup = await upload(page.id, 'user-outgoing', 'call.vtt', bytes, 'text/vtt');
    expect(dup.status).toBe(400);
    const list = await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${page.id}/attachments`);
    expect(list.body.results).toHaveLength(1);
    const att = list.body.results[0];
    expect(att).toMatchObject({ title: 'call.vtt', mediaType: 'text/vtt', fileSize: bytes.length, pageId: page.id, comment: 'KT call' });
    expect(att.id).toMatch(/^att\d+$/);
    const res = await fetch(`${server.url}/wiki/rest/api/content/${page.id}/child/attachment/${att.id}/download`, {
      headers: { authorization: 'Bearer sandbox-user:user-incoming' },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get('content-type')).toBe('text/vtt');
    const again = await upload(page.id, 'user-outgoing', 'call.vtt', Buffer.from('new'), 'text/vtt', 'PUT');
    expect(again.status).toBe(200);
    const v2 = (await call(server, 'user-incoming', 'GET', `/wiki/api/v2/pages/${page.id}/attachments`)).body.results[0];
    expect(v2.version.number).toBe(2);
  });

  it('keeps attachments of hidden spaces hidden', async () => {
    const page = await createPage(server, 'user-outgoing', OPS_SPACE_ID, 'Att: OPS');
    const up = await upload(page.id, 'user-outgoing', 'secret.txt', Buffer.from('secret'), 'text/plain');
    const id = (await up.json()).results[0].id;
    expect((await call(server, 'user-outsider', 'GET', `/wiki/api/v2/pages/${page.id}/attachments`)).status).toBe(404);
    expect((await call(server, 'user-outsider', 'GET', `/wiki/rest/api/content/${page.id}/child/attachment/${id}/download`)).status).toBe(404);
    expect((await upload(page.id, 'user-outsider', 'x.txt', Buffer.from('x'), 'text/plain')).status).toBe(404);
  });
});

describe('fault injection and request log', () => {
  it('fails the next matching requests with 429/503 and Retry-After, then recovers', async () => {
    server.faults.add({ method: 'GET', pathPattern: '^/wiki/api/v2/spaces$', status: 429, times: 2, retryAfterSeconds: 3 });
    const first = await call(server, 'user-incoming', 'GET', '/wiki/api/v2/spaces');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(first.body.errors[0].status).toBe(429);
    expect((await call(server, 'user-incoming', 'GET', '/wiki/api/v2/spaces')).status).toBe(429);
    expect((await call(server, 'user-incoming', 'GET', '/wiki/api/v2/spaces')).status).toBe(200);
  });

  it('takes faults over HTTP and logs every REST call with its caller and status', async () => {
    const page = await createPage(server, 'user-outgoing', DEMO_SPACE_ID, 'Faults: page');
    await fetch(`${server.url}/__sandbox/requests`, { method: 'DELETE' });
    const add = await fetch(`${server.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'PUT', pathPattern: `/pages/${page.id}$`, status: 409, times: 1 }),
    });
    expect(add.status).toBe(201);
    const body = { id: page.id, status: 'current', title: 'Faults: page', body: { representation: 'atlas_doc_format', value: '{"type":"doc","version":1,"content":[]}' }, version: { number: 2 } };
    expect((await call(server, 'user-outgoing', 'PUT', `/wiki/api/v2/pages/${page.id}`, body)).status).toBe(409);
    expect((await call(server, 'user-outgoing', 'PUT', `/wiki/api/v2/pages/${page.id}`, body)).status).toBe(200);
    server.faults.add({ pathPattern: 'properties', status: 503, retryAfterSeconds: 1 });
    const unavailable = await call(server, 'user-outgoing', 'GET', `/wiki/api/v2/pages/${page.id}/properties`);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
    const log = (await (await fetch(`${server.url}/__sandbox/requests`)).json()).requests;
    expect(log.map((r: any) => [r.method, r.status, r.accountId])).toEqual([
      ['PUT', 409, 'user-outgoing'],
      ['PUT', 200, 'user-outgoing'],
      ['GET', 503, 'user-outgoing'],
    ]);
  });
});
