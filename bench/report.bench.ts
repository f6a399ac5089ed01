/**
 * The admin "Handovers" report over 2,000 seeded handovers: REST calls and time to first rows,
 * through the real resolver, the local Forge runtime (asUser over HTTP) and the sandbox.
 * Prints figures; asserts nothing (the ≤ 25 calls budget is checked by test/report).
 */
import { createSandboxServer } from '../sandbox/confluence';
import { installLocalForgeRuntime, invokeFunction } from '../sandbox/forge';
import { seedManyHandovers } from '../sandbox/seed/many-handovers';
import { handler } from '../src/resolvers/report';
import { collectReport } from '../src/usecases/report/collect';
import { LIST_HANDOVERS, type ReportResponse } from '../src/usecases/report/contract';
import type { ReportFilters } from '../src/usecases/report/filters';

const COUNT = Number(process.env.REPORT_BENCH_COUNT ?? 2000);

async function main() {
  const server = await createSandboxServer({ dir: ':memory:' });
  const seeded = seedManyHandovers(server, { count: COUNT });
  console.log(`seeded ${seeded.created} handovers in ${(seeded.ms / 1000).toFixed(1)} s`);
  const runtime = installLocalForgeRuntime({ confluenceUrl: server.url });

  async function measure(label: string, accountId: string, filters: Partial<ReportFilters> = {}) {
    const before = server.requestLog.length;
    const started = performance.now();
    let firstRowsMs = 0;
    let callsToFirstRows = 0;
    const report = await collectReport(
      async (request) => {
        const answer = await invokeFunction<ReportResponse>(handler, {
          functionKey: LIST_HANDOVERS,
          payload: request,
          accountId,
        });
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.page;
      },
      { spaces: [], statuses: [], ...filters },
      (r) => {
        if (!firstRowsMs && r.rows.length) {
          firstRowsMs = performance.now() - started;
          callsToFirstRows = server.requestLog.length - before;
        }
      },
    );
    const totalMs = performance.now() - started;
    const calls = server.requestLog.slice(before);
    const searches = calls.filter((c) => c.path.endsWith('/search')).length;
    console.log(
      `${label.padEnd(34)} rows ${String(report.rows.length).padStart(5)}  REST calls ${String(calls.length).padStart(3)}` +
        ` (${searches} search, ${calls.length - searches} users)  first rows ${firstRowsMs.toFixed(0)} ms` +
        ` after ${callsToFirstRows} calls  all rows ${totalMs.toFixed(0)} ms`,
    );
  }

  await measure('warm-up (admin, discarded)', 'user-admin');
  await measure(`admin, all ${COUNT}`, 'user-admin');
  await measure('outsider (DEMO only)', 'user-outsider');
  await measure('admin, OPS+FIN, verified', 'user-admin', { spaces: ['OPS', 'FIN'], statuses: ['verified'] });
  console.log(`heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
  runtime.uninstall();
  await server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
