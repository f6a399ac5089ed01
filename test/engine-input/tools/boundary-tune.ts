/**
 * Dev report (not a test): precision/recall of the unpunctuated-speech boundary model.
 * Punctuated labelled transcripts are turned into raw speech (lower case, punctuation
 * removed) so their gold sentence starts become the expected boundaries; transcripts
 * that are raw already are used as they are.
 *
 *   npx tsx test/engine-input/tools/boundary-tune.ts [--show]
 */
import { fittingGoldPaths, readLabelled } from './labelled';
import { speechBoundaries, type Word } from '../../../src/engine/sentences/boundary-model';

(async () => {
  const show = process.argv.includes('--show');
  let TP = 0, FP = 0, FN = 0;
  for (const g of fittingGoldPaths()) {
    const { gold, transcript: t } = await readLabelled(g);
    const starts = new Set<number>(gold.sentences.map((s: { start: number }) => s.start));
    let tp = 0, fp = 0, fn = 0;
    for (const seg of t.segments) {
      const ws: Word[] = [];
      const re = /\S+/g;
      re.lastIndex = seg.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t.text)) && m.index < seg.end) {
        const w = m[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
        ws.push({ start: m.index, end: m.index + m[0].length, w, raw: w });
      }
      if (ws.length < 2) continue;
      const predicted = new Set(speechBoundaries(ws));
      for (let i = 1; i < ws.length; i++) {
        const want = starts.has(ws[i].start);
        const got = predicted.has(i);
        if (want && got) tp++;
        else if (got) {
          fp++;
          if (show) console.log('  FP', ws.slice(Math.max(0, i - 6), i).map((w) => w.w).join(' '), '|', ws.slice(i, i + 5).map((w) => w.w).join(' '));
        } else if (want) {
          fn++;
          if (show) console.log('  FN', ws.slice(Math.max(0, i - 6), i).map((w) => w.w).join(' '), '|', ws.slice(i, i + 5).map((w) => w.w).join(' '));
        }
      }
    }
    TP += tp; FP += fp; FN += fn;
    console.log(`${g.split('/').pop()}: P=${(tp / (tp + fp || 1)).toFixed(2)} R=${(tp / (tp + fn || 1)).toFixed(2)} tp=${tp} fp=${fp} fn=${fn}`);
  }
  const P = TP / (TP + FP), R = TP / (TP + FN);
  console.log(`ALL: P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${((2 * P * R) / (P + R)).toFixed(3)}`);
})();
