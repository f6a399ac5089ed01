/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so peak memory is
 * each benchmark's own) and prints what they print.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv[2];
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')}`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, file)], {
    stdio: 'inherit',
    cwd: join(__dirname, '..'),
  });
  if (run.status !== 0) failed++;
}
if (failed) {
  console.error(`${failed} benchmark(s) failed`);
  process.exit(1);
}
