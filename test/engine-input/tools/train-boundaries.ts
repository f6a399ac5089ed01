/**
 * Fits the unpunctuated-speech boundary model (src/engine/sentences/boundary-weights.json)
 * on the labelled transcripts: logistic regression with L2, deterministic SGD.
 * Punctuated transcripts are rendered as raw speech (boundary-data.ts), so the model
 * learns boundaries from the words, not from marks. Prints leave-one-transcript-out
 * figures over the transcripts that really come without punctuation (each scored by a
 * model that never saw it), then writes the weights fitted on all of them.
 *
 *   npx tsx test/engine-input/tools/train-boundaries.ts [--dry]
 */
import { loadBoundaryDocs, type BoundaryDoc } from './boundary-data';
import { writeFileSync } from 'node:fs';
import { weightTables } from '../../../src/engine/sentences/boundary-weight-tables';
import { decodeBoundaries, gapFeatures, type Word } from '../../../src/engine/sentences/boundary-model';

/** `weight` > 1 where the labelled section changes: a cut missed there merges two sections' talk. */
type Example = { f: string[]; y: number; weight: number };

/** DROP=pp=,pc= leaves feature families out, to compare generalisation. */
const DROP = (process.env.DROP ?? '').split(',').filter(Boolean);
const feats = (ws: Word[], i: number, len: number) => gapFeatures(ws, i, len).filter((f) => !DROP.some((d) => f.startsWith(d)));

const CHANGE_WEIGHT = Number(process.env.CHANGE_WEIGHT ?? 2);

function examples(docs: BoundaryDoc[]): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    for (const s of [...(d.raw ? d.segments : []), ...d.renderings]) {
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

/** The engine leaves a raw run of this many words or fewer uncut (split.ts). */
const ENGINE_MIN_WORDS = 12;
/** F1 differences smaller than this are noise over a few hundred boundaries. */
const TIE = 0.015;

interface Tally { tp: number; fp: number; fn: number; ch: number; chHit: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, ch: 0, chHit: 0 });

/** Boundaries inside the held-out transcript's segments, as the engine sees them. */
function score(doc: BoundaryDoc, bias: number, w: Map<string, number>, threshold: number, gated: boolean): Tally {
  const t = tally();
  for (const s of doc.segments) {
    const cuts = gated && s.ws.length <= ENGINE_MIN_WORDS ? new Set<number>() : decode(s.ws, bias, w, threshold);
    for (let i = 1; i < s.ws.length; i++) {
      if (s.change[i]) { t.ch++; if (cuts.has(i)) t.chHit++; }
      if (cuts.has(i) && s.gold[i]) t.tp++;
      else if (cuts.has(i)) t.fp++;
      else if (s.gold[i]) t.fn++;
    }
  }
  return t;
}

function add(to: Tally, r: Tally): void {
  to.tp += r.tp; to.fp += r.fp; to.fn += r.fn; to.ch += r.ch; to.chHit += r.chHit;
}

function f1({ tp, fp, fn }: Tally): { P: number; R: number; F: number } {
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
  return { P, R, F: (2 * P * R) / (P + R || 1) };
}

(async () => {
  const docs = await loadBoundaryDocs();
  const thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
  const totals = thresholds.map(tally);
  const gatedTotals = thresholds.map(tally);
  // Leave one transcript out, scored only on transcripts that really come without
  // punctuation: the punctuated ones are always in the fitting data.
  for (const held of docs.filter((d) => d.raw)) {
    const model = train(examples(docs.filter((d) => d !== held)));
    const line: string[] = [];
    thresholds.forEach((th, k) => {
      const r = score(held, model.bias, model.w, th, false);
      add(totals[k], r);
      add(gatedTotals[k], score(held, model.bias, model.w, th, true));
      if (th === 0.4) line.push(`P=${f1(r).P.toFixed(2)} R=${f1(r).R.toFixed(2)}`);
    });
    console.log(`held out ${held.name}: ${line.join(' ')} (th 0.4)`);
  }
  thresholds.forEach((th, k) => {
    const { P, R, F } = f1(totals[k]);
    const g = f1(gatedTotals[k]);
    const { ch, chHit } = totals[k];
    console.log(`threshold ${th}: unpunctuated leave-one-out P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} (runs over ${ENGINE_MIN_WORDS} words only: F1=${g.F.toFixed(3)}) section-change recall=${(chHit / ch).toFixed(3)} (${chHit}/${ch})`);
  });
  // The F1 curve is flat over a wide range of thresholds; among those within
  // TIE of the best, take the one that cuts about as often as the speakers end
  // sentences, so sentences come out neither merged nor chopped.
  const bestF = Math.max(...totals.map((t) => f1(t).F));
  const cutRatio = (t: Tally) => Math.abs(Math.log((t.tp + t.fp) / (t.tp + t.fn)));
  let best = -1;
  thresholds.forEach((th, k) => {
    if (f1(totals[k]).F >= bestF - TIE && (best < 0 || cutRatio(totals[k]) < cutRatio(totals[best]))) best = k;
  });
  const threshold = thresholds[best];
  const model = train(examples(docs));
  const kept: Array<[string, number]> = [];
  for (const [k, v] of [...model.w.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 0.05) kept.push([k, Math.round(v * 1000) / 1000]);
  console.log(`features kept: ${kept.length}, threshold ${threshold}`);
  if (!process.argv.includes('--dry')) {
    const { classes, words, pairs } = weightTables(kept);
    const json = `{"bias":${Math.round(model.bias * 1000) / 1000},\n"threshold":${threshold},\n"classes":${JSON.stringify(classes)},\n"words":${JSON.stringify(words)},\n"pairs":${JSON.stringify(pairs)}}\n`;
    writeFileSync('src/engine/sentences/boundary-weights.json', json);
  }
})();
