/**
 * The input side alone: reading (format detection, decoding, segments), sentence
 * splitting and speech-to-text cleanup, for ~1 h and ~10 h calls in each format, plus
 * reading a 20 MB file. CPU time is printed as well as wall time, because on a shared
 * machine wall time mostly measures the neighbours. Prints figures, asserts nothing.
 */
import { readTranscript, splitSentences } from '../src/engine/input';
import { asRawSpeech, buildCall } from './engine.bench';

/** The same words as a call in another format, so formats are compared like for like. */
function asFormat(text: string, format: 'text' | 'vtt' | 'srt' | 'raw'): string {
  const sentences = text.split(/(?<=[.?!])\s+/);
  const stamp = (k: number, sep: string) => {
    const s = k * 4;
    const hh = String(Math.floor(s / 3600)).padStart(2, '0');
    const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    return `${hh}:${mm}:${ss}${sep}000`;
  };
  switch (format) {
    case 'text':
      return text;
    case 'raw':
      return asRawSpeech(text);
    case 'vtt':
      return 'WEBVTT\n\n' + sentences.map((s, k) => `${k + 1}\n${stamp(k, '.')} --> ${stamp(k + 1, '.')}\n${k % 3 ? 'Ana Souza' : 'Ben Okafor'}: ${s}\n`).join('\n');
    case 'srt':
      return sentences.map((s, k) => `${k + 1}\n${stamp(k, ',')} --> ${stamp(k + 1, ',')}\n${s}\n`).join('\n');
  }
}

async function measure(label: string, text: string, runs: number): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  splitSentences(await readTranscript(bytes)); // warm caches and JIT
  const cpu: number[] = [];
  const wall: number[] = [];
  let sentences = 0;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    sentences = splitSentences(await readTranscript(bytes)).length;
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const words = text.split(/\s+/).length;
  console.log(
    `${label.padEnd(12)} ${String(words).padStart(6)} words ${String(sentences).padStart(6)} sentences  ` +
      `median ${med(cpu).toFixed(1).padStart(6)} ms CPU, ${med(wall).toFixed(1).padStart(6)} ms wall  ` +
      `heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`,
  );
}

(async () => {
  const oneHour = buildCall(9000);
  const tenHours = buildCall(90000);
  for (const format of ['text', 'raw', 'vtt', 'srt'] as const) {
    await measure(`1 h ${format}`, asFormat(oneHour, format), 7);
    await measure(`10 h ${format}`, asFormat(tenHours, format), 3);
  }
  const turn = 'Ana Souza  0:03\nThe deploy runs on merge to main and the rollback approver is the on-call lead.\n\n';
  const big = Buffer.from(turn.repeat(Math.ceil((20 * 1024 * 1024) / turn.length)), 'utf8');
  const c0 = process.cpuUsage();
  const t = await readTranscript(big);
  const c = process.cpuUsage(c0);
  console.log(`read 20 MB file: ${t.segments.length} segments in ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
})();
