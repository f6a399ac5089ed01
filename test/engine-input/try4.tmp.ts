import { readFileSync } from 'node:fs';
import { readTranscript, splitSentences } from '../../src/engine/input';
(async () => {
  const g = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  let f = process.argv[2].replace(/[^/]+$/, '') + g.transcript; if (f.endsWith('.docx.txt')) f = f.slice(0, -4);
  const t = await readTranscript(readFileSync(f), f);
  const ss = splitSentences(t);
  for (const s of g.sentences) {
    if (ss.some((p) => p.start === s.start && p.end === s.end)) continue;
    const ov = ss.filter((p) => p.end > s.start && p.start < s.end);
    console.log('GOLD', JSON.stringify(t.text.slice(s.start, s.end)), s.sections.join(','));
    for (const p of ov) console.log('   PRED', JSON.stringify(t.text.slice(p.start, p.end)));
  }
})();
