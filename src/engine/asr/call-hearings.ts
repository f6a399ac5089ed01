import { normKey, type CompiledLexicon } from './lexicon';
import { FUNCTION_WORDS, tokenize } from './tokens';

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

/** The terms with hearings believed only in context, by their spelling in lower case, per lexicon. */
const guardedTermsCache = new WeakMap<CompiledLexicon, Set<string>>();

function guardedTerms(lex: CompiledLexicon): Set<string> {
  let terms = guardedTermsCache.get(lex);
  if (!terms) {
    terms = new Set();
    for (const rules of lex.exact.values()) for (const r of rules) if (r.guard) terms.add(r.term.toLowerCase());
    guardedTermsCache.set(lex, terms);
  }
  return terms;
}

/** Windows of up to this many words are looked up: terms such as "Azure Service Bus". */
const MOST_WORDS = 3;

/** Each window of up to MOST_WORDS words in `text`: its normalised key, and its words as written. */
function* windowsOf(text: string): Generator<{ key: string; words: string; first: string }> {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    let words = '';
    for (let n = 1; n <= MOST_WORDS && i + n <= tokens.length; n++) {
      key += tokens[i + n - 1].key;
      words += (n > 1 ? ' ' : '') + tokens[i + n - 1].text;
      yield { key, words, first: tokens[i].key };
    }
  }
}

/**
 * The terms with guarded hearings that these (cleaned) sentences name: spelled as the term is,
 * or with its very letters in words that do not open on a little word ("application in sights"
 * names Application Insights; "I am" names no IAM).
 */
export function termsNamedIn(texts: readonly string[], lex: CompiledLexicon): Set<string> {
  const guarded = guardedTerms(lex);
  const keys = guardedKeys(lex);
  const named = new Set<string>();
  for (const text of texts) {
    for (const w of windowsOf(text)) {
      if (guarded.has(w.words.toLowerCase()) || (keys.has(w.key) && w.key.length >= SPELLED_OUT_LETTERS && !FUNCTION_WORDS.has(w.first))) named.add(w.key);
    }
  }
  return named;
}

/** Fewest letters for words that spell a term to name it: "red is" does, "i am" does not. */
const SPELLED_OUT_LETTERS = 5;

const guardedKeysCache = new WeakMap<CompiledLexicon, Set<string>>();

function guardedKeys(lex: CompiledLexicon): Set<string> {
  let keys = guardedKeysCache.get(lex);
  if (!keys) {
    keys = new Set([...guardedTerms(lex)].map(normKey));
    guardedKeysCache.set(lex, keys);
  }
  return keys;
}

/** Whether `text` still holds a guarded hearing of a term in `named`: only such sentences get a second look. */
export function holdsHearingOf(text: string, named: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  for (const w of windowsOf(text)) {
    // The term as written is no hearing of it; "application in sights" is, though its letters are the same.
    for (const r of lex.exact.get(w.key) ?? []) if (r.guard && named.has(normKey(r.term)) && w.words !== r.term) return true;
  }
  return false;
}
