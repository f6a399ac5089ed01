/**
 * The admin report's load on the sandbox: 2,000 labelled handover pages (file-backed SQLite,
 * ~12 KB ADF bodies), searched by label with the property expanded, 250 per request.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSandboxServer } from '../sandbox/confluence';
import { compileCql } from '../sandbox/confluence/cql';
import { seedHandoverPages } from '../sandbox/seed/handovers';

const PAGES = 2000;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-sandbox-bench-'));
  const server = await createSandboxServer({ dir });
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  const t = performance.now();
  const seedCpu = process.cpuUsage();
  seedHandoverPages(server.store, PAGES);
  console.log(`seed ${PAGES} handover pages: ${(performance.now() - t).toFixed(0)} ms wall, ${cpuMs(seedCpu).toFixed(0)} ms CPU`);

  const cqlPlan = compileCql('label = "kt-handover"', server.store.propertyIndexes);
  const plan = server.db
    .prepare(`EXPLAIN QUERY PLAN SELECT p.* FROM pages p WHERE p.status = 'current' AND (${cqlPlan.where}) ORDER BY ${cqlPlan.orderBy} LIMIT 250`)
    .all(...cqlPlan.params) as Array<{ detail: string }>;
  console.log(`query plan (label): ${plan.map((r) => r.detail).join(' | ')}`);

  const run = async (who: string, cql: string) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    let next: string | undefined = `/wiki/rest/api/search?cql=${encodeURIComponent(cql)}&limit=250&expand=content.space,content.metadata.properties.kt-handover`;
    let requests = 0;
    let results = 0;
    while (next) {
      const res = await fetch(`${server.url}${next.startsWith('/wiki') ? next : `/wiki${next}`}`, { headers: { authorization: `Bearer sandbox-user:${who}` } });
      const body = (await res.json()) as { results: unknown[]; _links: { next?: string } };
      results += body.results.length;
      requests++;
      next = body._links.next;
    }
    const ms = performance.now() - start;
    console.log(`${who.padEnd(13)} ${cql.padEnd(58)} ${String(results).padStart(5)} hits, ${requests} requests, ${ms.toFixed(0)} ms wall, ${(cpuMs(cpu) / requests).toFixed(1)} ms CPU/request (server + client)`);
  };
  await run('user-admin', 'label = "kt-handover"'); // warm-up of prepared statements
  await run('user-admin', 'label = "kt-handover"');
  await run('user-outsider', 'label = "kt-handover"');
  await run('user-admin', 'label = "kt-handover" and space = DEMO and type = page');
  await run('user-admin', 'label = "kt-handover" and ktHandoverStatus = "verified"');
  await run('user-admin', 'label = "kt-handover" and ktHandoverVerified < 13');
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
