/**
 * Engine speed and memory on long calls: ~1 h (~9k words) and ~10 h (~90k words) of
 * transcript, built by chaining the labelled fixtures with speaker turns and varied
 * wording. Prints time per run (median), words per second and peak memory.
 *
 * The engine is measured as it ships: Forge bundles the app, so the engine is bundled once
 * with esbuild and each call length runs in its own plain `node --expose-gc` child (no tsx,
 * whose TypeScript loader alone costs ~100 MB of RSS), warmed up, median of several runs; the first (cold) call is printed too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

function sourceTexts(): string[] {
  const dirs = [join(ROOT, '../shared/fixtures'), join(ROOT, 'test/fixtures')];
  const texts: string[] = [];
  for (const d of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(d);
    } catch {
      continue;
    }
    for (const f of files.sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(d, f), 'utf8'));
  }
  return texts;
}

/**
 * A plain-text call of about `words` words: fixtures in turn, each pass worded a little
 * differently, the last one cut at a paragraph so the call ends near `words` (whole
 * fixtures would overshoot a 9k-word hour by over a thousand words).
 */
export function buildCall(words: number): string {
  const texts = sourceTexts();
  const parts: string[] = [];
  let count = 0;
  for (let pass = 0; count < words; pass++) {
    for (const t of texts) {
      const varied = t.replace(/\b(the|a)\b/g, (m) => (pass % 2 ? m : m === 'the' ? 'this' : 'one')).replace(/\bten\b/g, String(10 + pass));
      for (const paragraph of varied.split(/\n\n+/)) {
        parts.push(paragraph);
        count += paragraph.split(/\s+/).length;
        if (count >= words) break;
      }
      if (count >= words) break;
    }
  }
  return parts.join('\n\n');
}

/**
 * Runs inside a plain `node --expose-gc` child on the esbuild bundle (no tsx, no TypeScript
 * loader), so the figures are the engine as it ships. Kept as a string because the child
 * loads no TypeScript at all.
 */
const CHILD = `
const [bundlePath, textPath, runsArg, warmArg] = process.argv.slice(2);
const text = require('node:fs').readFileSync(textPath, 'utf8');
const engine = require(bundlePath);
global.gc();
const rssBefore = process.memoryUsage().rss;
// The first call pays for compiling the engine's code and regular expressions, as the first
// extraction in a fresh Forge container would.
const c0 = process.hrtime.bigint();
engine.extractHandover(engine.parseTranscriptText(text));
const cold = Number(process.hrtime.bigint() - c0) / 1e6;
// V8 keeps optimising the engine's functions on background threads for the first ten or so
// hour-long calls; the median is taken once that has settled, as in a container that is in use.
for (let w = 1; w < Number(warmArg); w++) engine.extractHandover(engine.parseTranscriptText(text));
// No forced collection between runs: a full GC also drops V8's compiled regular expressions,
// which a warm container keeps, so each run collects the garbage of the one before, as in use.
const wall = [], cpu = [], input = [];
let heap = 0;
for (let r = 0; r < Number(runsArg); r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const draft = engine.extractHandover(engine.parseTranscriptText(text));
  wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  heap = Math.max(heap, process.memoryUsage().heapUsed);
  if (draft.sections.length === 0) throw new Error('no sections');
}
// The input side alone, measured after the whole runs so its garbage is not collected inside them.
for (let r = 0; r < Number(runsArg); r++) {
  const i0 = process.cpuUsage();
  engine.splitSentences(engine.parseTranscriptText(text));
  const ic = process.cpuUsage(i0);
  input.push((ic.user + ic.system) / 1000);
}
console.log(JSON.stringify({ cold, wall, cpu, input, heap, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024 }));
`;

/**
 * One extraction in a fresh process: the memory a call of this length needs, as one
 * Forge invocation would use it. (Repeated runs in one process peak higher: V8 lets
 * garbage pile up to a heap limit that grows with the work it has seen.)
 */
const MEMORY_CHILD = `
const [bundlePath, textPath] = process.argv.slice(2);
const text = require('node:fs').readFileSync(textPath, 'utf8');
const engine = require(bundlePath);
const rssBefore = process.memoryUsage().rss;
const draft = engine.extractHandover(engine.parseTranscriptText(text));
if (draft.sections.length === 0) throw new Error('no sections');
console.log(JSON.stringify({ rssBefore, peakRss: process.resourceUsage().maxRSS * 1024 }));
`;

interface ChildResult {
  cold: number;
  wall: number[];
  cpu: number[];
  input: number[];
  heap: number;
  rssBefore: number;
  peakRss: number;
}

/** The engine entry points the bench calls, bundled the way Forge bundles the app. */
function bundleEngine(dir: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const outfile = join(dir, 'engine.js');
  esbuild.buildSync({
    stdin: {
      contents: "export { extractHandover } from './src/engine/extract';\nexport { parseTranscriptText, splitSentences } from './src/engine/input';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function measure(dir: string, bundle: string, label: string, words: number, runs: number, warmUp: number): number {
  const text = buildCall(words);
  const actual = text.split(/\s+/).length;
  const textPath = join(dir, `${words}.txt`);
  const childPath = join(dir, 'child.js');
  writeFileSync(textPath, text);
  writeFileSync(childPath, CHILD);
  const run = spawnSync(process.execPath, ['--expose-gc', childPath, bundle, textPath, String(runs), String(warmUp)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${label} bench child failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout) as ChildResult;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
  const cpu = med(r.cpu);
  const input = med(r.input);
  console.log(
    `${label.padEnd(5)} ${String(actual).padStart(6)} words  median of ${runs}: ${med(r.wall).toFixed(1).padStart(6)} ms wall, ` +
      `${cpu.toFixed(1)} ms CPU (reading + sentences + ASR repair ${input.toFixed(1)} ms, sections + items + status ` +
      `${(cpu - input).toFixed(1)} ms)  (${Math.round(actual / (med(r.wall) / 1000)).toLocaleString('en')} words/s)`,
  );
  console.log(`${''.padEnd(5)} first call in a fresh process (compiling included): ${r.cold.toFixed(1)} ms wall; ${warmUp} warm-up calls before the median`);
  const once = measureOneCall(dir, bundle, textPath);
  console.log(
    `${''.padEnd(5)} memory: peak RSS of one extraction in a fresh process ${mb(once.peakRss)} (median of 3; node + bundled ` +
      `engine + text before it: ${mb(once.rssBefore)}); after ${runs + warmUp} runs in one process ${mb(r.peakRss)}, ` +
      `peak JS heap after a run ${mb(r.heap)}`,
  );
  return cpu / actual;
}

function measureOneCall(dir: string, bundle: string, textPath: string): { peakRss: number; rssBefore: number } {
  const childPath = join(dir, 'memory-child.js');
  writeFileSync(childPath, MEMORY_CHILD);
  const results = [0, 1, 2].map(() => {
    const run = spawnSync(process.execPath, [childPath, bundle, textPath], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`memory bench child failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as { peakRss: number; rssBefore: number };
  });
  return results.sort((a, b) => a.peakRss - b.peakRss)[1];
}

if (require.main === module) {
  const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  try {
    const bundle = bundleEngine(dir);
    console.log(
      'engine bundled with esbuild, run in plain node (no tsx). Per run: wall time; CPU = user + system time of the whole ' +
        'process, which counts V8 garbage-collector helper threads too, so it can exceed wall time.',
    );
    const per1 = measure(dir, bundle, '1 h', 9000, 15, 12);
    const per10 = measure(dir, bundle, '10 h', 90000, 3, 3);
    console.log(`growth: 10 h costs ${(per10 / per1).toFixed(2)}x the CPU time per word of 1 h (1.00 = linear)`);
    console.log('targets: 1 h <= 100 ms (warm median), linear growth, peak RSS <= 150 MB for one 10 h extraction');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
