/**
 * The sentence-boundary model's fitted weights (boundary-weights.json), laid out for lookups
 * that build no strings: a gap's word and word-pair weights are found by word number.
 */
import weightsJson from './boundary-weights.json';

interface Weights {
  bias: number;
  threshold: number;
  /**
   * One "feature weight" line per feature, in one string: bundled, tens of thousands of
   * object keys cost the engine ~7 MB more memory and a slower first load than one string.
   */
  w: string;
}

const WEIGHTS = weightsJson as Weights;
export const BIAS = WEIGHTS.bias;
export const THRESHOLD = WEIGHTS.threshold;

/**
 * The weights that name words, kept by word number so a gap's are found with one lookup per
 * word and one per pair instead of building a feature string per weight (that was a third of
 * reading a long unpunctuated call): `c=okay`, `p=okay` and `n=okay` sit at
 * `wordSlot('okay')`, and `cn=so_the`, `pc=so_the` and `pp=so_the` at `pairSlot('so', 'the')`.
 * A pair is filed under every `_` in it, so a word that has `_` of its own still finds its
 * weights.
 */
const WORD_KINDS = ['c', 'p', 'n'];
const PAIR_KINDS = ['cn', 'pc', 'pp'];
/** Where a word's weights as the current, previous and next word sit in its slot. */
export const [C, P, N] = [0, 1, 2];
/** Where a pair's weights as current_next, previous_current and previous-previous_previous sit. */
export const [CN, PC, PP] = [0, 1, 2];
/** The features that are not about particular words (`len=2`, `c:marker`, ...). */
const CLASS_WEIGHTS = new Map<string, number>();

/**
 * Calls `each` for every weight that names words: its kind's index, its word or the two words
 * of its pair, and the weight; the other weights go to CLASS_WEIGHTS.
 */
function forEachNamedWeight(each: (kind: number, words: [string] | [string, string], weight: number) => void): void {
  for (const line of WEIGHTS.w.split('\n')) {
    const at = line.lastIndexOf(' ');
    const feature = line.slice(0, at);
    const weight = Number(line.slice(at + 1));
    const eq = feature.indexOf('=');
    const kind = eq < 0 ? '' : feature.slice(0, eq);
    const words = feature.slice(eq + 1);
    if (WORD_KINDS.includes(kind)) each(WORD_KINDS.indexOf(kind), [words], weight);
    else if (PAIR_KINDS.includes(kind)) {
      for (let cut = words.indexOf('_'); cut >= 0; cut = words.indexOf('_', cut + 1)) {
        each(PAIR_KINDS.indexOf(kind), [words.slice(0, cut), words.slice(cut + 1)], weight);
      }
    } else CLASS_WEIGHTS.set(feature, weight);
  }
}

const WORD_NUMBER = new Map<string, number>();
forEachNamedWeight((_kind, words) => {
  for (const w of words) if (!WORD_NUMBER.has(w)) WORD_NUMBER.set(w, WORD_NUMBER.size);
});
/** A pair's key as one small integer, so the lookup hashes no string. */
const pairKey = (first: number, second: number) => first * WORD_NUMBER.size + second;
const knownPairKey = ([first, second]: [string, string]) => pairKey(WORD_NUMBER.get(first)!, WORD_NUMBER.get(second)!);
const PAIR_SLOT = new Map<number, number>();
forEachNamedWeight((_kind, words) => {
  if (words.length === 1) return;
  const key = knownPairKey(words);
  if (!PAIR_SLOT.has(key)) PAIR_SLOT.set(key, PAIR_SLOT.size * 3);
});
export const WORD_WEIGHTS = new Float64Array(WORD_NUMBER.size * 3 + 3);
export const PAIR_WEIGHTS = new Float64Array(PAIR_SLOT.size * 3 + 3);
/** Where a word or pair the model does not know finds its weights: all 0. */
const UNKNOWN_WORD = WORD_NUMBER.size * 3;
const UNKNOWN_PAIR = PAIR_SLOT.size * 3;
forEachNamedWeight((kind, words, weight) => {
  if (words.length === 1) WORD_WEIGHTS[WORD_NUMBER.get(words[0])! * 3 + kind] = weight;
  else PAIR_WEIGHTS[PAIR_SLOT.get(knownPairKey(words))! + kind] = weight;
});

export const wordNumber = (word: string) => WORD_NUMBER.get(word) ?? -1;
export const wordSlot = (word: number) => (word < 0 ? UNKNOWN_WORD : word * 3);
export const pairSlot = (first: number, second: number) =>
  first < 0 || second < 0 ? UNKNOWN_PAIR : (PAIR_SLOT.get(pairKey(first, second)) ?? UNKNOWN_PAIR);

/** The weight of one feature as `gapFeatures` writes it. */
export function featureWeight(feature: string): number {
  const eq = feature.indexOf('=');
  const kind = eq < 0 ? '' : feature.slice(0, eq);
  const words = feature.slice(eq + 1);
  if (WORD_KINDS.includes(kind)) return WORD_WEIGHTS[wordSlot(wordNumber(words)) + WORD_KINDS.indexOf(kind)];
  if (PAIR_KINDS.includes(kind)) {
    const cut = words.indexOf('_');
    const slot = cut < 0 ? UNKNOWN_PAIR : pairSlot(wordNumber(words.slice(0, cut)), wordNumber(words.slice(cut + 1)));
    return PAIR_WEIGHTS[slot + PAIR_KINDS.indexOf(kind)];
  }
  return CLASS_WEIGHTS.get(feature) ?? 0;
}

export const classWeight = (feature: string) => CLASS_WEIGHTS.get(feature) ?? 0;
