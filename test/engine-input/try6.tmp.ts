import { readFileSync, readdirSync } from 'node:fs';
import { readTranscript } from '../../src/engine/input';
import { cleanSpeech } from '../../src/engine/asr/clean';
import { splitSentences } from '../../src/engine/sentences/split';
(async () => {
  const files = ['/work/shared/fixtures/seed-order-platform.txt', ...readdirSync('test/fixtures').filter((f) => /\.(txt|vtt|srt|docx)$/.test(f) && !f.endsWith('.docx.txt')).map((f) => 'test/fixtures/' + f)];
  const seen = new Map<string, number>();
  for (const f of files) {
    const t = await readTranscript(readFileSync(f), f);
    for (const s of splitSentences(t)) for (const fx of cleanSpeech(s.raw).fixes) { const k = `${fx.from} -> ${fx.to}`; seen.set(k, (seen.get(k) ?? 0) + 1); }
  }
  console.log([...seen.entries()].map(([k, v]) => `${k} (${v})`).join('\n'));
})();
