import { isEnglishWord } from './english';
import { lettersNamed, otherEndings, otherLittleWords } from './other-hearings';
import { phoneticKey } from './phonetic';

/**
 * The speech-to-text lexicon as data: each term with the misrecognitions seen for it.
 * `variants` are replaced wherever they occur; `guarded` variants are ordinary words
 * ("Katie", "plot") and are replaced only next to the words listed with them.
 */
export interface LexiconEntry {
  term: string;
  variants?: string[];
  guarded?: GuardedVariants[];
  /** Set false when the term must only ever come from a listed variant, never by sound. */
  fuzzy?: boolean;
  /**
   * Its spelling heard split is ordinary English ("red is", "any point", "service now"):
   * the joined word and each unguarded variant match only as written, split words only
   * through a guarded variant.
   */
  joinedOnly?: boolean;
}

export interface GuardedVariants {
  variants: string[];
  /** Any of these words within a few words either side. */
  near?: string[];
  /** The word right before. */
  before?: string[];
  /** The word right after. */
  after?: string[];
  /** Replacement when it differs from the entry's term (e.g. a plural garble). */
  to?: string;
  /** Never when the next word is one of these: "come under review" is English, whatever is near. */
  notAfter?: string[];
  /** Never when the word before is one of these: a new hire's "first work day" is a day. */
  notBefore?: string[];
  /** Never with one of these within a few words either side: "the cloud bill" beside "costs" is the invoice. */
  notNear?: string[];
  /**
   * A one-word garble that, once its context confirmed it, means the term all call long
   * ("look in spunk" after "logging goes to spunk"). Only for words nobody says otherwise
   * in a work call: names and everyday words stay confirmed sentence by sentence.
   */
  callWide?: boolean;
  /** Holds amid technical talk, as a sound join must: for hearings made from a listed garble. */
  technicalTalk?: boolean;
}

/** A team glossary: extra terms, as plain strings or full entries. */
export type Glossary = (string | LexiconEntry)[];

export interface Rule {
  term: string;
  guard?: GuardedVariants;
  /** Only from a window of at least this many words ("snow flake" -> Snowflake, not "snowflake"). */
  minWords?: number;
  /** Matched on the term's own spelling rather than a listed variant. */
  canonical?: boolean;
  /** Spelled variants ("i a m") only match the same split into words, never "I am". */
  words?: number;
  /** Listed as one word ("treeno"): heard as everyday words in a row ("tree no") it is those words. */
  oneWord?: boolean;
  /** Made from a listed garble ("ergo see dee" from "ergo CD"), not listed itself. */
  derived?: boolean;
}

export interface CompiledLexicon {
  /** Normalised spelling of a 1-3 word window -> what it becomes. */
  exact: Map<string, Rule[]>;
  /** Sound key -> candidate terms for fuzzy matching. */
  bySound: Map<string, FuzzyTarget[]>;
  /** All fuzzy targets grouped by the first sound, for near-miss keys. */
  byFirst: Map<string, FuzzyTarget[]>;
  maxWords: number;
  /** Every prefix of every key: a window whose joined spelling is not one cannot grow into a match. */
  prefixes: Set<string>;
  /** Product names of several words ("Key Vault", "Cloud Run"), sought in words heard wrong after the first. */
  spacedNames: string[];
  /**
   * Names of several words listed only by their hearings (`fuzzy: false`, "Cloud Composer"):
   * sought only where heard word for word, one word as spelled and each other a letter off
   * ("cloud composter"), never by sound alone.
   */
  listedSpacedNames: string[];
  /** One-word product and tool names ("Datadog", "Envoy", "kubelet"), English or not, sought in words heard split. */
  names: string[];
}

export interface FuzzyTarget {
  term: string;
  key: string;
  sound: string;
  /** Only believed heard word for word, each word the name's or a letter off it (`listedSpacedNames`). */
  wordForWord?: boolean;
}

/** Letters and digits only, lower case: "Auto-Skiller" and "auto skiller" meet. */
const NON_ALNUM = /[^a-z0-9]/;
const NON_ALNUM_ALL = /[^a-z0-9]/g;

export function normKey(s: string): string {
  const lower = s.toLowerCase();
  return NON_ALNUM.test(lower) ? lower.replace(NON_ALNUM_ALL, '') : lower;
}

/** Letters an English-word term needs before a misheard form of it is sought by sound. */
const LONG_ENGLISH_TARGET = 8;

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const exact = new Map<string, Rule[]>();
  const bySound = new Map<string, FuzzyTarget[]>();
  const byFirst = new Map<string, FuzzyTarget[]>();
  let maxWords = 1;
  const add = (form: string, rule: Rule) => {
    const key = normKey(form);
    if (!key) return;
    maxWords = Math.max(maxWords, form.trim().split(/[\s-]+/).length);
    const list = exact.get(key) ?? [];
    // Unguarded rules first so a guard never blocks a plain variant.
    if (rule.guard) list.push(rule);
    else list.unshift(rule);
    exact.set(key, list);
  };
  const addFuzzy = (form: string, term: string) => {
    const key = normKey(form);
    // Short forms are too easy to hit by accident; plain English words sound-match only
    // when long ("Escalision" is escalation): only a word no dictionary holds is compared.
    if (key.length < 5 || /\d/.test(key) || (isEnglishWord(form.replace(/\s+/g, '')) && key.length < LONG_ENGLISH_TARGET)) return;
    const sound = phoneticKey(key);
    const t: FuzzyTarget = { term, key, sound };
    push(bySound, sound, t);
    push(byFirst, sound[0], t);
  };
  const joinedOnly = new Set(entries.filter((e) => e.joinedOnly).map((e) => e.term));
  for (const e of entries) {
    const canonicalIsWord = e.term.split(/\s+/).every((w) => isEnglishWord(w));
    // "api gateway" -> "API Gateway" would only re-case ordinary words: not a repair.
    const sameWords = (v: string) => canonicalIsWord && v.toLowerCase().split(/\s+/).join(' ') === e.term.toLowerCase();
    // Re-casing a term ("terraform" -> "Terraform") is only safe when it is not an English word.
    // ".NET" spelled without its dot is "net": a term whose letters make an English word is never re-cased from it.
    if (!canonicalIsWord) {
      if (!isEnglishWord(normKey(e.term))) add(e.term, joinedOnly.has(e.term) ? { term: e.term, canonical: true, words: 1 } : { term: e.term, canonical: true });
    }
    // An English word as a product name is only believed when heard split: "snow flake"
    // (unless split it is everyday English too: "work day" is not Workday).
    else if (!/\s/.test(e.term) && e.term !== e.term.toLowerCase() && !joinedOnly.has(e.term)) add(e.term, { term: e.term, minWords: 2, canonical: true });
    // Speech engines also glue a name's words ("cloudrun", "keyvault"): that spelling is the
    // name. Not jargon: "healthcheck" is how an endpoint is written.
    if (canonicalIsWord && /^[A-Z]/.test(e.term) && /\s/.test(e.term) && e.fuzzy !== false && !isEnglishWord(normKey(e.term))) add(normKey(e.term), { term: e.term, oneWord: true, words: 1 });
    for (const v of e.variants ?? []) {
      if (sameWords(v)) continue;
      const rule: Rule = { term: e.term, words: spelledWords(v) ?? (joinedOnly.has(e.term) ? wordCount(v) : undefined), ...(/[\s-]/.test(v.trim()) ? {} : { oneWord: true }) };
      add(v, rule);
      for (const spelling of otherEndings(v)) add(spelling, rule);
      // Letter names are everyday words ("em", "queue", "see"): that hearing needs technical talk near.
      const named = lettersNamed(v);
      if (named) add(named, { term: rule.term, guard: TECHNICAL_TALK, derived: true });
      for (const spelling of otherLittleWords(v)) add(spelling, { term: rule.term, guard: TECHNICAL_TALK, derived: true });
    }
    for (const g of e.guarded ?? []) for (const v of g.variants) add(v, { term: g.to ?? e.term, guard: g });
    if (e.fuzzy !== false && (!canonicalIsWord || (!/\s/.test(e.term) && e.term === e.term.toLowerCase()))) addFuzzy(e.term, e.term);
  }
  const spacedNames = [...new Set(entries.filter((e) => e.fuzzy !== false && SPACED_NAME.test(e.term)).map((e) => e.term))];
  const fuzzySpaced = new Set(spacedNames);
  const listedSpacedNames = [...new Set(entries.filter((e) => e.fuzzy === false && SPACED_NAME.test(e.term) && !fuzzySpaced.has(e.term)).map((e) => e.term))];
  const names = [...new Set(entries.filter((e) => e.fuzzy !== false && ONE_WORD_NAME.test(e.term) && (/^[A-Z]/.test(e.term) || !isEnglishWord(e.term))).map((e) => e.term))];
  const prefixes = new Set<string>();
  for (const key of exact.keys()) for (let k = 1; k <= key.length; k++) prefixes.add(key.slice(0, k));
  return { exact, bySound, byFirst, maxWords: Math.min(maxWords, 4), prefixes, spacedNames, listedSpacedNames, names };
}

/** A guard that holds amid technical talk, as the sound join judges it. */
const TECHNICAL_TALK: GuardedVariants = { variants: [], technicalTalk: true };

/**
 * Whether words spelling this key are a listed garble: then they are that garble or, its guard
 * failing, everyday words, and no sound join is sought for them. A hearing made from a listed
 * garble does not stop a join ("rabbit em queue" by sound where its guard does not hold).
 */
export function listedAs(lex: CompiledLexicon, key: string): boolean {
  return (lex.exact.get(key) ?? []).some((r) => !r.derived);
}

/** A name of one word with lower-case letters in it: "Datadog", "Envoy", "kubelet" (not "AWS" or "S3"). */
const ONE_WORD_NAME = /^(?:[A-Z][a-z0-9]*[a-z][A-Za-z0-9]*|[a-z][a-z0-9]{3,})$/;

/** Two or three capitalised words or acronyms: "Key Vault", "Argo CD", "Cloud Run". */
const SPACED_NAME = /^[A-Z][A-Za-z0-9]*( [A-Z][A-Za-z0-9]*){1,2}$/;

function wordCount(v: string): number {
  return v.trim().split(/[\s-]+/).length;
}

function spelledWords(v: string): number | undefined {
  const parts = v.trim().split(/[\s-]+/);
  return parts.some((p) => /^[a-z]$/i.test(p)) ? parts.length : undefined;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function glossaryEntries(glossary: Glossary | undefined): LexiconEntry[] {
  return (glossary ?? []).map((g) => (typeof g === 'string' ? { term: g } : g));
}
