/**
 * Engine speed and memory on long calls: ~1 h (~9k words) and ~10 h (~90k words) of
 * transcript, built by chaining the labelled fixtures with speaker turns and varied
 * wording. Prints time per run (median), words per second and peak memory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscriptText, splitSentences } from '../src/engine/input';
import { extractHandover } from '../src/engine/extract';

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

/** A plain-text call of about `words` words: fixtures in turn, each pass worded a little differently. */
export function buildCall(words: number): string {
  const texts = sourceTexts();
  const parts: string[] = [];
  let count = 0;
  for (let pass = 0; count < words; pass++) {
    for (const t of texts) {
      const varied = t.replace(/\b(the|a)\b/g, (m) => (pass % 2 ? m : m === 'the' ? 'this' : 'one')).replace(/\bten\b/g, String(10 + pass));
      parts.push(varied);
      count += varied.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return parts.join('\n\n');
}

function measure(label: string, words: number, runs: number) {
  const text = buildCall(words);
  const actual = text.split(/\s+/).length;
  extractHandover(parseTranscriptText(text)); // warm caches and JIT
  const times: number[] = [];
  const cpu: number[] = [];
  const input: number[] = [];
  let peakHeap = 0;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    // CPU time as well as wall time: on a shared machine wall time mostly measures the neighbours.
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const draft = extractHandover(parseTranscriptText(text));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (draft.sections.length === 0) throw new Error('no sections');
    const i0 = process.cpuUsage();
    splitSentences(parseTranscriptText(text));
    const ic = process.cpuUsage(i0);
    input.push((ic.user + ic.system) / 1000);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const median = med(times);
  const maxRss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${label.padEnd(5)} ${String(actual).padStart(6)} words  median ${median.toFixed(1).padStart(7)} ms wall, ` +
      `${med(cpu).toFixed(1)} ms CPU (reading + sentences + ASR repair ${med(input).toFixed(1)} ms, sections + items + status ` +
      `${(med(cpu) - med(input)).toFixed(1)} ms)  ` +
      `(${Math.round(actual / (median / 1000)).toLocaleString('en')} words/s)  heap ${(peakHeap / 1048576).toFixed(0)} MB  ` +
      `peak RSS ${maxRss.toFixed(0)} MB`,
  );
  return med(cpu) / actual;
}

if (require.main === module) {
  const per1 = measure('1 h', 9000, 7);
  const per10 = measure('10 h', 90000, 3);
  console.log(`growth: 10 h costs ${(per10 / per1).toFixed(2)}x the CPU time per word of 1 h (1.00 = linear)`);
  console.log('targets: 1 h <= 100 ms, linear growth, <= 150 MB');
}
