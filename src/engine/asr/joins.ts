import { isCommonWord, isContraction, isEnglishWord } from './english';
import { listedAs, normKey, type CompiledLexicon, type Rule } from './lexicon';
import { editDistance, phoneticKey } from './phonetic';
import { letterNamed } from './letter-names';
import { syllableKey, thenSyllables } from './syllables';
import { hasShape, opensShape, opensTerm, soundJoinIndex, startsShape, termBySound, termBySyllables, type JoinHit, type SoundJoinIndex } from './sound-join';
import { CAPITALISED, FUNCTION_WORDS, LETTERS, inCapitals, joinedBySpace, type Token } from './tokens';
import { technicalNear } from './stack-talk';
import { guardHolds, vetoed } from './guards';
import { NO_CALL_HEARINGS, type CallHearings } from './call-hearings';

/** The term some words heard apart make, and how many words it takes. */
export interface JoinedTerm {
  term: string;
  words: number;
  contextual: boolean;
}

/**
 * Several ordinary words that together sound like one term ("cube and eighties",
 * "jen kins"): up to four words joined only by spaces, holding at most one function word
 * after the first, believed only with technical talk nearby. The sound key is tried first,
 * then the syllable shape.
 */
export function joinAt(
  text: string,
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
  seen: string[],
  protect: ReadonlySet<string>,
  /** A term already heard in the first word: only its longer form is sought, with no context needed. */
  anchored?: string,
  /** What the rest of the call settled: words joined into a term with technical talk elsewhere need none here. */
  call: CallHearings = NO_CALL_HEARINGS,
): JoinedTerm | undefined {
  const head = tokens[i].key;
  // "because they're printed" is no Terragrunt: a word written whole opens no name.
  if (protect.has(head) || !LETTERS.test(head) || writtenWhole(tokens[i].text)) return undefined;
  // "The system is called Folio": what follows "called" is a name as given, not a term's first syllable.
  if (NAMING_WORDS.has(head) && /^[A-Z]/.test(tokens[i + 1]?.text ?? '')) return undefined;
  const idx = soundJoinIndex(lex);
  if (ARTICLE_LEADS.has(head)) return anchored ? undefined : articleLedJoin(text, tokens, i, lex, seen, protect, idx, call);
  const bySound = !FUNCTION_WORDS.has(head) && head.length >= 2 && opensTerm(idx, head) ? joinBySound(text, tokens, i, lex, seen, protect, idx, anchored, call) : undefined;
  return bySound ?? (anchored ? undefined : joinBySyllables(text, tokens, i, lex, seen, protect, idx, call));
}

/** Technical talk near the words, or the same words joined with such talk elsewhere in the call. */
function inTechnicalTalk(idx: SoundJoinIndex, seen: string[], tokens: Token[], i: number, n: number, call: CallHearings): boolean {
  return technicalNear(idx.context, seen, i, n) || (call.confirmed.size > 0 && call.confirmed.has(heardKey(tokens, i, n)));
}

/**
 * A name's unstressed first vowel heard as the article "a" ("a pie gateway" is API Gateway):
 * believed only at the name's very sound, and only when the words after the article make no
 * name of their own ("a paige or duty" is a PagerDuty account, not Apigee).
 */
function articleLedJoin(
  text: string,
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
  seen: string[],
  protect: ReadonlySet<string>,
  idx: SoundJoinIndex,
  call: CallHearings,
): JoinedTerm | undefined {
  const bySyllables = joinBySyllables(text, tokens, i, lex, seen, protect, idx, call);
  if (bySyllables || !opensTerm(idx, tokens[i].key)) return bySyllables;
  const joined = joinBySound(text, tokens, i, lex, seen, protect, idx, undefined, call, true);
  if (!joined || i + 1 >= tokens.length || joinAt(text, tokens, i + 1, lex, seen, protect, undefined, call)) return undefined;
  return joined;
}

function joinBySound(
  text: string,
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
  seen: string[],
  protect: ReadonlySet<string>,
  idx: SoundJoinIndex,
  anchored: string | undefined,
  call: CallHearings,
  /** Only the term's very sound counts. */
  exactSound = false,
): JoinedTerm | undefined {
  const head = tokens[i].key;
  const words = JOIN_WORDS;
  words.length = 0;
  words.push(head);
  let functionWords = 0;
  let odd = oddWord(head, lex) && !tokens[i].text.includes("'");
  let best: JoinHit | undefined;
  let bestWords = 0;
  for (let n = 2; n <= 4 && i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1];
    // Lone letters ("link i redid", "space v ad") are spelled acronyms or fragments, not syllables
    // of a name. The article may be a name's unstressed vowel after a word that is not among the
    // commonest ("cube a net ease"), never inside everyday talk ("staff sell a seat").
    const article = t.key === 'a' && !isCommonWord(head);
    if (!joinedBySpace(text, tokens[i + n - 2].end, t.start) || protect.has(t.key) || (t.key.length < 2 && !article) || !LETTERS.test(t.key)) break;
    // "there's" as written is the word said whole: "down there's" is no Dynatrace.
    if (isContraction(t.key) || WITH_APOSTROPHE.test(t.text) || personAfterWord(text, tokens, i + n - 1, lex)) break;
    // "the container had no restart policy": a verb's helper after a whole word is grammar, not a name's last syllable
    // ("is" may be one: "cuba net is" is Kubernetes).
    if (AUXILIARIES.has(t.key) && isEnglishWord(tokens[i + n - 2].key)) break;
    words.push(t.key);
    if (FUNCTION_WORDS.has(t.key)) {
      if (++functionWords > 1) break;
      // A name's last syllable heard as a little word ("cuba net is") only beside a word no dictionary holds.
      if (!odd) continue;
    } else if (oddWord(t.key, lex) && !t.text.includes("'")) odd = true;
    const hit = termBySound(idx, words);
    if (hit && (!best || hit.soundDist < best.soundDist || (hit.soundDist === best.soundDist && hit.letterDist < best.letterDist))) {
      best = hit;
      bestWords = n;
    }
  }
  if (!best || (exactSound && best.soundDist > 0)) return undefined;
  // Words that spell a listed term ("spring batch") are that term, and a listed garble whose
  // guard did not hold ("even hubs that made money") is not found again by its sound.
  if (listedAs(lex, heardKey(tokens, i, bestWords))) return undefined;
  // A name of several words or in lower case is believed only at its very sound:
  // "spring batch" is another name than Spring Boot, and "count on prod" is not containerd.
  // Unless heard word for word, each word the name's or a letter off it ("service bust").
  if (best.soundDist > 0 && !/^[A-Z][A-Za-z0-9]*$/.test(best.term) && !nearlyWordForWord(tokens, i, bestWords, best.term)) return undefined;
  // A name listed only by its hearings is never believed from sound alone, and only where the
  // word heard a letter off is no everyday word: "cloud composter" is Cloud Composer, "data factor" no Data Factory.
  if (best.wordForWord && !nearlyWordForWord(tokens, i, bestWords, best.term, true)) return undefined;
  // The name's first part said as itself, then words spelled far from its rest, is that word in
  // another compound: "config repo" is no ConfigMap, "stack is tariff" no StackStorm; "open sift" is OpenShift.
  if (best.soundDist > 0 && otherCompound(tokens, i, bestWords, best.term)) return undefined;
  // "an event to pops up": the last words begin a listed garble of their own (Pub/Sub).
  if (saidAsAnotherName(tokens, i, bestWords, best.term, lex) || listedAcrossEnd(tokens, i, bestWords, lex, seen)) return undefined;
  if (anchored) return best.term === anchored ? { term: best.term, words: bestWords, contextual: true } : undefined;
  if (!inTechnicalTalk(idx, seen, tokens, i, bestWords, call)) return undefined;
  // "first day", "big picture": a phrase of only the commonest words is everyday talk;
  // and a short sound ("team owns" TMNS) is only believed with a word no dictionary knows ("jen kins").
  let rare = false;
  let unknown = false;
  for (let k = 0; k < bestWords; k++) {
    const w = tokens[i + k].key;
    if (!isCommonWord(w)) rare = true;
    // "ed", "ok": a short word no dictionary holds is an abbreviation, not a name's syllable.
    if (w.length > 2 && !isEnglishWord(w)) unknown = true;
  }
  if (!rare && !(best.sound >= LONG_JOIN_SOUND && wordForWord(tokens, i, bestWords, best.term))) return undefined;
  // Two dictionary words a sound away from a name are everyday talk ("swap the slots back" is
  // no SaltStack); three that run through the name's sounds are not ("cube and eighties").
  // Spelled all but a letter as the name, they are the name ("opts genie").
  if (!unknown && best.soundDist > 0 && bestWords < 3 && spellingDistance(tokens, i, bestWords, best.term) > 1) return undefined;
  // A short sound is only believed spelled nearly as the term ("jen kins"), not from a name ("tom knows").
  // Dictionary words alone must be spelled all but a letter as the term ("cube let", "get ops").
  if (best.sound < LONG_JOIN_SOUND && spellingDistance(tokens, i, bestWords, best.term) > Math.floor(best.termLetters * (unknown ? 0.34 : 0.2))) return undefined;
  return { term: best.term, words: bestWords, contextual: true };
}

/** Whether the first word is a one-word name's first part ("config" of ConfigMap) and the rest is spelled more than a letter off the name's. */
function otherCompound(tokens: Token[], i: number, n: number, term: string): boolean {
  const first = /^[A-Z][a-z]+(?=[A-Z])/.exec(term)?.[0].toLowerCase();
  if (!first || tokens[i].key !== first) return false;
  const rest = heardKey(tokens, i + 1, n - 1);
  return editDistance(rest, normKey(term).slice(first.length), 1) > 1;
}

const JOIN_WORDS: string[] = [];
const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'did', 'does', 'do']);

/**
 * A name of several words heard word for word, each word sounding as the name's and one of
 * them spelled as it: "surface bus" is Service Bus, "merit connect" Mirth Connect. Everyday
 * words are believed for such a name, since each word stands in for one of the name's; a short
 * sound is not ("red hot" is no Red Hat).
 */
function wordForWord(tokens: Token[], i: number, n: number, term: string): boolean {
  const parts = term.toLowerCase().split(' ');
  if (parts.length !== n || n < 2) return false;
  let same = false;
  for (let k = 0; k < n; k++) {
    const heard = tokens[i + k].key;
    if (heard === normKey(parts[k])) same = true;
    else if (phoneticKey(heard) !== phoneticKey(parts[k])) return false;
  }
  return same;
}

/**
 * A name of several words heard word for word, one word as spelled and each other a letter
 * off ("service bust" for Service Bus); "spring batch" is not Spring Boot, and "an Azure
 * function" is one of Azure Functions.
 */
function nearlyWordForWord(tokens: Token[], i: number, n: number, term: string, rareOff = false): boolean {
  const parts = term.toLowerCase().split(' ');
  if (parts.length !== n || n < 2) return false;
  let same = false;
  for (let k = 0; k < n; k++) {
    const heard = tokens[i + k].key;
    const part = normKey(parts[k]);
    if (heard === part) same = true;
    // A plural or singular of the name's word is that word said as meant ("an Azure function").
    else if (part.length < 3 || editDistance(heard, part, 1) > 1 || heard + 's' === part || part + 's' === heard) return false;
    // `rareOff`: the word a letter off is none of the commonest, which are said as meant ("data factor").
    else if (rareOff && isCommonWord(heard)) return false;
  }
  return same;
}

/**
 * A name's first vowel, unstressed, is often heard as a little word of its own ("on voy",
 * "a roar a"): a join may start on one of these when the name starts with a vowel.
 */
const VOWEL_LEADS = new Set(['a', 'an', 'and', 'in', 'on', 'end']);
const NAMING_WORDS = new Set(['called', 'named', 'call']);

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'their', 'its', 'no']);

/** Articles a name's first vowel is heard as: a join starting on one is `articleLedJoin`. */
const ARTICLE_LEADS = new Set(['a', 'an']);

/**
 * Words whose consonants and vowel beats lay out a product's name ("day to dog", "post
 * chris"): believed only with technical talk nearby, and with a word no everyday phrase
 * would hold, unless the whole long shape matches exactly.
 */
function joinBySyllables(
  text: string,
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
  seen: string[],
  protect: ReadonlySet<string>,
  idx: SoundJoinIndex,
  call: CallHearings,
): JoinedTerm | undefined {
  const head = tokens[i].key;
  // The shape must stay the opening of some name's as it grows: most words' beats open none.
  if (!startsShape(idx, head)) return undefined;
  const vowelLead = VOWEL_LEADS.has(head);
  // A little word opens a name's beats only before a word no dictionary holds ("by sep" is Bicep).
  // A determiner opens a noun, never a name's first beat ("the terra formed repo" is no Totara).
  const littleHead = FUNCTION_WORDS.has(head) && !vowelLead && !DETERMINERS.has(head);
  if (DETERMINERS.has(head)) return undefined;
  if ((littleHead && !(LETTERS.test(tokens[i + 1]?.text ?? '') && oddWord(tokens[i + 1].key, lex))) || (head.length < 2 && !vowelLead)) return undefined;
  if (writtenWhole(tokens[i].text)) return undefined;
  // "Priya there has the contact": a person's name, then talk, shares a name's beats by chance
  // ("Cuba net is" sounds as Kubernetes does, and is found by its sound).
  if (writtenAsName(text, tokens, i, lex) && commonLowerCase(tokens[i + 1])) return undefined;
  // "on Vocera", "in Sweden": after the little word comes a name heard as written.
  if (vowelLead && /^[A-Z]/.test(tokens[i + 1]?.text ?? '')) return undefined;
  let shape = syllableKey(head);
  const words = JOIN_WORDS;
  words.length = 0;
  words.push(head);
  let functionWords = 0;
  let best: JoinHit | undefined;
  let bestWords = 0;
  for (let n = 2; n <= 4 && i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1];
    if (!joinedBySpace(text, tokens[i + n - 2].end, t.start) || protect.has(t.key) || !LETTERS.test(t.key)) break;
    if (t.key.length < 2 && !VOWEL_LEADS.has(t.key)) break;
    if (writtenWhole(t.text) || personAfterWord(text, tokens, i + n - 1, lex)) break;
    // Letters said by name ("es es aitch") spell, they are not syllables of a name.
    if (letterNamed(t.key) !== undefined && !isCommonWord(t.key)) break;
    words.push(t.key);
    shape = thenSyllables(shape, syllableKey(t.key));
    if (!opensShape(idx, shape)) break;
    if (FUNCTION_WORDS.has(t.key)) {
      if (++functionWords > 1) break;
      continue;
    }
    if (!hasShape(idx, shape)) continue;
    const hit = termBySyllables(idx, words);
    if (hit && (!best || hit.letterDist < best.letterDist)) {
      best = hit;
      bestWords = n;
    }
  }
  if (!best) return undefined;
  if (listedAs(lex, heardKey(tokens, i, bestWords))) return undefined;
  // ...and only spelled with the name's own first letter ("so koober" is no ZooKeeper, "by paul" no PayPal).
  if (littleHead && head[0] !== normKey(best.term)[0]) return undefined;
  let rare = false;
  let odd = false;
  for (let k = 0; k < bestWords; k++) {
    const w = tokens[i + k].key;
    if (!isCommonWord(w)) rare = true;
    if (oddWord(w, lex)) odd = true;
  }
  // Dictionary words fall into a short shape by chance ("team owns", "app saying"); from them
  // alone only a long shape of three words or more is believed ("day to dog").
  if (!odd && best.sound < LONG_SHAPE) return undefined;
  if (!rare && bestWords < 3) return undefined;
  // The commonest words alone are a name only spelled nearly as it ("day to dog"), and never
  // opening on a vowel: "up in search" and "in there come" are how everyone talks.
  if (!rare && (/^[aeiou]/.test(head) || best.letterDist > best.termLetters * EVERYDAY_LETTER_SHARE)) return undefined;
  // "on vo sarah" is Vocera: a listed spelling starting inside the words comes first.
  if (listedWithin(tokens, i, bestWords, lex) || saidAsAnotherName(tokens, i, bestWords, best.term, lex)) return undefined;
  if (!inTechnicalTalk(idx, seen, tokens, i, bestWords, call)) return undefined;
  return { term: best.term, words: bestWords, contextual: true };
}

/**
 * A word written as a name mid-sentence that neither a dictionary nor the lexicon knows: the
 * speech engine heard a person or a place ("Priya", "Carla"), and so did the speaker.
 */
function writtenAsName(text: string, tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  if (k === 0 || !CAPITALISED.test(t.text) || /[.!?:]/.test(text.slice(tokens[k - 1].end, t.start))) return false;
  return !isEnglishWord(t.key) && !lex.exact.has(t.key);
}

function commonLowerCase(t: Token | undefined): boolean {
  return t !== undefined && t.text === t.key && isCommonWord(t.key);
}

/** A name after a little word ("with Carla", "to Priya") is someone spoken of, not a name's last syllables; "a Tina" may be Athena. */
function personAfterWord(text: string, tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const before = tokens[k - 1];
  return FUNCTION_WORDS.has(before.key) && !ARTICLE_LEADS.has(before.key) && writtenAsName(text, tokens, k, lex);
}

/** One of the words is a listed name or term as spelled, and no part of this one: "Stripe webhook" is no Storybook ("post Greg SQL" is PostgreSQL). */
function saidAsAnotherName(tokens: Token[], i: number, n: number, term: string, lex: CompiledLexicon): boolean {
  const own = normKey(term);
  for (let k = i; k < i + n; k++) {
    const key = tokens[k].key;
    if (!own.includes(key) && (lex.exact.get(key) ?? []).some((r) => r.canonical && r.term !== term)) return true;
  }
  return false;
}

/** Whether a listed spelling, its guard holding, starts at one of the words after the first and runs past the last. */
function listedAcrossEnd(tokens: Token[], i: number, n: number, lex: CompiledLexicon, seen: string[]): boolean {
  for (let k = i + 1; k < i + n; k++) {
    for (const { rules, last } of listedFrom(tokens, k, lex)) {
      if (last < i + n) continue;
      const words = last - k + 1;
      if (rules.some((r) => !r.guard || (guardHolds(lex, r.term, r.guard, seen, tokens, k, words) && !vetoed(r.guard, tokens, k, words)))) return true;
    }
  }
  return false;
}

/** Whether a listed spelling starts at one of the words after the first. */
function listedWithin(tokens: Token[], i: number, n: number, lex: CompiledLexicon): boolean {
  for (let k = i + 1; k < i + n; k++) if (!listedFrom(tokens, k, lex).next().done) return true;
  return false;
}

/** Each listed spelling that starts at word k: its rules, and where its last word is. */
function* listedFrom(tokens: Token[], k: number, lex: CompiledLexicon): Generator<{ rules: Rule[]; last: number }> {
  let key = '';
  for (let m = k; m < Math.min(tokens.length, k + lex.maxWords); m++) {
    key += tokens[m].key;
    const rules = lex.exact.get(key);
    if (rules) yield { rules, last: m };
  }
}

/** Neither a dictionary word nor a listed term ("jenkins", "qa"): a word that may be a name misheard. */
function oddWord(key: string, lex: CompiledLexicon): boolean {
  // "id", "ok": a short odd word is an abbreviation, not part of a name.
  return key.length > 2 && !isEnglishWord(key) && !lex.exact.has(key);
}

/**
 * A word heard as a whole, not as a syllable of a name: a contraction is said as the words it
 * shortens ("can't do" is not Conda), and capitals are an abbreviation ("user ID").
 */
const WITH_APOSTROPHE = /['\u2019]/;

function writtenWhole(text: string): boolean {
  return WITH_APOSTROPHE.test(text) || isContraction(text) || inCapitals(text);
}

/** The most of a name's letters a phrase of the commonest words may spell otherwise ("day to dog" 2 of 7). */
const EVERYDAY_LETTER_SHARE = 0.3;

/** A shape this long, matched exactly, is believed from everyday words alone ("day to dog"). */
const LONG_SHAPE = 7;

/**
 * Letters apart once spelling that does not change the sound is set aside (doubled letters,
 * "ph" for "f"): a name heard for a product ("graph Anna" for Grafana) is spelled as the
 * name is, not as the term.
 */
function spellingDistance(tokens: Token[], i: number, n: number, term: string): number {
  const said = plainSpelling(normKey(term));
  return editDistance(plainSpelling(heardKey(tokens, i, n)), said, said.length);
}

/** The keys of n words from i, run together: how a window would be listed. */
function heardKey(tokens: Token[], i: number, n: number): string {
  let heard = '';
  for (let k = 0; k < n; k++) heard += tokens[i + k].key;
  return heard;
}

function plainSpelling(s: string): string {
  return s.replace(/ph/g, 'f').replace(/([a-z])\1+/g, '$1');
}
/** Sounds in a join of dictionary words: fewer than this and ordinary pairs hit terms by chance. */
const LONG_JOIN_SOUND = 5;
