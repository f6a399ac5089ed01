/**
 * Fitting the section model on labelled transcripts: gold sentences (the scorer's
 * format) are aligned to the engine's sentences by offset overlap, then an averaged
 * structured perceptron learns the weights, Viterbi in the loop. Pure; the script in
 * scripts/train-sections.ts does the file work.
 */
import type { Sentence } from '../model';
import type { SentenceFeatures } from './features';
import { emissions, pathFeatures, viterbi, type Weights } from './linear-chain';

export interface GoldSentence {
  start: number;
  end: number;
  sections: string[];
  optional?: boolean;
}

export interface TrainingDoc {
  name: string;
  feats: SentenceFeatures[];
  /** Labels each sentence may take (section indices, K = none). */
  allowed: Array<Set<number>>;
}

/** Which labels each engine sentence may take, from the gold sentences it overlaps most. */
export function alignGold(sentences: Sentence[], gold: GoldSentence[], sectionIds: string[]): Array<Set<number>> {
  const K = sectionIds.length;
  let g0 = 0;
  return sentences.map((s) => {
    while (g0 < gold.length && gold[g0].end <= s.start) g0++;
    const allowed = new Set<number>();
    for (let g = g0; g < gold.length && gold[g].start < s.end; g++) {
      const ov = Math.min(s.end, gold[g].end) - Math.max(s.start, gold[g].start);
      if (ov <= 0 || ov < 0.5 * (gold[g].end - gold[g].start)) continue;
      if (gold[g].sections.length === 0) allowed.add(K);
      for (const id of gold[g].sections) {
        const k = sectionIds.indexOf(id);
        if (k >= 0) allowed.add(k);
      }
    }
    if (allowed.size === 0) {
      // Only part of a gold sentence: take the labels of the one it overlaps.
      for (let g = g0; g < gold.length && gold[g].start < s.end; g++) {
        if (gold[g].sections.length === 0) allowed.add(K);
        for (const id of gold[g].sections) allowed.add(sectionIds.indexOf(id));
      }
    }
    if (allowed.size === 0) allowed.add(K);
    return allowed;
  });
}

export interface TrainOptions {
  epochs?: number;
  init?: Weights;
  /**
   * Cost added to every wrong label while training decodes, so a path must win by this
   * much before the weights stop moving: a margin for transcripts the fit has not seen.
   */
  margin?: number;
  /**
   * Fits over this many visiting orders (the given one, then seeded shuffles) and averages
   * them: one order's chance path through borderline calls no longer decides the weights.
   */
  orders?: number;
}

/** Averaged structured perceptron, averaged again over `orders` visiting orders. Deterministic. */
export function trainPerceptron(docs: TrainingDoc[], K: number, opts: TrainOptions = {}): Weights {
  const orders = opts.orders ?? 1;
  if (orders <= 1) return trainOneOrder(docs, K, opts);
  const sum: Weights = {};
  for (let r = 0; r < orders; r++) {
    const w = trainOneOrder(r === 0 ? docs : shuffled(docs, r * 7919), K, opts);
    for (const [k, v] of Object.entries(w)) sum[k] = (sum[k] ?? 0) + v;
  }
  const avg: Weights = {};
  for (const [k, v] of Object.entries(sum)) avg[k] = Math.round((v / orders) * 1000) / 1000;
  return avg;
}

/** A fixed pseudo-random order (linear congruential, seeded): the same on every machine. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** One averaged perceptron; documents are visited in a fixed rotation. */
function trainOneOrder(docs: TrainingDoc[], K: number, opts: TrainOptions): Weights {
  const epochs = opts.epochs ?? 20;
  const margin = opts.margin ?? 0;
  const w: Weights = { ...(opts.init ?? {}) };
  const sum: Weights = {};
  let steps = 0;
  const accumulate = () => {
    for (const [k, v] of Object.entries(w)) sum[k] = (sum[k] ?? 0) + v;
    steps++;
  };
  for (let e = 0; e < epochs; e++) {
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[(d + e) % docs.length];
      const emit = emissions(doc.feats, w);
      if (margin > 0) emit.forEach((e, i) => {
        for (let y = 0; y <= K; y++) if (!doc.allowed[i].has(y)) e[y] += margin;
      });
      const pred = viterbi(doc.feats, K, w, undefined, emit);
      const wrong = pred.some((y, i) => !doc.allowed[i].has(y));
      if (wrong) {
        const gold = viterbi(doc.feats, K, w, doc.allowed);
        const phiGold = pathFeatures(doc.feats, gold, K);
        const phiPred = pathFeatures(doc.feats, pred, K);
        for (const [k, v] of phiGold) w[k] = (w[k] ?? 0) + v;
        for (const [k, v] of phiPred) w[k] = (w[k] ?? 0) - v;
        // none.empty stays a hard rule: an empty sentence has nothing to place.
      }
      accumulate();
    }
  }
  const avg: Weights = {};
  for (const [k, v] of Object.entries(sum)) avg[k] = Math.round((v / steps) * 1000) / 1000;
  return avg;
}

/** Share of sentences whose label is one the gold allows. */
export function accuracy(doc: TrainingDoc, K: number, w: Weights): number {
  const pred = viterbi(doc.feats, K, w);
  return pred.filter((y, i) => doc.allowed[i].has(y)).length / Math.max(1, pred.length);
}
