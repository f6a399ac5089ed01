import { createSandboxServer, type SandboxServer } from '../../sandbox/confluence';
import { installLocalForgeRuntime } from '../../sandbox/forge';
import { seedManyHandovers, type ManyHandoversResult } from '../../sandbox/seed/many-handovers';
import type { HandoverState } from '../../src/handover/state';
import { FIRST_PAGE_SIZE } from '../../src/usecases/report/list-handovers';
import { invokeReport } from './support/invoke';
import { runReport } from './support/report-run';
import { NOW } from './support/states';

/**
 * The admin report over a sandbox with 2,000 seeded handovers, through the real resolver, the
 * local Forge runtime (asUser over HTTP) and the sandbox's CQL search and permissions.
 */
let server: SandboxServer;
let seeded: ManyHandoversResult;
let uninstall: () => void;

/** Ground truth straight from the sandbox database: every handover property with its space. */
function truth(): { pageId: string; spaceKey: string; state: HandoverState }[] {
  const rows = server.db
    .prepare(
      `SELECT p.id AS pageId, s.key AS spaceKey, pr.value AS value FROM pages p JOIN spaces s ON s.id = p.space_id
       JOIN properties pr ON pr.page_id = p.id AND pr.key = 'kt-handover'`,
    )
    .all() as { pageId: number; spaceKey: string; value: string }[];
  return rows.map((r) => ({ pageId: String(r.pageId), spaceKey: r.spaceKey, state: JSON.parse(r.value) }));
}

function restCalls<T>(run: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const before = server.requestLog.length;
  return run().then((result) => ({ result, calls: server.requestLog.length - before }));
}

beforeAll(async () => {
  server = await createSandboxServer({ dir: ':memory:' });
  seeded = seedManyHandovers(server, { count: 2000, now: NOW });
  uninstall = installLocalForgeRuntime({ confluenceUrl: server.url }).uninstall;
}, 180_000);

afterAll(async () => {
  uninstall?.();
  await server?.close();
});

describe('the Handovers report over 2,000 handovers', () => {
  it('lists every handover for the admin in at most 25 REST calls, with owner names', async () => {
    expect(seeded.created).toBe(2000);
    const { result: report, calls } = await restCalls(() => runReport('user-admin'));
    expect(report.rows).toHaveLength(2000);
    expect(calls).toBeLessThanOrEqual(25);
    expect(new Set(report.rows.map((r) => r.pageId)).size).toBe(2000);

    const byId = new Map(truth().map((t) => [t.pageId, t]));
    for (const row of report.rows) {
      const t = byId.get(row.pageId)!;
      expect(row.spaceKey).toBe(t.spaceKey);
      expect(row.status).toBe(t.state.status);
      expect(row.verified).toBe(t.state.counts.verified);
      expect(row.missingRequired).toBe(t.state.counts.missingRequired);
      expect(row.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/wiki/spaces/${t.spaceKey}/pages/${row.pageId}`));
      for (const id of [row.outgoing!, ...row.incoming]) expect(report.users[id]).toMatch(/^[A-Z][a-zà-ÿ']+ [A-Z]/);
    }
    expect(report.users['user-outgoing']).toBe('Priya Raman');
    const statuses = new Set(report.rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['draft', 'in-verification', 'signed-off', 'verified']);
    expect(report.rows.some((r) => r.flags.unverifiedOver14Days)).toBe(true);
    expect(report.rows.some((r) => r.flags.regeneratedAfterVerification)).toBe(true);
  });

  it('shows the first rows after one small search request', async () => {
    const seen: number[] = [];
    const before = server.requestLog.length;
    await runReport('user-admin', {}, (report) => {
      if (!seen.length) seen.push(server.requestLog.length - before, report.rows.length);
    });
    const [callsToFirstRows, firstRows] = seen;
    expect(firstRows).toBe(FIRST_PAGE_SIZE);
    expect(callsToFirstRows).toBeLessThanOrEqual(2); // the search, and one lookup of owner names
  });

  it('never shows the outsider a handover from a space they may not see', async () => {
    const report = await runReport('user-outsider');
    const demo = truth().filter((t) => t.spaceKey === 'DEMO');
    expect(report.rows.length).toBe(demo.length);
    expect(new Set(report.rows.map((r) => r.spaceKey))).toEqual(new Set(['DEMO']));

    // Asking for OPS and FIN by name does not widen what they see.
    const asked = await runReport('user-outsider', { spaces: ['OPS', 'FIN'] });
    expect(asked.rows).toHaveLength(0);
  });

  it('filters by space and status in the search itself', async () => {
    const { result: report, calls } = await restCalls(() => runReport('user-admin', { spaces: ['OPS', 'FIN'], statuses: ['verified', 'signed-off'] }));
    const expected = truth().filter((t) => ['OPS', 'FIN'].includes(t.spaceKey) && ['verified', 'signed-off'].includes(t.state.status));
    expect(expected.length).toBeGreaterThan(0);
    expect(report.rows.map((r) => r.pageId).sort()).toEqual(expected.map((t) => t.pageId).sort());
    // Filtered on the server: a few hundred rows need only a few calls, not one per 200 of all 2,000.
    expect(calls).toBeLessThanOrEqual(Math.ceil(expected.length / 100) + 1);
    expect(report.cql).toContain('space in ("OPS", "FIN")');
  });

  it('filters by owner, outgoing or incoming', async () => {
    const report = await runReport('user-admin', { owner: 'user-kofi' });
    const expected = truth().filter((t) => t.state.owners.outgoing === 'user-kofi' || t.state.owners.incoming.includes('user-kofi'));
    expect(expected.length).toBeGreaterThan(0);
    expect(report.rows.map((r) => r.pageId).sort()).toEqual(expected.map((t) => t.pageId).sort());
  });

  it('tells the viewer what to do when Confluence stays busy', async () => {
    server.faults.add({ method: 'GET', pathPattern: '^/wiki/rest/api/search$', status: 503, times: 10, retryAfterSeconds: 0 });
    try {
      const answer = await invokeReport('user-admin', { filters: { spaces: [], statuses: [] } });
      expect(answer).toEqual({ ok: false, error: { code: 'busy', message: expect.stringMatching(/busy.*try again/i) } });
    } finally {
      server.faults.clear();
    }
  });

  it('refuses a filter that could rewrite the CQL, saying what to do', async () => {
    const answer = await invokeReport('user-outsider', { filters: { spaces: ['DEMO") OR (space = "FIN'], statuses: [] } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(/Reload the page/);
  });
});
