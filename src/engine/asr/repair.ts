import { isCommonWord, isEnglishWord } from './english';
import { normKey, type CompiledLexicon, type FuzzyTarget, type GuardedVariants, type Rule } from './lexicon';
import { editDistance, phoneticKey } from './phonetic';
import { isDoubleU, letterNamed } from './letter-names';
import { guardHolds, vetoed } from './guards';
import { joinAt } from './joins';
import { NO_CALL_HEARINGS, type CallHearings } from './call-hearings';
import { soundJoinIndex } from './sound-join';
import { stackTalkNear, technicalNear } from './stack-talk';
import { CAPITALISED, CONTRACTED, FUNCTION_WORDS, inCapitals, joinedBySpace, tokenize, type Token } from './tokens';

/** One repaired term; offsets are into the text given to `repairTerms`. */
export interface TermFix {
  from: string;
  to: string;
  start: number;
  end: number;
  /** Made of ordinary words and accepted from its context ("graph on a" near "dashboards"). */
  contextual?: boolean;
  /** One ordinary word accepted from its context ("the errors go to century"). */
  wordInContext?: boolean;
}

/**
 * Replaces misheard terms over 1-N word windows, longest first: listed variants, then
 * guarded variants in their context, then (for non-English tokens only) by sound.
 */
export function repairTerms(
  text: string,
  lex: CompiledLexicon,
  protect: ReadonlySet<string> = EMPTY,
  call: CallHearings = NO_CALL_HEARINGS,
): { text: string; fixes: TermFix[] } {
  const tokens = tokenize(text);
  const fixes: TermFix[] = [];
  const seen: string[] = tokens.map((t) => t.key);
  for (let i = 0; i < tokens.length; ) {
    const hit = dottedName(text, tokens[i]) ? undefined : matchAt(text, tokens, i, lex, seen, protect, call);
    if (!hit) {
      i++;
      continue;
    }
    const fix = fixOf(text, tokens, i, hit);
    if (fix) fixes.push(fix);
    seeRepaired(seen, i, hit);
    i += hit.words;
  }
  if (fixes.length) secondLook(text, tokens, lex, seen, protect, call, fixes);
  return { text: applyFixes(text, fixes), fixes };
}

type Hit = { term: string; words: number; contextual?: boolean; wordInContext?: boolean };

/** The fix a hit makes, or none where the words already read as the term. */
function fixOf(text: string, tokens: Token[], i: number, hit: Hit): TermFix | undefined {
  const first = tokens[i];
  const last = tokens[i + hit.words - 1];
  const from = text.slice(first.start, last.end);
  const to = caseLike(from, hit.term, sentenceStart(text, first.start));
  // "TTL" or "NPM" written in capitals is the abbreviation as written, whatever case the lexicon keeps.
  if (from === to || (inCapitals(from) && from.toLowerCase() === to.toLowerCase())) return undefined;
  const fix: TermFix = { from, to, start: first.start, end: last.end };
  if (hit.contextual) fix.contextual = true;
  else if (hit.wordInContext) fix.wordInContext = true;
  return fix;
}

/** Context for later guards sees the repaired words, aligned from the end of the window. */
function seeRepaired(seen: string[], i: number, hit: Hit): void {
  const repaired = hit.term.split(/\s+/);
  for (let k = 0; k < Math.min(repaired.length, hit.words); k++) {
    seen[i + hit.words - 1 - k] = normKey(repaired[repaired.length - 1 - k]);
  }
}

/**
 * A guarded hearing whose context was itself misheard and repaired only later in the text:
 * "the predictions sit in reddish on elastic cash" is Redis once "elastic cash" is ElastiCache.
 * Only listed hearings with a guard are looked at again, with every repair made, and only where
 * no repair already stands; `fixes` stays in text order.
 */
function secondLook(text: string, tokens: Token[], lex: CompiledLexicon, seen: string[], protect: ReadonlySet<string>, call: CallHearings, fixes: TermFix[]): void {
  const added: TermFix[] = [];
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (f < fixes.length && fixes[f].end <= tokens[i].start) f++;
    if (f < fixes.length && fixes[f].start <= tokens[i].start) continue;
    const hit = guardedHearingAt(text, tokens, i, lex, seen, protect, call);
    if (!hit) continue;
    const end = tokens[i + hit.words - 1].end;
    if (f < fixes.length && fixes[f].start < end) continue;
    const fix = fixOf(text, tokens, i, hit);
    if (fix) added.push(fix);
    seeRepaired(seen, i, hit);
    i += hit.words - 1;
  }
  if (!added.length) return;
  fixes.push(...added);
  fixes.sort((a, b) => a.start - b.start);
}

/** The longest listed hearing with a guard that starts at i and whose guard now holds. */
function guardedHearingAt(text: string, tokens: Token[], i: number, lex: CompiledLexicon, seen: string[], protect: ReadonlySet<string>, call: CallHearings): Hit | undefined {
  if (dottedName(text, tokens[i])) return undefined;
  const keys = WINDOW_KEYS;
  for (let n = windowKeysAt(text, tokens, i, lex, keys); n >= 1; n--) {
    if (!lex.exact.get(keys[n - 1])?.some((r) => r.guard)) continue;
    const rule = exactRule(lex, keys[n - 1], tokens, i, n, seen, protect, call);
    if (rule) return { term: rule.term, words: n, contextual: rule.contextual, wordInContext: rule.wordInContext };
  }
  return undefined;
}

/**
 * The keys of the word windows from i, shortest first, into `keys`; returns how many. A window
 * grows only while it can still spell a listed key, or that key with a plural s.
 */
function windowKeysAt(text: string, tokens: Token[], i: number, lex: CompiledLexicon, keys: string[]): number {
  const widest = Math.min(lex.maxWords, tokens.length - i);
  let windows = 0;
  let key = '';
  for (let n = 1; n <= widest; n++) {
    if (n > 1 && !joinedBySpace(text, tokens[i + n - 2].end, tokens[i + n - 1].start)) break;
    key += tokens[i + n - 1].key;
    keys[windows++] = key;
    if (!lex.prefixes.has(key) && !(key.endsWith('s') && lex.prefixes.has(key.slice(0, -1)))) break;
  }
  return windows;
}

/** A name written with a leading dot (".NET", ".env") is written, not heard: no spoken term starts at it. */
function dottedName(text: string, token: Token): boolean {
  return token.start > 0 && text[token.start - 1] === '.' && (token.start === 1 || /\s/.test(text[token.start - 2]));
}

/** `text` with each fix's words replaced; fixes are in order and do not overlap. */
export function applyFixes(text: string, fixes: readonly TermFix[]): string {
  if (!fixes.length) return text;
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += text.slice(at, f.start) + f.to;
    at = f.end;
  }
  return out + text.slice(at);
}

const EMPTY: ReadonlySet<string> = new Set();
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'it']);
const WINDOW_KEYS: string[] = [];

function matchAt(
  text: string,
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
  seen: string[],
  protect: ReadonlySet<string>,
  call: CallHearings,
): Hit | undefined {
  const head = tokens[i].key;
  if (letterNamed(head) !== undefined || head === 'double') {
    const named = namedLetters(text, tokens, i, lex) ?? letterThenRest(text, tokens, i, lex);
    if (named) return named;
  }
  const breathed = head[0] === 'h' ? breathedName(text, tokens, i, lex, seen, protect, call) : undefined;
  if (breathed) return breathed;
  // Fast path for the common case: an ordinary short word that starts no listed spelling.
  if (head.length < 5 && head.length > 1 && !lex.prefixes.has(head)) {
    if (i + 1 >= tokens.length || !joinedBySpace(text, tokens[i].end, tokens[i + 1].start)) return undefined;
    const pair = head.length + tokens[i + 1].key.length < 5 ? undefined : fuzzyPair(tokens, i, head + tokens[i + 1].key, lex, protect);
    return pair ?? joinAt(text, tokens, i, lex, seen, protect, undefined, call);
  }
  // Reused across calls: this runs for most words of a call, and the windows are few.
  const keys = WINDOW_KEYS;
  const windows = windowKeysAt(text, tokens, i, lex, keys);
  // Listed spellings first (longest window first), sound only when none applies.
  for (let n = windows; n >= 1; n--) {
    const rule = exactRule(lex, keys[n - 1], tokens, i, n, seen, protect, call);
    if (!rule) continue;
    // "dynamo dee bee": the listed "dynamo" is only the start of the same term said in full.
    const longer = n === 1 ? joinAt(text, tokens, i, lex, seen, protect, rule.term) : undefined;
    if (longer) return longer;
    return { term: rule.term, words: n, contextual: rule.contextual, wordInContext: rule.wordInContext };
  }
  const spelled = spelledAcronym(text, tokens, i, lex);
  if (spelled) return spelled;
  for (let n = Math.min(windows, 2); n >= 1; n--) {
    const fuzzy = fuzzyTerm(tokens, i, n, keys[n - 1], lex, protect);
    if (fuzzy) return { term: fuzzy, words: n };
  }
  return joinAt(text, tokens, i, lex, seen, protect, undefined, call);
}

/**
 * A name of several words heard with a breath before its first vowel ("hops genie", "hop genie"
 * for Opsgenie): the listed spelling without the h, believed amid technical talk or where the
 * same words were so believed elsewhere in the call. Only heard words lose an h, never a
 * term's own ("approx" is no HAProxy).
 */
function breathedName(
  text: string,
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
  seen: string[],
  protect: ReadonlySet<string>,
  call: CallHearings,
): { term: string; words: number; contextual: true } | undefined {
  const head = tokens[i].key;
  if (!/^h[aeiou]/.test(head) || protect.has(head)) return undefined;
  let key = head.slice(1);
  let heard = head;
  for (let n = 2; n <= Math.min(lex.maxWords, tokens.length - i); n++) {
    if (!lex.prefixes.has(key) || !joinedBySpace(text, tokens[i + n - 2].end, tokens[i + n - 1].start)) return undefined;
    key += tokens[i + n - 1].key;
    heard += tokens[i + n - 1].key;
    const rule = exactRule(lex, key, tokens, i, n, seen, protect, call);
    if (!rule) continue;
    // "gets held up" is how everyone talks: words all among the commonest lose no breath ("eld up" is LDAP's).
    if (tokens.slice(i, i + n).every((t) => isCommonWord(t.key))) return undefined;
    if (!technicalNear(soundJoinIndex(lex).context, seen, i, n) && !call.confirmed.has(heard)) return undefined;
    return { term: rule.term, words: n, contextual: true };
  }
  return undefined;
}

/**
 * Letters spelled out one by one ("s f t p") are an acronym: "SFTP". When the letters
 * spell a listed term, its own spacing is kept ("i b m m q" is "IBM MQ", not "IBMMQ"),
 * and two letters are enough for a listed all-capitals term ("m q" is MQ).
 */
function spelledAcronym(text: string, tokens: Token[], i: number, lex: CompiledLexicon): { term: string; words: number } | undefined {
  let k = 0;
  let vowelWords = 0;
  while (i + k < tokens.length && /^[a-z]$/i.test(tokens[i + k].text)) {
    if (k > 0 && !/^[ \t]+$/.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))) break;
    if (/^[ai]$/i.test(tokens[i + k].text)) vowelWords++;
    k++;
  }
  if (k < 2 || vowelWords > 1) return undefined;
  let letters = '';
  for (let j = 0; j < k; j++) letters += tokens[i + j].key;
  const listed = termSpelledBy(lex, letters, true);
  if (k === 2) return listed && vowelWords === 0 && /^[A-Z0-9 ]+$/.test(listed) ? { term: listed, words: 2 } : undefined;
  return { term: listed ?? letters.toUpperCase(), words: k };
}

/** Most letters a term is spelled with by name ("a double u s" is four words, three letters). */
const MAX_NAMED_LETTERS = 5;

/**
 * Letters said by name that spell a listed term: "gee see pee" is GCP, "dee bee tee" dbt.
 * Letter names are common words ("see", "you", "are"), so only a listed term's exact
 * letters count, two letters need a name no dictionary holds ("es aitch"), and a run of
 * lone letters is left to `spelledAcronym`.
 */
function namedLetters(text: string, tokens: Token[], i: number, lex: CompiledLexicon): { term: string; words: number } | undefined {
  const ends: Array<{ letters: string; words: number; names: number; odd: number }> = [];
  let letters = '';
  let names = 0;
  let odd = 0;
  let k = i;
  while (k < tokens.length && letters.length < MAX_NAMED_LETTERS) {
    if (k > i && !joinedBySpace(text, tokens[k - 1].end, tokens[k].start)) break;
    const key = tokens[k].key;
    if (isDoubleU(key, tokens[k + 1]?.key) && joinedBySpace(text, tokens[k].end, tokens[k + 1].start)) {
      letters += 'w';
      names++;
      k += 2;
    } else {
      const l = letterNamed(key);
      if (l === undefined) break;
      letters += l;
      if (key.length > 1) {
        names++;
        if (!isEnglishWord(key)) odd++;
      }
      k++;
    }
    ends.push({ letters, words: k - i, names, odd });
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const end = ends[e];
    if (end.letters.length < 2 || end.names === 0) continue;
    if (end.letters.length === 2 && end.odd === 0) continue;
    const term = termSpelledBy(lex, end.letters);
    if (term) return { term, words: end.words };
    const named = nameOpenedBy(text, tokens, i, end.words, end.letters, lex);
    if (named) return named;
  }
  return undefined;
}

/**
 * Letters said by name that open a name of several words, the rest heard as it is written:
 * "eye oh tea hub" is IoT Hub. The letters must be the name's whole first word.
 */
function nameOpenedBy(text: string, tokens: Token[], i: number, words: number, letters: string, lex: CompiledLexicon): { term: string; words: number } | undefined {
  const next = tokens[i + words];
  if (letters.length < 2 || !next || !joinedBySpace(text, tokens[i + words - 1].end, next.start)) return undefined;
  const key = letters + next.key;
  for (const r of lex.exact.get(key) ?? []) {
    if (!r.guard && r.canonical && normKey(r.term) === key && normKey(r.term.split(' ')[0]) === letters) return { term: r.term, words: words + 1 };
  }
  return undefined;
}

/**
 * A name's first letter said by its name and the rest heard as a word: "ess plunk" is Splunk,
 * "eye stio" Istio. Only a letter name no everyday phrase holds ("ess", not "you" or "see"),
 * and only when the two spell a listed name exactly.
 */
function letterThenRest(text: string, tokens: Token[], i: number, lex: CompiledLexicon): { term: string; words: number } | undefined {
  const head = tokens[i].key;
  const letter = letterNamed(head);
  if (letter === undefined || head.length < 2 || isCommonWord(head) || i + 1 >= tokens.length) return undefined;
  if (!joinedBySpace(text, tokens[i].end, tokens[i + 1].start)) return undefined;
  const term = termSpelledBy(lex, letter + tokens[i + 1].key, true);
  return term ? { term, words: 2 } : undefined;
}

/**
 * A listed term written with exactly these letters ("dbt", "GCP", "IBM MQ" for "ibmmq"), from
 * an unguarded rule; `capitalised` keeps to names ("i b m m q", not a lower-case word).
 */
function termSpelledBy(lex: CompiledLexicon, letters: string, capitalised = false): string | undefined {
  for (const r of lex.exact.get(letters) ?? []) {
    if (!r.guard && normKey(r.term) === letters && (!capitalised || /^[A-Z]/.test(r.term))) return r.term;
  }
  return undefined;
}

function exactRule(
  lex: CompiledLexicon,
  key: string,
  tokens: Token[],
  i: number,
  n: number,
  seen: string[],
  protect: ReadonlySet<string>,
  call: CallHearings,
): { term: string; contextual?: boolean; wordInContext?: boolean } | undefined {
  const direct = pickRule(lex, lex.exact.get(key), tokens, i, n, seen, protect, call.confirmed.has(key), call.named);
  if (direct) {
    const contextual = direct.guard !== undefined && (n > 1 || callWide(direct.guard));
    return { term: direct.term, contextual, wordInContext: direct.guard !== undefined && !contextual };
  }
  // "hel checks" -> "health checks" also when only the singular is listed.
  // A plural that is itself a word ("canaries") was heard right.
  if (key.length > 4 && key.endsWith('s') && !(n === 1 && isEnglishWord(key))) {
    const single = pickRule(lex, lex.exact.get(key.slice(0, -1)), tokens, i, n, seen, protect, false, EMPTY);
    // "sandboxes" is the term's own plural, whatever garble its stem matched ("sandboxe").
    if (single && normKey(single.term) + 'es' === key) return undefined;
    // Not for a product name that is an English word: "snow flakes" are weather, not Snowflakes.
    if (single && !single.guard && !single.canonical && /[a-z]$/.test(single.term) && !(/^[A-Z]/.test(single.term) && isEnglishWord(single.term))) return { term: single.term + 's' };
  }
  return undefined;
}

function pickRule(
  lex: CompiledLexicon,
  rules: Rule[] | undefined,
  tokens: Token[],
  i: number,
  n: number,
  seen: string[],
  protect: ReadonlySet<string>,
  confirmedHere: boolean,
  namedInCall: ReadonlySet<string>,
): Rule | undefined {
  if (!rules) return undefined;
  for (const r of rules) {
    if (r.minWords && n < r.minWords) continue;
    if (r.words && r.words !== n) continue;
    if (n > 1 && !r.guard && reCaseOnly(tokens, i, n, r)) continue;
    // "tree no" is not "treeno" (Trino): a spelling listed as one word is not everyday words in a row.
    if (n > 1 && r.oneWord && allCommon(tokens, i, n)) continue;
    // "roll back" stays a verb: a lower-case term is only joined from a listed variant.
    if (r.canonical && n > 1 && /^[a-z]/.test(r.term)) continue;
    // A name whose split hearing is listed with a guard ("solar winds") is joined only where that guard holds.
    if (r.canonical && n > 1 && rules.some((o) => o.guard && o.term === r.term)) continue;
    if (!r.guard) return r;
    if (protectedWindow(tokens, i, n, protect)) continue;
    // A word written in capitals is an abbreviation as written ("RADIUS" is no Redis misheard).
    if (n === 1 && tokens[i].text.length >= 3 && inCapitals(tokens[i].text) && isEnglishWord(tokens[i].key)) continue;
    // A name with a surname after it is a person ("that's Hannah Brooks" is no HANA).
    if (n === 1 && fullName(tokens, i, lex)) continue;
    // A contraction as written is the words said ("he'll jump on" is no Helm); a possessive may be a term's.
    if (n === 1 && CONTRACTED.test(tokens[i].text)) continue;
    if (vetoed(r.guard, tokens, i, n)) continue;
    // A multi-word garble already confirmed by its context elsewhere in the call needs none here;
    // nor does one word the call has settled as the term (heard so three times, `splitSentences`), unless said of someone.
    if ((confirmedHere && (n > 1 || callWide(r.guard) || !someoneSpokenOf(tokens, i, n, r.term))) || guardHolds(lex, r.term, r.guard, seen, tokens, i, n)) return r;
    // The call names the term elsewhere: amid technical talk its listed hearing is that term,
    // unless it opens on a person speaking ("I am a bit sad" is no IAM) or is someone spoken of.
    // Nor is one of the shortest common words ("you get contention errors" in a call that says git tag).
    if (namedInCall.size > 0 && namedInCall.has(normKey(r.term)) && !PRONOUNS.has(tokens[i].key) && !shortCommonWord(tokens, i, n) && !someoneSpokenOf(tokens, i, n, r.term) && technicalNear(soundJoinIndex(lex).context, seen, i, n)) return r;
    // Several words guarded only by words nearby are also believed amid talk of the stack.
    if (n > 1 && r.guard.near && !r.guard.before && !r.guard.after && stackTalkNear(lex, seen, i, n)) return r;
  }
  return undefined;
}

/** One word of at most three letters among the commonest: "get", "far", "bus" are said for themselves far more often than heard for a term. */
function shortCommonWord(tokens: Token[], i: number, n: number): boolean {
  return n === 1 && tokens[i].key.length <= 3 && isCommonWord(tokens[i].key);
}

/**
 * One word said after a word people follow ("ping katie"), or written as a name where the term
 * is letters ("ask Katie about the cluster" is no KT; "stuck in Genesis" may well be Genesys).
 */
function someoneSpokenOf(tokens: Token[], i: number, n: number, term: string): boolean {
  if (n !== 1) return false;
  return (CAPITALISED.test(tokens[i].text) && /^[A-Z0-9]+$/.test(term)) || (i > 0 && BEFORE_SOMEONE.has(tokens[i - 1].key));
}
const BEFORE_SOMEONE: ReadonlySet<string> = new Set(['ask', 'tell', 'ping', 'ring', 'call', 'thanks', 'thank', 'message', 'email', 'cc']);

function fullName(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  const next = tokens[i + 1];
  return next !== undefined && CAPITALISED.test(tokens[i].text) && CAPITALISED.test(next.text) && next.start - tokens[i].end === 1 && !lex.exact.has(next.key);
}

/**
 * A one-word garble confirmed once stands for the term all call long only when its entry
 * says so ("spunk", "cousteau"): "epic" or "swift" stay words, and "Katie" stays a name.
 */
function callWide(g: GuardedVariants | undefined): boolean {
  return g?.callWide === true;
}

/**
 * "api gateway" -> "API Gateway" only re-cases ordinary words, and "I am" is not IAM:
 * several words become a term when they are a listed garble or are heard split apart.
 */
function reCaseOnly(tokens: Token[], i: number, n: number, r: Rule): boolean {
  if (r.canonical && /^[A-Z0-9/&.-]+$/.test(r.term.replace(/\s+/g, ''))) return true;
  let words = '';
  for (let k = 0; k < n; k++) words += (k ? ' ' : '') + tokens[i + k].text.toLowerCase();
  return words === r.term.toLowerCase();
}

function allCommon(tokens: Token[], i: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isCommonWord(tokens[i + k].key)) return false;
  return true;
}

function protectedWindow(tokens: Token[], i: number, n: number, protect: ReadonlySet<string>): boolean {
  for (let k = 0; k < n; k++) if (protect.has(tokens[i + k].key)) return true;
  return false;
}

function fuzzyPair(tokens: Token[], i: number, key: string, lex: CompiledLexicon, protect: ReadonlySet<string>) {
  const term = fuzzyTerm(tokens, i, 2, key, lex, protect);
  return term ? { term, words: 2 } : undefined;
}

const fuzzyCache = new WeakMap<CompiledLexicon, Map<string, string | null>>();

function fuzzyTerm(tokens: Token[], i: number, n: number, key: string, lex: CompiledLexicon, protect: ReadonlySet<string>): string | undefined {
  if (key.length < 5 || /\d/.test(key)) return undefined;
  if (n === 1 && surnameAfterName(tokens, i, lex)) return undefined;
  let unknown = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (protect.has(t.key) || /\d/.test(t.text)) return undefined;
    if (n > 1 && (FUNCTION_WORDS.has(t.key) || t.key.length < 2)) return undefined;
    if (!isEnglishWord(t.text)) unknown = true;
  }
  if (!unknown) return undefined;
  let cache = fuzzyCache.get(lex);
  if (!cache) fuzzyCache.set(lex, (cache = new Map()));
  // One word and the same letters heard as two are judged apart.
  const memo = n === 1 ? key : ' ' + key;
  const cached = cache.get(memo);
  if (cached !== undefined) return cached ?? undefined;
  const found = bestBySound(key, lex, n === 1);
  if (cache.size < 20_000) cache.set(memo, found ?? null);
  return found;
}

/**
 * A capitalised word after another that is no term, inside the sentence: a person's full name
 * ("call Derek Santos" is no CentOS). After a vendor's name ("Azure Kubernets") it may be a term.
 */
function surnameAfterName(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  const prev = tokens[i - 1];
  if (i < 2 || !prev || !CAPITALISED.test(tokens[i].text) || !CAPITALISED.test(prev.text)) return false;
  return !lex.exact.has(prev.key);
}

/** Sounds that, all agreeing, outweigh spelling. */
const LONG_SOUND = 5;

function bestBySound(key: string, lex: CompiledLexicon, oneWord: boolean): string | undefined {
  const sound = phoneticKey(key);
  if (!sound) return undefined;
  let best: FuzzyTarget | undefined;
  let bestScore = Infinity;
  const consider = (t: FuzzyTarget, soundDist: number) => {
    // Same sound allows a third of the letters to differ (near half when one odd word has
    // five or more sounds of the term: "QBernities" is Kubernetes); a near sound only a fifth.
    const share = soundDist > 0 ? 0.2 : oneWord && t.sound.length >= LONG_SOUND ? 0.45 : 0.34;
    const allowed = Math.max(1, Math.floor(t.key.length * share));
    const d = editDistance(key, t.key, allowed);
    if (d > allowed) return;
    const score = d + soundDist * 2;
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  };
  for (const t of lex.bySound.get(sound) ?? []) if (t.key !== key) consider(t, 0);
  if (sound.length >= 4) {
    for (const t of lex.byFirst.get(sound[0]) ?? []) {
      if (t.sound === sound || Math.abs(t.sound.length - sound.length) > 1) continue;
      if (editDistance(sound, t.sound, 1) === 1) consider(t, 1);
    }
  }
  return best?.term;
}

/** Keeps a capital at the start of a sentence: "Asclicion paths" -> "Escalation paths". */
function caseLike(from: string, term: string, atStart: boolean): string {
  if (atStart && /^[A-Z]/.test(from) && term === term.toLowerCase() && /^[a-z]/.test(term)) return term[0].toUpperCase() + term.slice(1);
  return term;
}

function sentenceStart(text: string, at: number): boolean {
  return /(^|[.!?]\s+)$/.test(text.slice(Math.max(0, at - 3), at)) || at === 0;
}
