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
import { forgeMemoryMB, v8HeapFlagsFor } from './forge-heap';

const ROOT = join(__dirname, '..');
/** The Forge function that runs the engine: the macro's resolver. */
const ENGINE_FUNCTION = 'resolver';
const ENGINE_FUNCTION_MEMORY_MB = forgeMemoryMB(ROOT, ENGINE_FUNCTION);
/** Every child runs with the V8 heap of that function, as the manifest sizes it. */
const FORGE_HEAP = v8HeapFlagsFor(ENGINE_FUNCTION_MEMORY_MB);

/**
 * The labelled calls' plain text: a `.txt` with a gold file beside it. The old tool's output in
 * ../shared/fixtures is a .txt too, but no call: one chunk of the seed repeated under every
 * heading, which made up the whole of the 1 h call before.
 */
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
    const labelled = new Set(files.filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)));
    for (const f of files.sort()) if (f.endsWith('.txt') && labelled.has(f.replace(/(\.docx)?\.txt$/, ''))) texts.push(readFileSync(join(d, f), 'utf8'));
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

/** The same call as raw speech-to-text: lower case, no punctuation, so sentences come from the boundary model. */
export function asRawSpeech(text: string): string {
  return text.toLowerCase().replace(/[.,?!]/g, '');
}

/**
 * A call cut at paragraphs into parts of about `words` words each: the same material as
 * the whole, so extracting the parts one by one and the whole at once compares like with like.
 */
function partsOf(text: string, words: number): string[] {
  const parts: string[] = [];
  let part: string[] = [];
  let count = 0;
  for (const paragraph of text.split(/\n\n+/)) {
    part.push(paragraph);
    count += paragraph.split(/\s+/).length;
    if (count >= words) {
      parts.push(part.join('\n\n'));
      part = [];
      count = 0;
    }
  }
  if (part.length) parts.push(part.join('\n\n'));
  return parts;
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
console.log(JSON.stringify({ rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, heapLimit: require('node:v8').getHeapStatistics().heap_size_limit }));
`;

/**
 * The CPU time of each part of a call extracted on its own (median of `runs`, after every part
 * has been extracted `warmArg` times), in one process, as a long-lived container would.
 */
const PARTS_CHILD = `
const [bundlePath, partsPath, runsArg, warmArg] = process.argv.slice(2);
const parts = JSON.parse(require('node:fs').readFileSync(partsPath, 'utf8'));
const engine = require(bundlePath);
const timeOf = (text) => {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  engine.extractHandover(engine.parseTranscriptText(text));
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
};
for (let w = 0; w < Number(warmArg); w++) for (const p of parts) timeOf(p);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = parts.map((p) => Array.from({ length: Number(runsArg) }, () => timeOf(p)));
const sum = (key) => times.reduce((total, runs) => total + med(runs.map((t) => t[key])), 0);
console.log(JSON.stringify({ wall: sum('wall'), cpu: sum('cpu') }));
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

/**
 * Forge bundles with webpack, whose JSON modules become `JSON.parse('...')` calls; esbuild
 * writes JSON as object literals, which V8 compiles as code. The bench loads JSON as webpack does.
 */
const JSON_AS_WEBPACK_DOES: import('esbuild').Plugin = {
  name: 'json-as-webpack-does',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const compact = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(compact)});`, loader: 'js' };
    });
  },
};

/** The engine entry points the bench calls, bundled the way Forge bundles the app. */
async function bundleEngine(dir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const outfile = join(dir, 'engine.js');
  await esbuild.build({
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
    plugins: [JSON_AS_WEBPACK_DOES],
  });
  return outfile;
}

/** Median wall and CPU milliseconds of one extraction. */
interface RunTime {
  wall: number;
  cpu: number;
}

/** What `measure` found: the median times, and the peak RSS of one extraction in a fresh process. */
interface Measured extends RunTime {
  peakRss: number;
  /** The call's text on disk, to measure it again. */
  textPath: string;
}

function measure(dir: string, bundle: string, label: string, text: string, runs: number, warmUp: number): Measured {
  const actual = text.split(/\s+/).length;
  const textPath = join(dir, `${label.replace(/\W+/g, '-')}.txt`);
  const childPath = join(dir, 'child.js');
  writeFileSync(textPath, text);
  writeFileSync(childPath, CHILD);
  const run = spawnSync(process.execPath, [...FORGE_HEAP, '--expose-gc', childPath, bundle, textPath, String(runs), String(warmUp)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${label} bench child failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout) as ChildResult;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
  const cpu = med(r.cpu);
  const input = med(r.input);
  console.log(
    `${label.padEnd(9)} ${String(actual).padStart(6)} words  median of ${runs}: ${med(r.wall).toFixed(1).padStart(6)} ms wall, ` +
      `${cpu.toFixed(1)} ms CPU (reading + sentences + ASR repair ${input.toFixed(1)} ms, sections + items + status ` +
      `${(cpu - input).toFixed(1)} ms)  (${Math.round(actual / (med(r.wall) / 1000)).toLocaleString('en')} words/s)`,
  );
  console.log(`${''.padEnd(9)} first call in a fresh process (compiling included): ${r.cold.toFixed(1)} ms wall; ${warmUp} warm-up calls before the median`);
  const once = measureOneCall(dir, bundle, textPath);
  console.log(
    `${''.padEnd(9)} memory: peak RSS of one extraction in a fresh process ${mb(once.peakRss)} (median of 3; node + bundled ` +
      `engine + text before it: ${mb(once.rssBefore)}); after ${runs + warmUp} runs in one process ${mb(r.peakRss)}, ` +
      `peak JS heap after a run ${mb(r.heap)}`,
  );
  return { wall: med(r.wall), cpu, peakRss: once.peakRss, textPath };
}

/** The summed median times of `text`'s ~`words`-word parts, each extracted on its own. */
function measureParts(dir: string, bundle: string, text: string, words: number): { parts: number; time: RunTime } {
  const parts = partsOf(text, words);
  const partsPath = join(dir, 'parts.json');
  const childPath = join(dir, 'parts-child.js');
  writeFileSync(partsPath, JSON.stringify(parts));
  writeFileSync(childPath, PARTS_CHILD);
  const run = spawnSync(process.execPath, [...FORGE_HEAP, '--expose-gc', childPath, bundle, partsPath, '5', '4'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`parts bench child failed: ${run.stderr}`);
  return { parts: parts.length, time: JSON.parse(run.stdout) as RunTime };
}

/** What one extraction in a fresh process used, and the heap limit V8 ran it under. */
interface OneCall {
  peakRss: number;
  rssBefore: number;
  heapLimit: number;
}

/** `heap`: V8 flags for the child; Forge's by default, none for this machine's own sizing. */
function measureOneCall(dir: string, bundle: string, textPath: string, heap = FORGE_HEAP): OneCall {
  const childPath = join(dir, 'memory-child.js');
  writeFileSync(childPath, MEMORY_CHILD);
  const results = [0, 1, 2].map(() => {
    const run = spawnSync(process.execPath, [...heap, childPath, bundle, textPath], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`memory bench child failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as OneCall;
  });
  return results.sort((a, b) => a.peakRss - b.peakRss)[1];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  try {
    const bundle = await bundleEngine(dir);
    console.log(
      'engine bundled with esbuild (JSON loaded as webpack loads it), run in plain node (no tsx). Per run: wall time; CPU = user + system time of the whole ' +
        'process, which counts V8 garbage-collector helper threads too, so it can exceed wall time.',
    );
    console.log(
      `V8 heap as Node sizes it in the '${ENGINE_FUNCTION}' Forge function of ${ENGINE_FUNCTION_MEMORY_MB} MB (manifest.yml): ${FORGE_HEAP.join(' ')}; ` +
        'every figure below is taken with it, except where this machine\'s own sizing is named.',
    );
    const oneHour = buildCall(9000);
    const tenHours = buildCall(90000);
    measure(dir, bundle, '1 h', oneHour, 15, 12);
    measure(dir, bundle, '1 h raw', asRawSpeech(oneHour), 15, 12);
    const whole = measure(dir, bundle, '10 h', tenHours, 3, 3);
    // The first hour of the chained fixtures is not the same material as the ten hours (which take in
    // the raw, unpunctuated fixtures too), so growth is the whole call against its own parts.
    const { parts, time } = measureParts(dir, bundle, tenHours, 9000);
    console.log(
      `growth: the 10 h call at once takes ${whole.wall.toFixed(0)} ms wall, ${whole.cpu.toFixed(0)} ms CPU; its ${parts} parts of ` +
        `about 1 h, each extracted on its own, ${time.wall.toFixed(0)} ms wall, ${time.cpu.toFixed(0)} ms CPU in all: ` +
        `${(whole.wall / time.wall).toFixed(2)}x wall, ${(whole.cpu / time.cpu).toFixed(2)}x CPU (1.00 = linear)`,
    );
    // Most of a fresh process's peak is there whatever the call's length: node, the engine's code and
    // data, and V8's young generation, which grows to its maximum during any first extraction.
    const shortPath = join(dir, 'short.txt');
    writeFileSync(shortPath, oneHour.split(/\n\n+/).slice(0, 3).join('\n\n'));
    const short = measureOneCall(dir, bundle, shortPath);
    const machine = measureOneCall(dir, bundle, whole.textPath, []);
    console.log(
      `memory: a call of a few sentences peaks at ${(short.peakRss / 1048576).toFixed(0)} MB in a fresh process; the 10 h call ` +
        `adds ${((whole.peakRss - short.peakRss) / 1048576).toFixed(0)} MB to that. With this machine's own heap sizing ` +
        `(${(machine.heapLimit / 1048576).toFixed(0)} MB heap limit) the 10 h call peaks at ${(machine.peakRss / 1048576).toFixed(0)} MB`,
    );
    console.log('targets: 1 h <= 100 ms (warm median), linear growth, peak RSS <= 150 MB for one 10 h extraction');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
