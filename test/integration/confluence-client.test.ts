import api, { route, type APIResponse } from '@forge/api';
import { createConfluenceClient, isConfluenceError, type ConfluenceError } from '../../src/confluence';
import { ConfluenceHttp, type ConfluenceFetch } from '../../src/confluence/http';
import { bindUser, startHarness, type Harness } from './harness';

/** The Confluence client on its own: retries, backoff, pagination and error messages. */

describe('against the sandbox', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  test('a 429 waits for Retry-After (through the injected sleep) and then succeeds', async () => {
    const waits: number[] = [];
    const client = createConfluenceClient(api.asApp(), { sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
    h.server.faults.add({ method: 'GET', pathPattern: '^/wiki/api/v2/spaces$', status: 429, times: 2, retryAfterSeconds: 3 });
    const spaces = await client.listSpaces();
    expect(spaces.map((s) => s.key).sort()).toEqual(['DEMO', 'FIN', 'OPS']);
    expect(waits).toHaveLength(2);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(3000);
  });

  test('a Retry-After longer than a resolver can wait is not waited for: the user is told to come back', async () => {
    const waits: number[] = [];
    const client = createConfluenceClient(api.asApp(), { sleep: async (ms) => void waits.push(ms) });
    h.server.faults.add({ method: 'GET', pathPattern: '^/wiki/api/v2/spaces$', status: 503, times: 1, retryAfterSeconds: 60 });
    const error = await client.listSpaces().catch((e: ConfluenceError) => e);
    expect(isConfluenceError(error, 'busy')).toBe(true);
    expect((error as ConfluenceError).userMessage).toBe('Confluence is busy, try again in a minute');
    expect(waits).toEqual([]);
  });

  test("a user who may not see a space gets the permission message, not Confluence's text", async () => {
    const ops = (await createConfluenceClient(api.asApp()).listSpaces(['OPS']))[0];
    const pages = await h.rest<{ results: Array<{ id: string }> }>('GET', `/wiki/api/v2/spaces/${ops.id}/pages`, 'user-admin');
    const opsPage = pages.json.results[0]?.id ?? ops.homepageId;
    const error = await bindUser('user-outsider', () =>
      createConfluenceClient(api.asUser()).updatePage({ id: String(opsPage), title: 'x', adf: { type: 'doc', version: 1, content: [] }, baseVersion: 1 }),
    ).catch((e) => e);
    expect(isConfluenceError(error)).toBe(true);
    expect(['forbidden', 'not-found']).toContain(error.code);
    expect(error.userMessage).toMatch(/permission|can't see/);
  });
});

describe('with a scripted Confluence', () => {
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): APIResponse =>
    ({
      ok: status < 300,
      status,
      statusText: '',
      headers: new Headers(headers),
      text: async () => JSON.stringify(body),
      json: async () => body,
      arrayBuffer: async () => new ArrayBuffer(0),
    }) as unknown as APIResponse;

  function scripted(replies: APIResponse[]): ConfluenceFetch & { paths: string[] } {
    const paths: string[] = [];
    return {
      paths,
      requestConfluence: async (url) => {
        paths.push((url as unknown as { value: string }).value);
        const next = replies.shift();
        if (!next) throw new Error('no more replies');
        return next;
      },
    };
  }

  test('follows v2 and v1 cursors to the end', async () => {
    const fetch = scripted([
      reply(200, { results: [{ id: 1 }], _links: { next: '/wiki/api/v2/tasks?cursor=a' } }),
      reply(200, { results: [{ id: 2 }], _links: { next: '/rest/api/search?cursor=b' } }),
      reply(200, { results: [{ id: 3 }], _links: {} }),
    ]);
    const all = await new ConfluenceHttp(fetch).all<{ id: number }>(route`/wiki/api/v2/tasks?page-id=${'1'}`);
    expect(all.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(fetch.paths).toEqual(['/wiki/api/v2/tasks?page-id=1', '/wiki/api/v2/tasks?cursor=a', '/wiki/rest/api/search?cursor=b']);
  });

  test('refuses a next link that leaves the REST API', async () => {
    for (const next of ['/../../admin', '/wiki/api/v2/../../../admin', '/wiki/api/v2/%2e%2e/secret']) {
      const fetch = scripted([reply(200, { results: [], _links: { next } })]);
      await expect(new ConfluenceHttp(fetch).all(route`/wiki/api/v2/tasks`)).rejects.toThrow(/unexpected page link/);
    }
  });

  test('without Retry-After, backs off exponentially with jitter, a bounded number of times', async () => {
    const waits: number[] = [];
    const fetch = scripted([reply(503, {}), reply(503, {}), reply(503, {}), reply(503, {}), reply(200, {})]);
    const http = new ConfluenceHttp(fetch, { sleep: async (ms) => void waits.push(ms), random: () => 0.999, baseDelayMs: 100, maxAttempts: 4 });
    const error = (await http.json(route`/wiki/api/v2/spaces`).catch((e) => e)) as ConfluenceError;
    expect(error.code).toBe('busy');
    expect(fetch.paths).toHaveLength(4);
    expect(waits).toEqual([99, 199, 399]);
  });

  test('maps statuses to messages a user can act on', async () => {
    const cases: Array<[number, string]> = [
      [403, "You don't have permission to edit this page"],
      [409, 'Someone changed this page at the same time; try again'],
      [413, 'The handover is too large for one Confluence page; use a shorter transcript'],
    ];
    for (const [status, message] of cases) {
      const http = new ConfluenceHttp(scripted([reply(status, { message: 'internal detail' })]));
      const error = (await http.send(route`/wiki/api/v2/pages`, { method: 'POST', json: {} }).catch((e) => e)) as ConfluenceError;
      expect(error.userMessage).toBe(message);
      expect(error.status).toBe(status);
    }
  });
});
