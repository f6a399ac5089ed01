/**
 * Fits the unpunctuated-speech boundary model (src/engine/sentences/boundary-weights.json)
 * on the labelled transcripts: logistic regression with L2, deterministic SGD.
 * Punctuated transcripts are also used with their punctuation removed, so the model
 * learns boundaries from the words, not from marks. Prints leave-one-transcript-out
 * figures (honest: each transcript scored by a model that never saw it), then writes
 * the weights fitted on all of them.
 *
 *   npx tsx test/engine-input/tools/train-boundaries.ts [--dry]
 */
import { fittingGoldPaths, readLabelled } from './labelled';
import { writeFileSync } from 'node:fs';
import { decodeBoundaries, gapFeatures, type Word } from '../../../src/engine/sentences/boundary-model';

interface Doc {
  name: string;
  /** Truly unpunctuated speech-to-text: the kind the model is used on in the engine. */
  raw: boolean;
  /** Segments as word lists with gold boundary flags, in raw and comma-kept variants. */
  segs: { ws: Word[]; gold: boolean[]; change: boolean[] }[];
}

async function loadDocs(): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const g of fittingGoldPaths()) {
    const { gold, transcript: t } = await readLabelled(g);
    const starts = new Set<number>(gold.sentences.map((s: { start: number }) => s.start));
    // Sentence starts where the labelled sections change: a missed cut there merges sections.
    const changes = new Set<number>();
    gold.sentences.forEach((s: { start: number; sections: string[] }, k: number) => {
      const prev = gold.sentences[k - 1];
      if (prev && [...s.sections].sort().join() !== [...prev.sections].sort().join()) changes.add(s.start);
    });
    const body = t.segments.map((s) => t.text.slice(s.start, s.end)).join(' ');
    const marks = (body.match(/[.?!…](?=\s|$)/g) ?? []).length;
    const doc: Doc = { name: g.split('/').pop()!, raw: marks * 30 < body.split(/\s+/).length, segs: [] };
    for (const seg of t.segments) {
      const raw: Word[] = [];
      const semi: Word[] = [];
      const re = /\S+/g;
      re.lastIndex = seg.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t.text)) && m.index < seg.end) {
        const w = m[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '').replace(/’/g, "'");
        raw.push({ start: m.index, end: m.index + m[0].length, w, raw: w });
        semi.push({ start: m.index, end: m.index + m[0].length, w, raw: m[0].replace(/[.?!…]+$/, '') });
      }
      if (raw.length < 3) continue;
      const gold = raw.map((x) => starts.has(x.start));
      const change = raw.map((x) => changes.has(x.start));
      doc.segs.push({ ws: raw, gold, change }, { ws: semi, gold, change });
    }
    docs.push(doc);
  }
  return docs;
}

/** `weight` > 1 where the labelled section changes: a cut missed there merges two sections' talk. */
type Example = { f: string[]; y: number; weight: number };

/** DROP=pp=,pc= leaves feature families out, to compare generalisation. */
const DROP = (process.env.DROP ?? '').split(',').filter(Boolean);
const feats = (ws: Word[], i: number, len: number) => gapFeatures(ws, i, len).filter((f) => !DROP.some((d) => f.startsWith(d)));

const CHANGE_WEIGHT = Number(process.env.CHANGE_WEIGHT ?? 2);

function examples(docs: Doc[]): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    for (const s of d.segs) {
      let last = 0;
      for (let i = 2; i < s.ws.length - 1; i++) {
        const len = i - last;
        if (len < 2) continue;
        out.push({ f: feats(s.ws, i, len), y: s.gold[i] ? 1 : 0, weight: s.change[i] ? CHANGE_WEIGHT : 1 });
        if (s.gold[i]) last = i;
      }
    }
  }
  return out;
}

function train(ex: Example[]): { bias: number; w: Map<string, number> } {
  const count = new Map<string, number>();
  for (const e of ex) for (const f of e.f) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  let bias = -2;
  const lambda = 1e-4;
  for (let epoch = 0; epoch < 25; epoch++) {
    const lr = 0.2 / (1 + epoch * 0.3);
    for (const e of ex) {
      let z = bias;
      for (const f of e.f) z += w.get(f) ?? 0;
      const g = (1 / (1 + Math.exp(-z)) - e.y) * e.weight;
      bias -= lr * g;
      for (const f of e.f) {
        if ((count.get(f) ?? 0) < 2) continue;
        const cur = w.get(f) ?? 0;
        w.set(f, cur - lr * (g + lambda * cur));
      }
    }
  }
  return { bias, w };
}

function decode(ws: Word[], bias: number, w: Map<string, number>, threshold: number): Set<number> {
  const probability = (i: number, len: number) => {
    let z = bias;
    for (const f of feats(ws, i, len)) z += w.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  };
  return new Set(decodeBoundaries(ws, probability, threshold));
}

function score(doc: Doc, bias: number, w: Map<string, number>, threshold: number, variant: 0 | 1) {
  let tp = 0, fp = 0, fn = 0, ch = 0, chHit = 0;
  doc.segs.forEach((s, k) => {
    if (k % 2 !== variant) return;
    const cuts = decode(s.ws, bias, w, threshold);
    for (let i = 1; i < s.ws.length; i++) {
      if (s.change[i]) { ch++; if (cuts.has(i)) chHit++; }
      if (cuts.has(i) && s.gold[i]) tp++;
      else if (cuts.has(i)) fp++;
      else if (s.gold[i]) fn++;
    }
  });
  return { tp, fp, fn, ch, chHit };
}

(async () => {
  const docs = await loadDocs();
  const thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
  const totals = thresholds.map(() => ({ tp: 0, fp: 0, fn: 0, ch: 0, chHit: 0 }));
  const rawTotals = thresholds.map(() => ({ tp: 0, fp: 0, fn: 0, ch: 0, chHit: 0 }));
  for (const held of docs) {
    const model = train(examples(docs.filter((d) => d !== held)));
    const line: string[] = [];
    thresholds.forEach((th, k) => {
      const r = score(held, model.bias, model.w, th, 0);
      for (const t of held.raw ? [totals[k], rawTotals[k]] : [totals[k]]) {
        t.tp += r.tp; t.fp += r.fp; t.fn += r.fn; t.ch += r.ch; t.chHit += r.chHit;
      }
      if (th === 0.4) line.push(`P=${(r.tp / (r.tp + r.fp || 1)).toFixed(2)} R=${(r.tp / (r.tp + r.fn || 1)).toFixed(2)}`);
    });
    console.log(`held out ${held.name}${held.raw ? ' [unpunctuated]' : ''}: ${line.join(' ')} (raw variant, th 0.4)`);
  }
  let best = 0, bestF = -1;
  thresholds.forEach((th, k) => {
    const { tp, fp, fn, ch, chHit } = totals[k];
    const P = tp / (tp + fp), R = tp / (tp + fn), F = (2 * P * R) / (P + R);
    console.log(`threshold ${th}: leave-one-out P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} section-change recall=${(chHit / ch).toFixed(3)} (${chHit}/${ch})`);
    if (F > bestF) { bestF = F; best = th; }
  });
  // The figure that matters for the engine: transcripts that really come without punctuation.
  thresholds.forEach((th, k) => {
    const { tp, fp, fn, ch, chHit } = rawTotals[k];
    const P = tp / (tp + fp), R = tp / (tp + fn), F = (2 * P * R) / (P + R);
    console.log(`threshold ${th}: unpunctuated only P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} section-change recall=${(chHit / ch).toFixed(3)} (${chHit}/${ch})`);
  });
  const model = train(examples(docs));
  const w: Record<string, number> = {};
  for (const [k, v] of [...model.w.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 0.05) w[k] = Math.round(v * 1000) / 1000;
  console.log(`features kept: ${Object.keys(w).length}, threshold ${best}`);
  if (!process.argv.includes('--dry')) {
    writeFileSync('src/engine/sentences/boundary-weights.json', JSON.stringify({ bias: Math.round(model.bias * 1000) / 1000, threshold: best, w }, null, 0).replace(/,"/g, ',\n"') + '\n');
  }
})();
