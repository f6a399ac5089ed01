import type { CompiledLexicon } from './lexicon';
import { soundJoinIndex } from './sound-join';
import { NEAR } from './tokens';

/**
 * Talk about the system's stack: another product named in the same sentence, among three
 * technical words ("the jobs publish on pubs up, the workers run on GKE"; "slots live in MySQL
 * on RDS, and while you pay your places are held in read us"). There a guarded
 * garble of several words is the product even when its own guard words are absent, since a
 * call names its stack in runs. Everyday talk near one product name is not enough ("we keep
 * the photos in a memory store at home, next to the Jenkins manual").
 */
export function stackTalkNear(lex: CompiledLexicon, seen: readonly string[], i: number, n: number): boolean {
  const { products, technical } = stackWordsOf(lex);
  let product = false;
  const distinct: string[] = [];
  for (let k = 0; k < seen.length; k++) {
    if (k >= i && k < i + n) continue;
    const w = seen[k];
    if (products.has(w)) product = true;
    if (technical.has(w) && !distinct.includes(w)) distinct.push(w);
    if (product && distinct.length >= STACK_WORDS) return true;
  }
  return false;
}

/** A word of technical talk within a few words of the n words at i. */
export function technicalNear(context: ReadonlySet<string>, seen: readonly string[], i: number, n: number): boolean {
  for (let k = Math.max(0, i - NEAR); k < Math.min(seen.length, i + n + NEAR); k++) {
    if ((k < i || k >= i + n) && context.has(seen[k])) return true;
  }
  return false;
}

/** Distinct technical words, a product's name among them, that make a stretch of talk about the stack. */
const STACK_WORDS = 3;

interface StackWords {
  /** Products' own spellings ("redis", "gke", "kafka"), as the lexicon lists them. */
  products: Set<string>;
  /** Every word the lexicon trusts as technical context. */
  technical: ReadonlySet<string>;
}

const cache = new WeakMap<CompiledLexicon, StackWords>();

function stackWordsOf(lex: CompiledLexicon): StackWords {
  let words = cache.get(lex);
  if (words) return words;
  const products = new Set<string>();
  for (const [key, rules] of lex.exact) {
    // A name said as itself; two letters ("qa", "ci") are words of everyday engineering talk.
    if (key.length > 2 && rules.some((r) => r.canonical && !r.minWords && /^[A-Z]/.test(r.term))) products.add(key);
  }
  words = { products, technical: soundJoinIndex(lex).context };
  cache.set(lex, words);
  return words;
}
