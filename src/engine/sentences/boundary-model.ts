/**
 * Sentence boundaries in speech without punctuation ("so the deploy runs on merge okay
 * now rollback ..."). Every gap between two words gets a probability from a small
 * logistic model over what a listener uses: the words on both sides, discourse markers
 * ("so", "okay", "now", "next", "and then"), subject + verb openings, question openings,
 * words a clause cannot end on, and how long the current sentence already is. The
 * weights are data (boundary-weights.json), fitted on the labelled transcripts by
 * test/engine-input/tools/train-boundaries.ts; decoding is greedy and deterministic.
 */
import { BIAS, PAIR_WEIGHTS, THRESHOLD, WORD_WEIGHTS, classWeight, featureWeight, pairSlot, wordNumber, wordSlot, C, CN, N, P, PC, PP } from './boundary-weights';

export interface Word {
  start: number;
  end: number;
  /** Lower case, edge punctuation removed. */
  w: string;
  /** The word as written, punctuation included. */
  raw: string;
}

const WORD = /\S+/g;
const PLAIN_WORD = /^[a-z0-9][a-z0-9']*$/;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu;

export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(m.index, end);
    const lower = raw.toLowerCase();
    // Most words are plain: only the others pay for the Unicode-aware trimming.
    const w = PLAIN_WORD.test(lower) ? lower : lower.replace(EDGE_MARKS, '').replace(/\u2019/g, "'");
    out.push({ start: m.index, end, raw, w });
  }
  return out;
}

const set = (s: string) => new Set(s.split(' '));

/** Word classes let the model generalise beyond the words it was fitted on. */
const NO_END = set(
  'the a an to of in on at for from with by into onto about as and or but nor if because that which who whose whom ' +
    'is are was were be been being am do does did has have had will would shall should can could may might must ' +
    "my our your their his her its this these those than very not no any some each every we i you they he she " +
    "there what when where how why let let's just really quite more most less such both either neither per via um uh",
);
const MARKER = set('so okay ok alright now next anyway right then also first second third finally lastly however actually basically yeah yes thanks thank hi hello well anyways');
const SUBJECT = set('we i you they it there this that he she everyone everybody nobody someone');
const CONTRACTION = set("it's there's we're i'm that's we've you'll we'll i'll they're you're i've i'd we'd don't let's here's what's its theres were im thats weve youll well ill theyre youre ive dont lets heres whats doesnt isnt cant wont");
const QUESTION = set('what who when where why how which');
const AUX = set("is are was were does do did should can could would will has have happens");
const VERBISH = set(
  'have has are is was were will can should need needs use uses used do does did also usually always never must had get got run runs ' +
    'deploy deploys think want see mean call calls go goes own owns handle handles keep check start started just would could might may ' +
    "don't dont only really actually",
);
const DETERMINER = set('the our my your their this that these those a an');

function lenBucket(n: number): string {
  return n < 3 ? '0' : n < 6 ? '1' : n < 10 ? '2' : n < 16 ? '3' : n < 25 ? '4' : '5';
}

/** Features of the gap before word `i`, given `len` words since the last boundary. */
export function gapFeatures(ws: Word[], i: number, len: number): string[] {
  const p = ws[i - 1];
  const c = ws[i];
  const n = ws[i + 1]?.w ?? '</s>';
  const n2 = ws[i + 2]?.w ?? '</s>';
  const f = [
    `c=${c.w}`,
    `p=${p.w}`,
    `n=${n}`,
    `cn=${c.w}_${n}`,
    `len=${lenBucket(len)}`,
    `rem=${lenBucket(ws.length - i)}`,
  ];
  if (NO_END.has(p.w)) f.push('p:noend');
  else if (len >= 5) f.push(`p:content_len=${lenBucket(len)}`);
  if (VERBISH.has(n)) f.push('n:verbish');
  if (AUX.has(n)) f.push('n:aux');
  if (MARKER.has(c.w)) f.push('c:marker', `c:marker_len=${lenBucket(len)}`);
  if (SUBJECT.has(c.w)) f.push('c:subject');
  if (SUBJECT.has(c.w) && VERBISH.has(n)) f.push('c:subject+verb');
  if (CONTRACTION.has(c.w)) f.push('c:contraction');
  if (QUESTION.has(c.w) && AUX.has(n)) f.push('c:question');
  if (DETERMINER.has(c.w) && (AUX.has(n2) || AUX.has(ws[i + 3]?.w ?? ''))) f.push('c:np+aux');
  if (c.w === 'and' && n === 'then') f.push('c:and-then');
  if (/,$/.test(p.raw)) f.push('p:comma');
  const pp = ws[i - 2]?.w ?? '<s>';
  // Word pairs across and before the gap ("by hand | the", "the | deploy"): with the
  // punctuated transcripts rendered as raw speech there is enough data to fit them.
  f.push(`pp=${pp}_${p.w}`, `pc=${p.w}_${c.w}`);
  if (AUX.has(c.w) && SUBJECT.has(n)) f.push('c:yes-no');
  // A clause that already has its verb can end; one without one usually goes on.
  let verb = false;
  for (let k = i - len; k < i && !verb; k++) verb = VERBISH.has(ws[k].w) || AUX.has(ws[k].w);
  f.push(verb ? 'clause:verb' : 'clause:noverb');
  if (verb && SUBJECT.has(c.w)) f.push('c:subject_after_verb');
  return f;
}

export function gapProbability(features: string[]): number {
  let z = BIAS;
  for (const f of features) z += featureWeight(f);
  return 1 / (1 + Math.exp(-z));
}

const STRONG = set('okay ok alright anyway anyways next now so');
const NOT_AFTER_SO = set("that much many far long well called on forth the a i'd");
const NOT_AFTER_NOW = set('that on');

/**
 * Discourse markers that open a new topic in a KT ("okay", "so", "next", "now"). Once
 * the model cuts there, the cut stays before the marker rather than moving one word on.
 * (Forcing a cut at every such marker cost more precision than it won recall once the
 * model was fitted on the punctuated transcripts rendered as raw speech.)
 */
function markerBoundary(ws: Word[], i: number, len: number): boolean {
  const c = ws[i].w;
  if (len < 4 || ws.length - i < 3 || NO_END.has(ws[i - 1].w)) return false;
  const n = ws[i + 1].w;
  if (STRONG.has(c)) {
    if (c === 'so' && NOT_AFTER_SO.has(n)) return false;
    if (c === 'now' && NOT_AFTER_NOW.has(n)) return false;
    return true;
  }
  return (c === 'let' && (n === 'me' || n === 'us')) || c === "let's" || (QUESTION.has(c) && AUX.has(n) && len >= 6);
}

/** Whether a sentence ends before word `i`, from the model's probability. */
export function decideGap(ws: Word[], i: number, len: number, probability: number, threshold: number): boolean {
  return probability >= threshold;
}

/** Past this many words without a cut, the likeliest gap so far is cut anyway. */
const MAX_WORDS = 40;

/** Indices of words that start a new sentence (the first word excluded). */
export function speechBoundaries(ws: Word[], threshold = THRESHOLD): number[] {
  const scorer = gapScorer(ws);
  return decodeBoundaries(ws, (i, len) => 1 / (1 + Math.exp(-scorer(i, len))), threshold);
}

const BUCKETS = ['0', '1', '2', '3', '4', '5'];
const LEN_W = BUCKETS.map((b) => classWeight(`len=${b}`));
const REM_W = BUCKETS.map((b) => classWeight(`rem=${b}`));
const CONTENT_LEN_W = BUCKETS.map((b) => classWeight(`p:content_len=${b}`));
const MARKER_LEN_W = BUCKETS.map((b) => classWeight(`c:marker_len=${b}`));
const bucketIndex = (n: number) => (n < 3 ? 0 : n < 6 ? 1 : n < 10 ? 2 : n < 16 ? 3 : n < 25 ? 4 : 5);
const CLASS_W = Object.fromEntries(
  [
    'p:noend', 'n:verbish', 'n:aux', 'c:marker', 'c:subject', 'c:subject+verb', 'c:contraction', 'c:question', 'c:np+aux',
    'c:and-then', 'p:comma', 'c:yes-no', 'clause:verb', 'clause:noverb', 'c:subject_after_verb',
  ].map((f) => [f, classWeight(f)]),
);

/**
 * The log-odds of `gapProbability(gapFeatures(ws, i, len))`, summed in the same order, without
 * building the feature strings: the word and word-pair weights are looked up once per word
 * rather than once per gap, which spared most of the garbage of long unpunctuated calls.
 */
function gapScorer(ws: Word[]): (i: number, len: number) => number {
  const n = ws.length;
  const word = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : ws[k].w);
  const asC = new Float64Array(n);
  const asP = new Float64Array(n);
  const asN = new Float64Array(n + 1);
  // Pair (k, k + 1) as current_next, previous-previous_previous and previous_current.
  const cn = new Float64Array(n + 1);
  const pp = new Float64Array(n + 1);
  const pc = new Float64Array(n + 1);
  const numbers = new Int32Array(n + 2);
  for (let k = -1; k <= n; k++) numbers[k + 1] = wordNumber(word(k));
  const number = (k: number) => numbers[k + 1];
  for (let k = 0; k <= n; k++) {
    const mine = wordSlot(number(k));
    asN[k] = WORD_WEIGHTS[mine + N];
    if (k === n) break;
    asC[k] = WORD_WEIGHTS[mine + C];
    asP[k] = WORD_WEIGHTS[mine + P];
    const pair = pairSlot(number(k), number(k + 1));
    cn[k] = PAIR_WEIGHTS[pair + CN];
    pc[k] = PAIR_WEIGHTS[pair + PC];
  }
  for (let k = -1; k < n - 1; k++) pp[k + 1] = PAIR_WEIGHTS[pairSlot(number(k), number(k + 1)) + PP];
  // verbUpTo[k]: words before k that are verbs or auxiliaries, to ask "a verb since the cut?".
  const verbUpTo = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) verbUpTo[k + 1] = verbUpTo[k] + (VERBISH.has(ws[k].w) || AUX.has(ws[k].w) ? 1 : 0);
  return (i, len) => {
    const c = ws[i].w;
    const p = ws[i - 1];
    const nx = word(i + 1);
    const n2 = word(i + 2);
    let z = BIAS;
    z += asC[i];
    z += asP[i - 1];
    // asN[n] holds the weight of the end of the call (`n=</s>`).
    z += asN[i + 1];
    z += cn[i];
    z += LEN_W[bucketIndex(len)];
    z += REM_W[bucketIndex(n - i)];
    if (NO_END.has(p.w)) z += CLASS_W['p:noend'];
    else if (len >= 5) z += CONTENT_LEN_W[bucketIndex(len)];
    if (VERBISH.has(nx)) z += CLASS_W['n:verbish'];
    if (AUX.has(nx)) z += CLASS_W['n:aux'];
    if (MARKER.has(c)) {
      z += CLASS_W['c:marker'];
      z += MARKER_LEN_W[bucketIndex(len)];
    }
    if (SUBJECT.has(c)) z += CLASS_W['c:subject'];
    if (SUBJECT.has(c) && VERBISH.has(nx)) z += CLASS_W['c:subject+verb'];
    if (CONTRACTION.has(c)) z += CLASS_W['c:contraction'];
    if (QUESTION.has(c) && AUX.has(nx)) z += CLASS_W['c:question'];
    if (DETERMINER.has(c) && (AUX.has(n2) || AUX.has(i + 3 < n ? ws[i + 3].w : ''))) z += CLASS_W['c:np+aux'];
    if (c === 'and' && nx === 'then') z += CLASS_W['c:and-then'];
    if (p.raw.endsWith(',')) z += CLASS_W['p:comma'];
    z += pp[i - 1];
    z += pc[i - 1];
    if (AUX.has(c) && SUBJECT.has(nx)) z += CLASS_W['c:yes-no'];
    const verb = verbUpTo[i] - verbUpTo[i - len] > 0;
    z += verb ? CLASS_W['clause:verb'] : CLASS_W['clause:noverb'];
    if (verb && SUBJECT.has(c)) z += CLASS_W['c:subject_after_verb'];
    return z;
  };
}

/**
 * Greedy left-to-right decoding, shared with the trainer so its figures are the engine's.
 * A cut goes to the likelier of two neighbouring gaps: in "what else yeah the danger
 * zones" both gaps pass, and cutting before "yeah" would glue the answer's "yeah" to the
 * next topic instead of ending the question with it. A topic marker ("now", "okay") keeps its cut.
 */
export function decodeBoundaries(ws: Word[], probability: (i: number, len: number) => number, threshold: number): number[] {
  const cuts: number[] = [];
  let last = 0;
  let best = -1;
  let bestP = -1;
  for (let i = 2; i < ws.length - 1; i++) {
    const len = i - last;
    if (len < 2) continue;
    const p = probability(i, len);
    if (decideGap(ws, i, len, p, threshold)) {
      const next = i + 1 < ws.length - 1 ? probability(i + 1, len + 1) : 0;
      const movable = !NO_END.has(ws[i].w) && !markerBoundary(ws, i, len);
      const at = movable && next > p && next >= threshold ? i + 1 : i;
      cuts.push(at);
      last = at;
      i = at;
      best = -1;
      bestP = -1;
      continue;
    }
    if (len >= 4 && p > bestP && !NO_END.has(ws[i - 1].w)) {
      best = i;
      bestP = p;
    }
    if (len >= MAX_WORDS && best > last) {
      cuts.push(best);
      last = best;
      i = best;
      best = -1;
      bestP = -1;
    }
  }
  return cuts;
}
