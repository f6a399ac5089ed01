import { readFileSync } from 'node:fs';
import { readTranscript, splitSentences } from '../../src/engine/input';
(async () => {
  const f = process.argv[2];
  let t0 = performance.now();
  const t = await readTranscript(readFileSync(f), f);
  console.log('read ms', (performance.now() - t0).toFixed(1));
  for (let k = 0; k < 3; k++) { t0 = performance.now(); const ss = splitSentences(t); console.log('split ms', (performance.now() - t0).toFixed(1), ss.length); }
})();
