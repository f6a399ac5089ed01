/**
 * Small text helpers shared by the section features: one normalisation so lexicon
 * phrases and sentences meet on the same ground, and a sound-alike skeleton so garbled
 * announcements ("Devons are well-checked") still meet their titles.
 */

import { BARE_NOT_CONTRACTIONS, BARE_OTHER_CONTRACTIONS } from '../sentences/bare-contractions';
import { asOneByte, hasWideCharacter } from '../sentences/one-byte';

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['1', 'one'], ['2', 'two'], ['3', 'three'], ['4', 'four'], ['5', 'five'], ['30', 'thirty'],
  ['1st', 'first'], ['2nd', 'second'], ['3rd', 'third'], ['4th', 'fourth'],
]);

/**
 * Lowercase; punctuation, dashes, slashes and apostrophes become spaces; "&" becomes
 * "and". One pass instead of a chain of replaces: the result is the runs of [a-z0-9#]
 * (and "and" for each "&"), in order, joined by single spaces. "don't" → "don t": cue
 * patterns are written in this spaced form.
 */
export function normalize(text: string): string {
  // One replace per pass instead of a string built word by word: this runs several times on
  // every sentence, and the garbage of the piecewise build was a large share of a call's.
  // "Sésame", "Málaga": a name keeps its letters rather than splitting at the accent ("s same").
  let out = (ACCENTED.test(text) ? foldAccents(text) : text).toLowerCase().replace(NOT_WORD, ' ');
  if (out.includes('&')) out = out.replace(AMPERSAND, ' and ').replace(SPACES, ' ');
  // Only a-z, 0-9, "#" and spaces are left, but a wide text's replace is still two-byte.
  return hasWideCharacter(text) ? asOneByte(out.trim()) : out.trim();
}

const ACCENTED = /[\u00C0-\u024F]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_DECOMPOSED: ReadonlyMap<string, string> = new Map([
  ['\u00df', 'ss'], ['\u00f8', 'o'], ['\u00d8', 'o'], ['\u00e6', 'ae'], ['\u00c6', 'ae'], ['\u0153', 'oe'],
  ['\u0152', 'oe'], ['\u0142', 'l'], ['\u0141', 'l'], ['\u0111', 'd'], ['\u0110', 'd'],
]);
const NOT_DECOMPOSED_ANY = /[\u00df\u00f8\u00d8\u00e6\u00c6\u0153\u0152\u0142\u0141\u0111\u0110]/g;
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(NOT_DECOMPOSED_ANY, (c) => NOT_DECOMPOSED.get(c) ?? c);
}

/** Word characters are a-z, 0-9 and "#"; "&" is read as the word "and". */
const NOT_WORD = /[^a-z0-9#&]+/g;
const AMPERSAND = /&/g;
const SPACES = / {2,}/g;

/** Scots said in English calls ("naebody's checked it", "dinnae touch that"), read as the English cues are written. */
const SCOTS: Array<[string, string]> = [
  ['dinnae', 'don t'], ['didnae', 'didn t'], ['cannae', 'can t'], ['wouldnae', 'wouldn t'], ['couldnae', 'couldn t'],
  ['shouldnae', 'shouldn t'], ['isnae', 'isn t'], ['wasnae', 'wasn t'], ['havenae', 'haven t'], ['hasnae', 'hasn t'], ['naebody', 'nobody'],
];
/**
 * Raw speech-to-text often drops apostrophes ("dont", "didnt", "thats"). Restored to the
 * spaced form cue patterns are written in; only spellings that are never other words.
 */
const BARE_CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  BARE_NOT_CONTRACTIONS
    .map((w): [string, string] => [w, w.slice(0, -1) + ' t'])
    .concat([...BARE_OTHER_CONTRACTIONS], SCOTS),
);
const BARE_CONTRACTION = new RegExp(`\\b(${[...BARE_CONTRACTIONS.keys()].join('|')})\\b`, 'g');

const HAS_BARE_CONTRACTION = new RegExp(BARE_CONTRACTION.source);

/**
 * "its" is "it's" before a word no possessive takes ("its called halla", "its not", "its the
 * booking system"); before a noun ("its own queue", "its name") it stays the possessive.
 */
const ITS_BEFORE_NO_NOUN =
  /\bits (?=(a|an|the|not|just|been|only|all|called|down|up|in|on|at|about|done|half|really|still|fine|ok|okay|because|like|me|you|us|them|there|here|got|going|gone|basically|usually|always|never|probably|mostly|mainly|also|very|quite|pretty|too|so|what|who|when|where|how|that|this|my|your|our|their|his|her|one|two|three|no|nothing|something|everything|broken|live|safe|built|written|running|hosted|stuck|every|each|more|less|kind|sort|actually|honestly|definitely|normally|either|both|already|easy|hard|fixed|bad|good|worse|better)\b)/g;

/**
 * Raw "ill" is "I'll" before a verb ("ill get back to you on that", "ill ask martin"); being
 * ill ("he was ill last week", "ill health") is followed by no verb.
 */
const ILL_BEFORE_VERB =
  /\bill (?=(get|ask|send|show|check|do|put|find|write|read|let|make|take|give|sort|look|talk|leave|try|email|ping|share|add|set|walk|forward|dig|chase|update|confirm|tell|see|call|ring|text|pass|raise|book|sit|meet|keep|hand|finish|fix|bring|pick|introduce|copy|come|go|have|be|need|just|probably|also|definitely|never|always|only|still|drop|speak|double|run|grab|organise|organize|arrange|stay|think|figure|work|note|jot|loop|clean|flag)\b)/g;

/** `normalize` with apostrophe-less contractions spaced out as if the apostrophe were there. */
export function normalizeSpeech(text: string): string {
  let n = normalize(text);
  if (HAS_BARE_CONTRACTION.test(n)) n = n.replace(BARE_CONTRACTION, (w) => BARE_CONTRACTIONS.get(w) ?? w);
  if (n.includes('ill ')) n = n.replace(ILL_BEFORE_VERB, 'i ll ');
  return n.includes('its ') ? n.replace(ITS_BEFORE_NO_NOUN, 'it s ') : n;
}

export function words(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/** Spelled-out numbers so "Day-1" and "day one" compare equal. */
export function spellNumbers(ws: string[]): string[] {
  const out = new Array<string>(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = spelled(ws[i]);
  return out;
}

/** Only words starting with a digit can be number words; the rest skip the lookup. */
function spelled(w: string): string {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 ? (NUMBER_WORDS.get(w) ?? w) : w;
}

/**
 * A consonant skeleton with sound classes merged (d/t, b/p, v/w/f, c/k/q/g, s/z/x):
 * ASR garbles keep the consonant rhythm of what was said far better than its spelling.
 */
export function skeleton(text: string): string {
  let s = spellNumbers(words(text)).join('');
  s = s
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[aeiouy#0-9]/g, '')
    .replace(/[dt]/g, 't')
    .replace(/[bp]/g, 'p')
    .replace(/[vwf]/g, 'f')
    .replace(/[cqgk]/g, 'k')
    .replace(/[szx]/g, 's')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/**
 * How well `needle` occurs somewhere inside `hay`: 1 - (edit distance of the best
 * matching substring) / needle length (semi-global alignment, free ends in `hay`).
 */
export function containment(needle: string, hay: string): number {
  const n = needle.length;
  if (n === 0) return 0;
  if (n <= 30) return Math.max(0, 1 - myersSearch(needle, hay) / n);
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let i = 0; i <= n; i++) prev[i] = i;
  let best = prev[n];
  for (let j = 1; j <= hay.length; j++) {
    cur[0] = 0;
    const hc = hay.charCodeAt(j - 1);
    for (let i = 1; i <= n; i++) {
      const sub = prev[i - 1] + (needle.charCodeAt(i - 1) === hc ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if (cur[n] < best) best = cur[n];
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.max(0, 1 - best / n);
}

/**
 * Myers' bit-parallel edit distance, search variant: the fewest edits turning `pattern`
 * (≤ 30 chars) into any substring of `text`. Same result as the table above, ~20x faster.
 */
function myersSearch(pattern: string, text: string): number {
  const m = pattern.length;
  const mask = (1 << m) - 1;
  const high = 1 << (m - 1);
  const peq = PEQ;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  const best = myersScan(peq, m, mask, high, text);
  // Left all zero for the next call.
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return best;
}

/**
 * Each character's bit mask of positions in the pattern, indexed by UTF-16 code unit:
 * one table reused by every call instead of a Map per call (this runs millions of times).
 */
const PEQ = new Int32Array(65536);

function myersScan(peq: Int32Array, m: number, mask: number, high: number, text: string): number {
  let pv = mask;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) & mask) ^ pv) | eq;
    let ph = (mv | ~(xh | pv)) & mask;
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph = (ph << 1) & mask;
    mh = (mh << 1) & mask;
    pv = (mh | ~(xv | ph)) & mask;
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

/** Light stemming so "deploys", "deployed", "deploying" meet "deploy". */
const stemCache = new Map<string, string>();

export function stem(w: string): string {
  if (w.length <= 4) return w;
  const hit = stemCache.get(w);
  if (hit !== undefined) return hit;
  const s = stemWord(w);
  if (stemCache.size < 50000) stemCache.set(w, s);
  return s;
}

function stemWord(w: string): string {
  return w
    .replace(/(ies)$/, 'y')
    .replace(/(ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1');
}
