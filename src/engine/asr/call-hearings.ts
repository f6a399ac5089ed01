import { normKey, type CompiledLexicon } from './lexicon';
import { FUNCTION_WORDS, tokenize, type Token } from './tokens';

/**
 * What the rest of a call has settled about its hearings, for a second look at a sentence:
 * a call names its stack more than once, and one clear mention says what the others mean.
 */
export interface CallHearings {
  /** Garbles (normalised keys) that their context confirmed elsewhere in the call. */
  confirmed: ReadonlySet<string>;
  /**
   * Terms the call names elsewhere, said or repaired (normalised keys): a listed hearing of one
   * of them needs only technical talk nearby ("the reddish upgrade" in a call about its Redis cache).
   */
  named: ReadonlySet<string>;
}

export const NO_CALL_HEARINGS: CallHearings = { confirmed: new Set(), named: new Set() };

/** The terms with hearings believed only in context: their spellings in lower case, their keys, and every opening of a key. */
interface GuardedTerms {
  spellings: Set<string>;
  keys: Set<string>;
  opening: Set<string>;
}
const guardedTermsCache = new WeakMap<CompiledLexicon, GuardedTerms>();

function guardedTermsOf(lex: CompiledLexicon): GuardedTerms {
  let terms = guardedTermsCache.get(lex);
  if (!terms) {
    const spellings = new Set<string>();
    for (const rules of lex.exact.values()) for (const r of rules) if (r.guard) spellings.add(r.term.toLowerCase());
    const keys = new Set([...spellings].map(normKey));
    const opening = new Set<string>();
    for (const k of keys) for (let e = 1; e <= k.length; e++) opening.add(k.slice(0, e));
    terms = { spellings, keys, opening };
    guardedTermsCache.set(lex, terms);
  }
  return terms;
}

/** Windows of up to this many words are looked up: terms such as "Azure Service Bus". */
const MOST_WORDS = 3;

/** A window of words in a sentence: its tokens from `at`, `n` of them, and their joined key. */
type Window = { tokens: Token[]; at: number; n: number; key: string };

/**
 * Calls `found` with each window of up to MOST_WORDS words whose key is in `keys`, extending a
 * window only while its key opens one of them (most words open none), until `found` says stop.
 */
function someWindow(text: string, keys: { has(key: string): boolean }, opening: { has(key: string): boolean }, found: (w: Window) => boolean): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 1; n <= MOST_WORDS && i + n <= tokens.length; n++) {
      key += tokens[i + n - 1].key;
      if (!opening.has(key)) break;
      if (keys.has(key) && found({ tokens, at: i, n, key })) return true;
    }
  }
  return false;
}

/** The window's words as written, one space apart. */
function wordsOf(w: Window): string {
  let words = w.tokens[w.at].text;
  for (let k = 1; k < w.n; k++) words += ' ' + w.tokens[w.at + k].text;
  return words;
}

/** What one pass over a call's cleaned sentences finds: the terms it names, and the terms each sentence still holds a hearing of. */
export interface HearingsInCall {
  named: Set<string>;
  /** Per sentence, the terms (normalised keys) it holds a guarded hearing of; undefined for none. */
  heardIn: Array<Set<string> | undefined>;
}

/**
 * One pass over the cleaned sentences: the terms with guarded hearings that the call names
 * (spelled as the term is, or with its very letters in words that do not open on a little
 * word: "application in sights" names Application Insights, "I am" names no IAM), and the
 * hearings each sentence still holds, so that only those get a second look.
 */
export function hearingsInCall(texts: readonly string[], lex: CompiledLexicon): HearingsInCall {
  const { spellings, keys, opening } = guardedTermsOf(lex);
  const anyKey = { has: (k: string) => keys.has(k) || lex.exact.has(k) };
  const anyOpening = { has: (k: string) => opening.has(k) || lex.prefixes.has(k) };
  const named = new Set<string>();
  const heardIn: Array<Set<string> | undefined> = [];
  for (const text of texts) {
    let heard: Set<string> | undefined;
    someWindow(text, anyKey, anyOpening, (w) => {
      if (keys.has(w.key) && (spellings.has(wordsOf(w).toLowerCase()) || (w.key.length >= SPELLED_OUT_LETTERS && !FUNCTION_WORDS.has(w.tokens[w.at].key)))) named.add(w.key);
      const rules = lex.exact.get(w.key);
      if (rules) {
        const words = wordsOf(w);
        // The term as written is no hearing of it; "application in sights" is, though its letters are the same.
        for (const r of rules) if (r.guard && words !== r.term) (heard ??= new Set()).add(normKey(r.term));
      }
      return false;
    });
    heardIn.push(heard);
  }
  return { named, heardIn };
}

/** Fewest letters for words that spell a term to name it: "red is" does, "i am" does not. */
const SPELLED_OUT_LETTERS = 5;

/**
 * The hearings a fix confirms, as the words heard: its own, and each listed hearing it opens with
 * whose term its term opens with. "kit hub actions" confirmed as GitHub Actions also says what
 * "kit hub" means in "the kit hub team".
 */
export function hearingsConfirmedBy(from: string, to: string, lex: CompiledLexicon): string[] {
  const words = from.toLowerCase().split(/\s+/);
  const out = [words.join(' ')];
  const term = to.toLowerCase();
  for (let n = words.length - 1; n >= 2; n--) {
    const opening = words.slice(0, n);
    const rules = lex.exact.get(normKey(opening.join('')));
    if (rules?.some((r) => r.guard && term.startsWith(r.term.toLowerCase() + ' '))) out.push(opening.join(' '));
  }
  return out;
}
