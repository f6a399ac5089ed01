/**
 * Features of the section model. They are templates shared by every section ("the
 * sentence's keyword score FOR THIS section", "the last announcement WAS this
 * section"), so a handful of weights fitted on a few labelled KTs carry over to
 * systems and sections the labels never showed.
 */
import type { Sentence } from '../model';
import type { TemplateSection } from '../template/schema';
import { DEFERRAL, PROMISE, asksSomething, fieldCueCount } from '../items/fields';
import { buildAnnouncementMatcher } from './announce';
import { NONE_CUES, REVISIT_CUE } from './lexicon';
import { anyOfPatterns } from './alternation';
import { buildTermIndex, keywordScores, stemsOfNormalized } from './terms';
import { normalizeSpeech } from './text';
import { indexVocabulary, type LearnedVocabulary } from './learned-vocabulary';
import LEARNED_VOCABULARY from './learned-vocabulary.json';

export const SECTION_FEATURES = [
  'sec.bias', 'sec.kw', 'sec.kwShare', 'sec.kwTop', 'sec.kwCtx', 'sec.ann', 'sec.annTop', 'sec.annPrev',
  'sec.held', 'sec.heldNear', 'sec.field', 'sec.fieldTop', 'sec.afterClose', 'sec.posDist', 'sec.annBack', 'sec.annListed',
  'sec.kwPrev', 'sec.kwNext', 'sec.annRevisit', 'sec.vocab', 'sec.vocabTop', 'sec.vocabCtx', 'sec.heldListed',
  'sec.answers',
] as const;
export const NONE_FEATURES = [
  'none.bias', 'none.small', 'none.smallStrong', 'none.noKw', 'none.short', 'none.head', 'none.tail',
  'none.maxKw', 'none.empty', 'none.question', 'none.noAnnYet', 'none.afterClose', 'none.promise', 'none.preamble',
  'none.vocab',
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
  readonly perLabel: FeatureList[];
  /**
   * The same features, dense: values[s * SECTION_FEATURES.length + f] for section s, then
   * NONE_FEATURES for none at K * SECTION_FEATURES.length. Built on each read.
   */
  readonly values: Float64Array;
  /** Length of `values`. */
  readonly size: number;
  /** Writes `values` into `out` (length `size`) without allocating: what scoring uses. */
  writeValues(out: Float64Array): void;
  /** Raw evidence kept for `--explain`. */
  readonly kw: Float64Array;
  readonly ann: Float64Array;
  readonly small: number;
  /** "Deploys, the danger stuff, the checklist, we'll do all that next week": topics listed and put off. */
  readonly putsOffTopics: boolean;
}

const SF = SECTION_FEATURES.length;
const NF = NONE_FEATURES.length;
/** Dense slots of the features (section features per section, none features after them). */
const NONE_AFTERCLOSE = NONE_FEATURES.indexOf('none.afterClose');
const NONE_BIAS = NONE_FEATURES.indexOf('none.bias');
const NONE_EMPTY = NONE_FEATURES.indexOf('none.empty');
const NONE_HEAD = NONE_FEATURES.indexOf('none.head');
const NONE_MAXKW = NONE_FEATURES.indexOf('none.maxKw');
const NONE_NOANNYET = NONE_FEATURES.indexOf('none.noAnnYet');
const NONE_NOKW = NONE_FEATURES.indexOf('none.noKw');
const NONE_PREAMBLE = NONE_FEATURES.indexOf('none.preamble');
const NONE_PROMISE = NONE_FEATURES.indexOf('none.promise');
const NONE_QUESTION = NONE_FEATURES.indexOf('none.question');
const NONE_SHORT = NONE_FEATURES.indexOf('none.short');
const NONE_SMALL = NONE_FEATURES.indexOf('none.small');
const NONE_SMALLSTRONG = NONE_FEATURES.indexOf('none.smallStrong');
const NONE_TAIL = NONE_FEATURES.indexOf('none.tail');
const NONE_VOCAB = NONE_FEATURES.indexOf('none.vocab');
const SEC_AFTERCLOSE = SECTION_FEATURES.indexOf('sec.afterClose');
const SEC_ANN = SECTION_FEATURES.indexOf('sec.ann');
const SEC_ANNBACK = SECTION_FEATURES.indexOf('sec.annBack');
const SEC_ANNLISTED = SECTION_FEATURES.indexOf('sec.annListed');
const SEC_ANNPREV = SECTION_FEATURES.indexOf('sec.annPrev');
const SEC_ANNTOP = SECTION_FEATURES.indexOf('sec.annTop');
const SEC_BIAS = SECTION_FEATURES.indexOf('sec.bias');
const SEC_FIELD = SECTION_FEATURES.indexOf('sec.field');
const SEC_FIELDTOP = SECTION_FEATURES.indexOf('sec.fieldTop');
const SEC_HELD = SECTION_FEATURES.indexOf('sec.held');
const SEC_HELDNEAR = SECTION_FEATURES.indexOf('sec.heldNear');
const SEC_KW = SECTION_FEATURES.indexOf('sec.kw');
const SEC_KWCTX = SECTION_FEATURES.indexOf('sec.kwCtx');
const SEC_KWPREV = SECTION_FEATURES.indexOf('sec.kwPrev');
const SEC_KWNEXT = SECTION_FEATURES.indexOf('sec.kwNext');
const SEC_ANNREVISIT = SECTION_FEATURES.indexOf('sec.annRevisit');
const SEC_KWSHARE = SECTION_FEATURES.indexOf('sec.kwShare');
const SEC_KWTOP = SECTION_FEATURES.indexOf('sec.kwTop');
const SEC_POSDIST = SECTION_FEATURES.indexOf('sec.posDist');
const SEC_VOCAB = SECTION_FEATURES.indexOf('sec.vocab');
const SEC_VOCABTOP = SECTION_FEATURES.indexOf('sec.vocabTop');
const SEC_VOCABCTX = SECTION_FEATURES.indexOf('sec.vocabCtx');
const SEC_HELDLISTED = SECTION_FEATURES.indexOf('sec.heldListed');
const SEC_ANSWERS = SECTION_FEATURES.indexOf('sec.answers');

/** Dense weight vectors in the layout of `SentenceFeatures.values`, for scoring. */
export function denseWeights(w: Record<string, number>): { sec: Float64Array; none: Float64Array } {
  return {
    sec: Float64Array.from(SECTION_FEATURES, (f) => w[f] ?? 0),
    none: Float64Array.from(NONE_FEATURES, (f) => w[f] ?? 0),
  };
}

const QUESTION_FLAG = 1;
const PROMISE_FLAG = 2;
const REVISIT_FLAG = 4;
const DEFER_LIST_FLAG = 8;
/** The sentence asks something (punctuated or raw); what follows answers it. */
const ASKS_FLAG = 16;
/** "Deploys, the danger stuff, the checklist, we'll do all that next week": topics listed to be put off. */
const DEFER_LIST_TOPICS = 3;
/** A put-off that points at the topics just listed. */
const REFERS_BACK = /\b(these|those|them|all (of )?(that|this|those|them)|the rest)\b/;

/** An incident told in the past: a time it happened, and what it did then. */
const PAST_STORY =
  /^(?=.*\b(last (year|month|week|winter|summer|spring|autumn|christmas|easter|time|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(a|two|three|four|five|six|few|couple of) (days|weeks|months|years) ago|back in|one (time|year|night|morning|evening|day|weekend)|that (day|night|morning|weekend|week|friday|monday)|this (one|time) (in|on|at))\b)(?=.*\b(was|were|had|happened|went|did|got|started|stopped|broke|crashed|failed|came|couldn t|could not|didn t|did not|wasn t|weren t)\b)/;
/** The story told to say when not to change things. */
const AVOIDING = /\b(freeze|frozen|avoid|don t (deploy|release|change|touch|push)|do not (deploy|release|change|touch|push)|never (deploy|release|change|touch|push)|no (deploys|deployments|changes|releases)|nothing goes out|hands off|stay away|since then we)\b/;
const STORY_DISCOUNT = 0.3;

/** What one call's sentences need to write their features: a few numbers per sentence, not ~200. */
interface CallState {
  K: number;
  n: number;
  kw: Float64Array[];
  ann: Float64Array[];
  /** fields[i * K + s]: how many of section s's field cues sentence i states or asks (at most 2). */
  fields: Float64Array;
  kwSum: Float64Array;
  kwMax: Float64Array;
  annTop: number[];
  annMax: number[];
  small: number[];
  close: number;
  head: number;
  tail: number;
  firstAnn: number;
  /** The section last announced up to and including sentence i (-1: none yet), where, and before i. */
  held: Int32Array;
  heldAt: Int32Array;
  heldBefore: Int32Array;
  words: Int32Array;
  flags: Uint8Array;
  /** vocab[i * (K + 1) + l]: learned-vocabulary score of sentence i for label l (K = none). */
  vocab: Float64Array;
  /** The label whose learned vocabulary sentence i speaks most (-1: none of it). */
  vocabTop: Int32Array;
}

/** Writes sentence i's dense features into v (length K * SF + NF, all zeros on entry). */
function writeFeatures(st: CallState, i: number, v: Float64Array): void {
  const { K, n, kw, ann, kwSum, kwMax, annTop, annMax, close } = st;
  const a = ann[i];
  const top = annTop[i];
  const held = st.held[i];
  const heldAt = st.heldAt[i];
  const heldBefore = st.heldBefore[i];
  const kwi = kw[i];
  const kTop = argmax(kwi);
  const fo = i * K;
  let fieldMax = 0;
  for (let s = 0; s < K; s++) if (st.fields[fo + s] > fieldMax) fieldMax = st.fields[fo + s];
  const listed = listedAmongOthers(annTop, annMax, i);
  const prevAnn = i > 0 ? ann[i - 1] : null;
  const pos = i / Math.max(1, n - 1);
  const L = K + 1;
  const vo = i * L;
  const answersAsked = i > 0 && (st.flags[i - 1] & ASKS_FLAG) !== 0 && (st.flags[i] & ASKS_FLAG) === 0;
  // What the question asks about: the fields it asks, or the words it asks with ("before I roll back?").
  const askedTop = answersAsked && kwMax[i - 1] > 0 ? argmax(kw[i - 1]) : -1;
  for (let s = 0; s < K; s++) {
    const o = s * SF;
    v[o + SEC_BIAS] = 1;
    if (kwi[s] > 0) {
      v[o + SEC_KW] = Math.log1p(kwi[s]);
      v[o + SEC_KWSHARE] = kwi[s] / (kwSum[i] + 0.5);
      if (kTop === s) v[o + SEC_KWTOP] = 1;
    }
    let ctx = 0;
    for (let j = i - 2; j <= i + 2; j++) if (j !== i && j >= 0 && j < n) ctx += kw[j][s];
    if (ctx > 0) v[o + SEC_KWCTX] = Math.log1p(ctx / 4);
    if (i > 0 && kw[i - 1][s] > 0) v[o + SEC_KWPREV] = Math.log1p(kw[i - 1][s]);
    if (i + 1 < n && kw[i + 1][s] > 0) v[o + SEC_KWNEXT] = Math.log1p(kw[i + 1][s]);
    if (a[s] > 0) v[o + SEC_ANN] = a[s];
    if (a[s] >= 0.5 && top === s) v[o + SEC_ANNTOP] = 1;
    if (prevAnn && prevAnn[s] >= 0.5) v[o + SEC_ANNPREV] = 1;
    if (held === s) {
      v[o + SEC_HELD] = 1;
      if (i - heldAt <= 6) v[o + SEC_HELDNEAR] = 1;
      // A recap list said inside a section ("No danger zones. Escalation paths are clear.").
      if (listed && a[top] >= 0.5 && top !== s) v[o + SEC_HELDLISTED] = 1;
    }
    const field = st.fields[fo + s];
    if (field > 0) {
      v[o + SEC_FIELD] = field;
      if (field === fieldMax) v[o + SEC_FIELDTOP] = 1;
    }
    if (i >= close) v[o + SEC_AFTERCLOSE] = 1;
    // Templates are mostly followed in order, so a section far from its usual place is less likely.
    v[o + SEC_POSDIST] = Math.abs(pos - (s + 0.5) / K);
    if (a[s] >= 0.5 && top === s && heldBefore > s) v[o + SEC_ANNBACK] = 1;
    // Section names in a row ("No danger zones. Escalation paths are clear.") are a recap list, not announcements.
    if (a[s] >= 0.5 && top === s && listed) v[o + SEC_ANNLISTED] = 1;
    // "One more on the overview": a section named on the way back to it, weaker than an announcement.
    if (a[s] > 0 && top === s && st.flags[i] & REVISIT_FLAG) v[o + SEC_ANNREVISIT] = 1;
    const voc = st.vocab[vo + s];
    if (voc > 0) v[o + SEC_VOCAB] = Math.log1p(voc);
    if (st.vocabTop[i] === s) v[o + SEC_VOCABTOP] = 1;
    const around = (i > 0 ? st.vocab[vo - L + s] : 0) + (i + 1 < n ? st.vocab[vo + L + s] : 0);
    if (around > 0) v[o + SEC_VOCABCTX] = Math.log1p(around / 2);
    // "Do I need anybody to say yes to a rollback?" "No, whoever is on call decides": the answer stays in the question's section.
    if (answersAsked && (st.fields[fo - K + s] > 0 || askedTop === s)) v[o + SEC_ANSWERS] = 1;
  }
  const words = st.words[i];
  const small = st.small[i];
  const o = K * SF;
  v[o + NONE_BIAS] = 1;
  if (small > 0) v[o + NONE_SMALL] = small / 3;
  if (small >= 3) v[o + NONE_SMALLSTRONG] = 1;
  // A sentence that announces a section ("Devons are well-checked") has evidence even without keywords.
  if (kwSum[i] === 0 && annMax[i] < 0.5) v[o + NONE_NOKW] = 1;
  if (words <= 3) v[o + NONE_SHORT] = 1;
  if (i < st.head) v[o + NONE_HEAD] = 1;
  if (i >= st.tail) v[o + NONE_TAIL] = 1;
  if (kwMax[i] > 0) v[o + NONE_MAXKW] = Math.log1p(kwMax[i]);
  if (words === 0) v[o + NONE_EMPTY] = 1;
  if (st.flags[i] & QUESTION_FLAG) v[o + NONE_QUESTION] = 1;
  if (held < 0) v[o + NONE_NOANNYET] = 1;
  if (i >= close) v[o + NONE_AFTERCLOSE] = 1;
  if (st.flags[i] & PROMISE_FLAG) v[o + NONE_PROMISE] = 1;
  if (i < st.firstAnn && i < n * 0.15) v[o + NONE_PREAMBLE] = 1;
  if (st.vocab[vo + K] > 0) v[o + NONE_VOCAB] = Math.log1p(st.vocab[vo + K]);
}

/**
 * Features are written when scored, not kept: a 10-hour call would otherwise hold ~200
 * numbers per sentence. A feature is listed (perLabel) when it fired: non-zero, except
 * the position distance, which is listed for every section even when it is 0 (it always was).
 */
class LazySentenceFeatures implements SentenceFeatures {
  constructor(
    private readonly st: CallState,
    private readonly i: number,
  ) {}

  get kw(): Float64Array {
    return this.st.kw[this.i];
  }

  get ann(): Float64Array {
    return this.st.ann[this.i];
  }

  get small(): number {
    return this.st.small[this.i];
  }

  get putsOffTopics(): boolean {
    return (this.st.flags[this.i] & DEFER_LIST_FLAG) !== 0;
  }

  get size(): number {
    return this.st.K * SF + NF;
  }

  writeValues(out: Float64Array): void {
    // A plain loop: TypedArray.prototype.fill is slower on arrays this small.
    for (let k = 0; k < out.length; k++) out[k] = 0;
    writeFeatures(this.st, this.i, out);
  }

  get values(): Float64Array {
    const v = new Float64Array(this.size);
    writeFeatures(this.st, this.i, v);
    return v;
  }

  get perLabel(): FeatureList[] {
    const K = this.st.K;
    const values = this.values;
    const lists: FeatureList[] = [];
    for (let s = 0; s < K; s++) {
      const f: FeatureList = [];
      for (let k = 0; k < SF; k++) {
        const v = values[s * SF + k];
        if (v !== 0 || k === SEC_POSDIST) f.push([SECTION_FEATURES[k], v]);
      }
      lists.push(f);
    }
    const nf: FeatureList = [];
    for (let k = 0; k < NF; k++) {
      const v = values[K * SF + k];
      if (v !== 0) nf.push([NONE_FEATURES[k], v]);
    }
    lists.push(nf);
    return lists;
  }
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

const RECAP_CUE = /\b(that was|this is|this was) (the|a|our) (small |short |quick |little )?overview\b/;

/** The same cues, each joined for a faster `test` (see alternation.ts). */
const NONE_TESTS: Array<[RegExp, number]> = NONE_CUES.map(([re, w]) => [anyOfPatterns([re]), w]);
const ANY_NONE = anyOfPatterns(NONE_CUES.map(([re]) => re));
// Promising or putting off the topic: both are talk about the talk, not the system.
const PROMISE_TEST = anyOfPatterns([PROMISE, DEFERRAL]);

function smallTalk(norm: string): number {
  // Most sentences are content: one joined test rules them out before the weighed ones.
  if (!ANY_NONE.test(norm)) return 0;
  let s = 0;
  for (const [re, w] of NONE_TESTS) if (re.test(norm)) s += w;
  return Math.min(s, 6);
}

function countSpaces(s: string): number {
  let c = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) c++;
  return c;
}

/** A sentence next to one that names another section: section names in a row are a list. */
function listedAmongOthers(annTop: number[], annMax: number[], i: number): boolean {
  const top = annTop[i];
  return (i > 0 && annMax[i - 1] >= 0.5 && annTop[i - 1] !== top) || (i + 1 < annTop.length && annMax[i + 1] >= 0.5 && annTop[i + 1] !== top);
}

/** How many sections a sentence touches by keyword or by name. */
function topicsNamed(kw: Float64Array, ann: Float64Array): number {
  let c = 0;
  for (let s = 0; s < kw.length; s++) if (kw[s] > 0 || ann[s] > 0) c++;
  return c;
}

const argmax = (a: Float64Array): number => {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[b]) b = i;
  return b;
};

export interface FeatureExtractor {
  extract(sentences: Sentence[]): SentenceFeatures[];
  /** The same extractor scoring another learned vocabulary (training fits it per held-out call). */
  withVocabulary(vocabulary: LearnedVocabulary): FeatureExtractor;
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

export function buildFeatureExtractor(
  sections: TemplateSection[],
  vocabulary: LearnedVocabulary = LEARNED_VOCABULARY as LearnedVocabulary,
): FeatureExtractor {
  return extractorWith(sections, buildTermIndex(sections), buildAnnouncementMatcher(sections), vocabulary);
}

function extractorWith(
  sections: TemplateSection[],
  index: ReturnType<typeof buildTermIndex>,
  announcer: ReturnType<typeof buildAnnouncementMatcher>,
  vocabulary: LearnedVocabulary,
): FeatureExtractor {
  const K = sections.length;
  const learned = indexVocabulary(vocabulary, sections.map((s) => s.id));
  const storyWindow = sections.findIndex((s) => s.id === 'bad-windows');
  return {
    withVocabulary: (v) => extractorWith(sections, index, announcer, v),
    extract(sentences: Sentence[]): SentenceFeatures[] {
      const n = sentences.length;
      const norms = sentences.map((s) => normalizeSpeech(s.text));
      const L = K + 1;
      const vocab = new Float64Array(n * L);
      const vocabTop = new Int32Array(n).fill(-1);
      const found: number[][] = new Array(n);
      // One sentence's stems at a time: a long call's stems all alive at once were megabytes.
      for (let i = 0; i < n; i++) {
        const stems = stemsOfNormalized(norms[i]);
        found[i] = index.find(stems, norms[i]);
        learned.score(stems, vocab, i * L);
        let best = 0;
        for (let l = 0; l < L; l++) {
          if (vocab[i * L + l] > best) {
            best = vocab[i * L + l];
            vocabTop[i] = l;
          }
        }
      }
      const kw = keywordScores(index, found, K);
      // A day or a season in a story ("last November, the Tuesday before Black Friday, the tablets went red")
      // dates an incident; it names no period to keep changes out of.
      if (storyWindow >= 0) {
        for (let i = 0; i < n; i++) {
          if (kw[i][storyWindow] > 0 && PAST_STORY.test(norms[i]) && !AVOIDING.test(norms[i])) {
            kw[i][storyWindow] *= STORY_DISCOUNT;
            vocab[i * L + storyWindow] *= STORY_DISCOUNT;
          }
        }
      }
      const announce = announcer.forCall();
      // "That was the overview" at the end sums up the call; it announces nothing.
      // Read only: sentences that announce nothing share one row of zeros.
      const noAnnouncement = new Float64Array(K);
      const ann = norms.map((nm) => (nm && !RECAP_CUE.test(nm) ? announce.matchNormalized(nm) : noAnnouncement));
      const small = norms.map(smallTalk);
      // fields[i * K + s]: how many of section s's field cues sentence i states or asks (at most 2).
      const fields = new Float64Array(n * K);
      // Section by section: each section's cue patterns compile to a lot of machine code, and
      // running one section's over every sentence keeps it in the processor's cache.
      for (let s = 0; s < K; s++) for (let i = 0; i < n; i++) fields[i * K + s] = fieldCueCount(sections[s].id, norms[i], 2);
      const kwSum = new Float64Array(n);
      const kwMax = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        // Summed left to right from 0, as reduce did, so the sums are the same to the last bit.
        let sum = 0;
        let max = 0;
        for (let s = 0; s < K; s++) {
          const x = kw[i][s];
          sum += x;
          if (x > max) max = x;
        }
        kwSum[i] = sum;
        kwMax[i] = max;
      }
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

      // Per-sentence state the dense features are written from, on demand (see CallFeatures).
      const QUESTION = /\?\s*$/;
      const state: CallState = {
        K, n, kw, ann, fields, kwSum, kwMax, annTop, annMax, small, close, head, tail, firstAnn,
        held: new Int32Array(n),
        heldAt: new Int32Array(n),
        heldBefore: new Int32Array(n),
        words: new Int32Array(n),
        flags: new Uint8Array(n),
        vocab,
        vocabTop,
      };
      let held = -1;
      let heldAt = -1;
      for (let i = 0; i < n; i++) {
        const a = ann[i];
        const top = annTop[i];
        state.heldBefore[i] = held;
        // A recap list of section names ("No danger zones. Escalation paths are clear.") opens none of them.
        if (a[top] >= 0.5 && !listedAmongOthers(annTop, annMax, i)) {
          held = top;
          heldAt = i;
        }
        state.held[i] = held;
        state.heldAt[i] = heldAt;
        state.words[i] = norms[i] ? countSpaces(norms[i]) + 1 : 0;
        let flags = 0;
        if (kwSum[i] === 0 && QUESTION.test(sentences[i].text)) flags |= QUESTION_FLAG;
        if (PROMISE_TEST.test(norms[i])) flags |= PROMISE_FLAG;
        if (REVISIT_CUE.test(norms[i])) flags |= REVISIT_FLAG;
        if (asksSomething(sentences[i].text)) flags |= ASKS_FLAG;
        if (flags & PROMISE_FLAG && DEFERRAL.test(norms[i])) {
          const topics = topicsNamed(kw[i], a);
          if (topics >= DEFER_LIST_TOPICS) flags |= DEFER_LIST_FLAG;
          // "The thirty-day plan and the sign-off bit. Can we do these two next week?"
          if (i > 0 && topics < 2 && REFERS_BACK.test(norms[i]) && topicsNamed(kw[i - 1], ann[i - 1]) >= 2) {
            flags |= DEFER_LIST_FLAG;
            state.flags[i - 1] |= DEFER_LIST_FLAG;
          }
        }
        state.flags[i] = flags;
      }
      const out: SentenceFeatures[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = new LazySentenceFeatures(state, i);
      return out;
    },
  };
}
