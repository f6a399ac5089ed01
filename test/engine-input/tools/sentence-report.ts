/**
 * Dev report (not a test): how well the input side serves the labelled transcripts.
 * For each gold file: exact sentence-boundary matches, gold sentences merged with a
 * neighbour of another section (what costs the classifier), and the ASR term lists.
 *
 *   npx tsx test/engine-input/tools/sentence-report.ts [gold.json ...] [--show]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTranscript, splitSentences } from '../../../src/engine/input';

interface GoldSentence {
  start: number;
  end: number;
  text: string;
  sections: string[];
}

async function report(goldPath: string, show: boolean): Promise<void> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  let file = join(dirname(goldPath), gold.transcript);
  if (file.endsWith('.docx.txt')) file = file.slice(0, -4);
  const t = await readTranscript(readFileSync(file), file);
  const ss = splitSentences(t);
  const gs: GoldSentence[] = gold.sentences;
  const key = (g: GoldSentence) => [...g.sections].sort().join(',');
  let exact = 0;
  let hurt = 0;
  const problems: string[] = [];
  for (const g of gs) {
    if (ss.some((s) => s.start === g.start && s.end === g.end)) exact++;
    const over = ss.filter((s) => Math.min(s.end, g.end) - Math.max(s.start, g.start) >= 0.5 * (g.end - g.start));
    const clean = over.some((p) =>
      gs.every((o) => o === g || key(o) === key(g) || Math.min(p.end, o.end) - Math.max(p.start, o.start) < 0.5 * (o.end - o.start)),
    );
    if (!clean) {
      hurt++;
      problems.push(`  merged/split: [${key(g)}] ${g.text.replace(/\s+/g, ' ').slice(0, 100)}`);
    }
  }
  const all = ss.map((s) => s.text).join(' ');
  const bad = (gold.asr_must_not_appear ?? []).filter((w: string) =>
    new RegExp(`(?<![A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).test(all),
  );
  const norm = (s: string) => s.toLowerCase().replace(/[-_/]+/g, ' ').replace(/\s+/g, ' ');
  const good = (gold.asr_must_appear ?? []).filter((w: string) => !norm(all).includes(norm(w)));
  console.log(
    `${goldPath.split('/').pop()}: ${t.format} segs=${t.segments.length} pred=${ss.length} gold=${gs.length} ` +
      `exact=${exact}/${gs.length} hurt=${hurt} asrLeft=[${bad.join(', ')}] asrAbsent=[${good.join(', ')}]`,
  );
  if (show) for (const p of problems) console.log(p);
}

(async () => {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  let files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    files = readdirSync('test/fixtures')
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => join('test/fixtures', f));
    files.unshift('../shared/fixtures/seed-order-platform.gold.json');
  }
  for (const f of files) await report(f, show);
})();
