import { readFileSync } from 'node:fs';
import { readTranscript, splitSentences } from '../../src/engine/input';
(async () => {
  const f = process.argv[2];
  const t = await readTranscript(readFileSync(f), f);
  console.log(t.format, t.segments.length);
  const t0 = performance.now();
  const ss = splitSentences(t);
  console.log('ms', (performance.now() - t0).toFixed(1), ss.length);
  for (const s of ss.slice(0, Number(process.argv[3] ?? 400))) console.log(s.index, s.start, s.end, s.speaker ?? '', s.repeatOf ?? '', '|', s.text);
})();
