/**
 * Features of the section model. They are templates shared by every section ("the
 * sentence's keyword score FOR THIS section", "the last announcement WAS this
 * section"), so a handful of weights fitted on a few labelled KTs carry over to
 * systems and sections the labels never showed.
 */
import type { Sentence } from '../model';
import type { TemplateSection } from '../template/schema';
import { PROMISE, fieldCueCount } from '../items/fields';
import { buildAnnouncementMatcher } from './announce';
import { NONE_CUES } from './lexicon';
import { buildTermIndex, keywordScores, stemsOfNormalized } from './terms';
import { normalize } from './text';

export const SECTION_FEATURES = [
  'sec.bias', 'sec.kw', 'sec.kwShare', 'sec.kwTop', 'sec.kwCtx', 'sec.ann', 'sec.annTop', 'sec.annPrev',
  'sec.held', 'sec.heldNear', 'sec.field', 'sec.fieldTop', 'sec.afterClose', 'sec.posDist', 'sec.annBack', 'sec.annListed',
] as const;
export const NONE_FEATURES = [
  'none.bias', 'none.small', 'none.smallStrong', 'none.noKw', 'none.short', 'none.head', 'none.tail',
  'none.maxKw', 'none.empty', 'none.question', 'none.noAnnYet', 'none.afterClose', 'none.promise', 'none.preamble',
] as const;
export const TRANSITION_FEATURES = [
  't.stay', 't.noneStay', 't.toNone', 't.fromNone', 't.next', 't.forward', 't.back', 't.startNone', 't.startSec',
] as const;

export type FeatureName =
  | (typeof SECTION_FEATURES)[number]
  | (typeof NONE_FEATURES)[number]
  | (typeof TRANSITION_FEATURES)[number];

/** Sparse features of one (sentence, label) pair. */
export type FeatureList = Array<[FeatureName, number]>;

export interface SentenceFeatures {
  /** perLabel[label] for labels 0..K-1 = sections in template order, K = none. */
  perLabel: FeatureList[];
  /** Raw evidence kept for `--explain`. */
  kw: Float64Array;
  ann: Float64Array;
  small: number;
}

/** Transition features from label a to label b (K = none, -1 = start). */
export function transitionFeatures(a: number, b: number, K: number): FeatureList {
  if (a < 0) return [[b === K ? 't.startNone' : 't.startSec', 1]];
  if (a === K && b === K) return [['t.noneStay', 1]];
  if (a === K) return [['t.fromNone', 1]];
  if (b === K) return [['t.toNone', 1]];
  if (a === b) return [['t.stay', 1]];
  if (b === a + 1) return [['t.next', 1]];
  return b > a ? [['t.forward', 1]] : [['t.back', 1]];
}

const CLOSE_CUE =
  /\b(thank you|thanks|that s all|that s it|i think (this|that) is (enough|all|it)|any questions|that was (the|a) (small )?overview|this is the (small )?overview|wrap(ping)? up|see you|bye)\b/;

function smallTalk(norm: string): number {
  let s = 0;
  for (const [re, w] of NONE_CUES) if (re.test(norm)) s += w;
  return Math.min(s, 6);
}

const argmax = (a: Float64Array): number => {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[b]) b = i;
  return b;
};

export interface FeatureExtractor {
  extract(sentences: Sentence[]): SentenceFeatures[];
}

const extractors = new WeakMap<TemplateSection[], FeatureExtractor>();

/** One extractor per template: its term index and announcement cache are built once. */
export function featureExtractorFor(sections: TemplateSection[]): FeatureExtractor {
  let ex = extractors.get(sections);
  if (!ex) {
    ex = buildFeatureExtractor(sections);
    extractors.set(sections, ex);
  }
  return ex;
}

export function buildFeatureExtractor(sections: TemplateSection[]): FeatureExtractor {
  const K = sections.length;
  const index = buildTermIndex(sections);
  const announcer = buildAnnouncementMatcher(sections);
  return {
    extract(sentences: Sentence[]): SentenceFeatures[] {
      const n = sentences.length;
      const norms = sentences.map((s) => normalize(s.text));
      const stems = norms.map(stemsOfNormalized);
      const kw = keywordScores(index, stems.map((st) => index.find(st)), K);
      const ann = norms.map((nm) => (nm ? announcer.matchNormalized(nm) : new Float64Array(K)));
      const small = norms.map(smallTalk);
      const fields = norms.map((nm) => sections.map((s) => Math.min(2, fieldCueCount(s.id, nm))));
      const kwSum = kw.map((k) => k.reduce((a, b) => a + b, 0));
      const kwMax = kw.map((k) => k.reduce((a, b) => (b > a ? b : a), 0));
      const annTop = ann.map(argmax);
      const annMax = ann.map((a, i) => a[annTop[i]]);
      const strong = (i: number) => annMax[i] >= 0.5;
      const content = (i: number) => strong(i) || (kwMax[i] >= 2 && small[i] < 2);

      // Leading and trailing talk around the handover proper.
      let head = 0;
      while (head < n && !content(head)) head++;
      let tail = n;
      while (tail > 0 && !content(tail - 1)) tail--;
      // Closing talk: the last closing cue after which no announcement comes.
      let close = n;
      for (let i = n - 1; i >= 0 && !strong(i); i--) if (CLOSE_CUE.test(norms[i]) && i > n * 0.6) close = i;

      let firstAnn = n;
      for (let i = 0; i < n; i++) {
        if (annMax[i] >= 0.6) {
          firstAnn = i;
          break;
        }
      }

      const out: SentenceFeatures[] = [];
      let held = -1;
      let heldAt = -1;
      for (let i = 0; i < n; i++) {
        const a = ann[i];
        const top = annTop[i];
        const heldBefore = held;
        if (a[top] >= 0.5) {
          held = top;
          heldAt = i;
        }
        const kTop = argmax(kw[i]);
        const fieldMax = fields[i].reduce((x, y) => (y > x ? y : x), 0);
        const listed = [i - 1, i + 1].some((j) => j >= 0 && j < n && annMax[j] >= 0.5 && annTop[j] !== top);
        const perLabel: FeatureList[] = [];
        for (let s = 0; s < K; s++) {
          const f: FeatureList = [['sec.bias', 1]];
          if (kw[i][s] > 0) {
            f.push(['sec.kw', Math.log1p(kw[i][s])]);
            f.push(['sec.kwShare', kw[i][s] / (kwSum[i] + 0.5)]);
            if (kTop === s) f.push(['sec.kwTop', 1]);
          }
          let ctx = 0;
          for (let j = i - 2; j <= i + 2; j++) if (j !== i && j >= 0 && j < n) ctx += kw[j][s];
          if (ctx > 0) f.push(['sec.kwCtx', Math.log1p(ctx / 4)]);
          if (a[s] > 0) f.push(['sec.ann', a[s]]);
          if (a[s] >= 0.5 && top === s) f.push(['sec.annTop', 1]);
          if (i > 0 && ann[i - 1][s] >= 0.5) f.push(['sec.annPrev', 1]);
          if (held === s) {
            f.push(['sec.held', 1]);
            if (i - heldAt <= 6) f.push(['sec.heldNear', 1]);
          }
          if (fields[i][s] > 0) {
            f.push(['sec.field', fields[i][s]]);
            if (fields[i][s] === fieldMax) f.push(['sec.fieldTop', 1]);
          }
          if (i >= close) f.push(['sec.afterClose', 1]);
          // Templates are mostly followed in order, so a section far from its usual place is less likely.
          f.push(['sec.posDist', Math.abs(i / Math.max(1, n - 1) - (s + 0.5) / K)]);
          if (a[s] >= 0.5 && top === s && heldBefore > s) f.push(['sec.annBack', 1]);
          // Section names in a row ("No danger zones. Escalation paths are clear.") are a recap list, not announcements.
          if (a[s] >= 0.5 && top === s && listed) {
            f.push(['sec.annListed', 1]);
          }
          perLabel.push(f);
        }
        const words = norms[i] ? norms[i].split(' ').length : 0;
        const nf: FeatureList = [['none.bias', 1]];
        if (small[i] > 0) nf.push(['none.small', small[i] / 3]);
        if (small[i] >= 3) nf.push(['none.smallStrong', 1]);
        if (kwSum[i] === 0) nf.push(['none.noKw', 1]);
        if (words <= 3) nf.push(['none.short', 1]);
        if (i < head) nf.push(['none.head', 1]);
        if (i >= tail) nf.push(['none.tail', 1]);
        if (kwMax[i] > 0) nf.push(['none.maxKw', Math.log1p(kwMax[i])]);
        if (words === 0) nf.push(['none.empty', 1]);
        if (/\?\s*$/.test(sentences[i].text) && kwSum[i] === 0) nf.push(['none.question', 1]);
        if (held < 0) nf.push(['none.noAnnYet', 1]);
        if (i >= close) nf.push(['none.afterClose', 1]);
        if (PROMISE.test(norms[i])) nf.push(['none.promise', 1]);
        if (i < firstAnn && i < n * 0.15) nf.push(['none.preamble', 1]);
        perLabel.push(nf);
        out.push({ perLabel, kw: kw[i], ann: a, small: small[i] });
      }
      return out;
    },
  };
}
