/**
 * The sentence-boundary model's fitted weights (boundary-weights.json), laid out for lookups
 * that build no strings: a gap's word and word-pair weights are found by word number.
 */
import weightsJson from './boundary-weights.json';
import { forEachRow, PAIR_KINDS, WORD_KINDS, type WeightTables } from './boundary-weight-tables';

interface Weights extends WeightTables {
  bias: number;
  threshold: number;
}

const WEIGHTS = weightsJson as Weights;
export const BIAS = WEIGHTS.bias;
export const THRESHOLD = WEIGHTS.threshold;

/** Where a word's weights as the current, previous and next word sit in its slot. */
export const [C, P, N] = [0, 1, 2];
/** Where a pair's weights as current_next, previous_current and previous-previous_previous sit. */
export const [CN, PC, PP] = [0, 1, 2];
/** The features that are not about particular words (`len=2`, `c:marker`, ...). */
const CLASS_WEIGHTS = new Map<string, number>();
for (const line of WEIGHTS.classes.split('\n')) {
  const at = line.lastIndexOf(' ');
  if (at > 0) CLASS_WEIGHTS.set(line.slice(0, at), Number(line.slice(at + 1)));
}

/** Calls `each` for every row that names words: its word, or the two words of its pair, and its weights. */
function forEachNamedRow(each: (words: [string] | [string, string], weights: [number, number, number]) => void): void {
  forEachRow(WEIGHTS.words, (word, weights) => each([word], weights));
  forEachRow(WEIGHTS.pairs, (pair, weights) => {
    for (let cut = pair.indexOf('_'); cut >= 0; cut = pair.indexOf('_', cut + 1)) each([pair.slice(0, cut), pair.slice(cut + 1)], weights);
  });
}

/**
 * The weights that name words, kept by word number so a gap's are found with one lookup per
 * word and one per pair instead of building a feature string per weight (that was a third of
 * reading a long unpunctuated call): `c=okay`, `p=okay` and `n=okay` sit at
 * `wordSlot('okay')`, and `cn=so_the`, `pc=so_the` and `pp=so_the` at `pairSlot('so', 'the')`.
 * A pair is filed under every `_` in it, so a word that has `_` of its own still finds its
 * weights.
 */
const WORD_NUMBER = new Map<string, number>();
forEachNamedRow((words) => {
  for (const w of words) if (!WORD_NUMBER.has(w)) WORD_NUMBER.set(w, WORD_NUMBER.size);
});
/** A pair's key as one small integer, so the lookup hashes no string. */
const pairKey = (first: number, second: number) => first * WORD_NUMBER.size + second;
const knownPairKey = ([first, second]: [string, string]) => pairKey(WORD_NUMBER.get(first)!, WORD_NUMBER.get(second)!);
const PAIR_SLOT = new Map<number, number>();
forEachNamedRow((words) => {
  if (words.length === 1) return;
  const key = knownPairKey(words);
  if (!PAIR_SLOT.has(key)) PAIR_SLOT.set(key, PAIR_SLOT.size * 3);
});
export const WORD_WEIGHTS = new Float64Array(WORD_NUMBER.size * 3 + 3);
export const PAIR_WEIGHTS = new Float64Array(PAIR_SLOT.size * 3 + 3);
/** Where a word or pair the model does not know finds its weights: all 0. */
const UNKNOWN_WORD = WORD_NUMBER.size * 3;
const UNKNOWN_PAIR = PAIR_SLOT.size * 3;
forEachNamedRow((words, weights) => {
  const at = words.length === 1 ? WORD_NUMBER.get(words[0])! * 3 : PAIR_SLOT.get(knownPairKey(words))!;
  (words.length === 1 ? WORD_WEIGHTS : PAIR_WEIGHTS).set(weights, at);
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
  const wordKind = (WORD_KINDS as readonly string[]).indexOf(kind);
  if (wordKind >= 0) return WORD_WEIGHTS[wordSlot(wordNumber(words)) + wordKind];
  const pairKind = (PAIR_KINDS as readonly string[]).indexOf(kind);
  if (pairKind >= 0) {
    const cut = words.indexOf('_');
    const slot = cut < 0 ? UNKNOWN_PAIR : pairSlot(wordNumber(words.slice(0, cut)), wordNumber(words.slice(cut + 1)));
    return PAIR_WEIGHTS[slot + pairKind];
  }
  return CLASS_WEIGHTS.get(feature) ?? 0;
}

export const classWeight = (feature: string) => CLASS_WEIGHTS.get(feature) ?? 0;
