import { normKey, type CompiledLexicon, type FuzzyTarget } from './lexicon';
import joinData from './lexicon-join.json';
import { isEnglishWord } from './english';
import { editDistance, phoneticKey } from './phonetic';
import { joinedSyllables, syllableKey } from './syllables';

/**
 * A term the speech engine heard as several ordinary words ("cube and eighties",
 * "jen kins", "rabbit em queue"): the words' sound keys joined are compared with the
 * lexicon's terms. Ordinary words join into term-like sounds by accident far more often
 * than a single odd token does, so a join is only believed with a technical word nearby,
 * a close sound, and a letter count near the term's.
 */
export interface JoinToken {
  text: string;
  key: string;
}

export interface SoundJoinIndex {
  /** Each target's sound key and every one-letter deletion of it -> targets. */
  byDeletion: Map<string, FuzzyTarget[]>;
  /** Words that place a sentence in technical talk (guard words, term spellings). */
  context: Set<string>;
  minSound: number;
  maxSound: number;
  /** First letter's class + each opening of a target's sound ("k:KP"): words that can start a join. */
  openings: Set<string>;
  /** Answers of `opensTerm` by word: the same few thousand words come back all call long. */
  opens: Map<string, boolean>;
  /** Each target's syllable shape -> targets. */
  bySyllables: Map<string, FuzzyTarget[]>;
  /** Every opening of a target's syllable shape: a word whose shape is none starts no name's beats. */
  shapeOpenings: Set<string>;
  /** Answers of `startsShape` by word, as `opens` keeps those of `opensTerm`. */
  shapeStarts: Map<string, boolean>;
}

/** The least a joined sound key may hold: shorter keys match ordinary phrases at random. */
const MIN_SOUND = 3;
/** A sound one edit away is only trusted for terms with this many sounds or more. */
const NEAR_SOUND = 6;
/** The most of a name's letters joined words may spell otherwise and still be heard for it. */
const LETTER_SHARE = 0.7;
/** The shortest syllable shape worth joining words for ("on voy" VNFV is Envoy). */
const MIN_SYLLABLES = 4;

const indexes = new WeakMap<CompiledLexicon, SoundJoinIndex>();

export function soundJoinIndex(lex: CompiledLexicon): SoundJoinIndex {
  let idx = indexes.get(lex);
  if (idx) return idx;
  const byDeletion = new Map<string, FuzzyTarget[]>();
  let minSound = Infinity;
  let maxSound = 0;
  const seenTargets = new Set<string>();
  const openings = new Set<string>();
  const bySyllables = new Map<string, FuzzyTarget[]>();
  const shapeOpenings = new Set<string>();
  const seenShapes = new Set<string>();
  const addShape = (t: FuzzyTarget) => {
    if (seenShapes.has(t.key)) return;
    seenShapes.add(t.key);
    const shape = syllableKey(t.key);
    if (shape.length < MIN_SYLLABLES) return;
    add(bySyllables, shape, t);
    for (let k = 1; k <= shape.length; k++) shapeOpenings.add(shape.slice(0, k));
  };
  const addTarget = (t: FuzzyTarget) => {
    // Beats alone never make a name listed by its hearings: only its words heard nearly as spelled do.
    if (!t.wordForWord) addShape(t);
    if (t.sound.length < MIN_SOUND || seenTargets.has(t.key)) return;
    seenTargets.add(t.key);
    minSound = Math.min(minSound, t.sound.length);
    maxSound = Math.max(maxSound, t.sound.length);
    add(byDeletion, t.sound, t);
    for (let k = 1; k <= t.sound.length; k++) openings.add(letterClass(t.key[0]) + ':' + t.sound.slice(0, k));
    if (t.sound.length >= NEAR_SOUND) for (const d of deletions(t.sound)) add(byDeletion, d, t);
  };
  for (const list of lex.bySound.values()) for (const t of list) if (joinable(lex, t)) addTarget(t);
  for (const name of lex.names) addShape({ term: name, key: normKey(name), sound: '' });
  // Names of several words ("Key Vault") are not sound-matched as one word, only joined.
  for (const name of lex.spacedNames) addTarget({ term: name, key: normKey(name), sound: joinedSound(name.toLowerCase().split(' ')) });
  // A catalogued name of several words is matched by no sound of its own, but heard word for
  // word, a letter off in one word ("cloud composter"), it is that name as surely as a fuzzy one.
  for (const name of lex.listedSpacedNames) addTarget({ term: name, key: normKey(name), sound: joinedSound(name.toLowerCase().split(' ')), wordForWord: true });
  const context = contextWords(lex);
  idx = { byDeletion, context, minSound, maxSound: maxSound + 1, openings, opens: new Map(), bySyllables, shapeOpenings, shapeStarts: new Map() };
  indexes.set(lex, idx);
  return idx;
}

/**
 * Only product names ("Kubernetes", "RabbitMQ") are joined: a lower-case or hyphenated
 * term ("rollback", "blue-green", "systemd") is ordinary words when said split, and so is
 * a name whose split spelling is listed as English ("red is" is not Redis).
 */
function joinable(lex: CompiledLexicon, t: FuzzyTarget): boolean {
  // A tool's lower-case name that is no English word ("kubelet") is a name too.
  if (!/^[A-Z][A-Za-z0-9]*$/.test(t.term) && !(/^[a-z][a-z0-9]*$/.test(t.term) && !isEnglishWord(t.term))) return false;
  return !(lex.exact.get(t.key) ?? []).some((r) => r.canonical && r.words === 1);
}

/** The words the lexicon's own guards trust as context, and the terms' own spellings. */
function contextWords(lex: CompiledLexicon): Set<string> {
  const out = new Set<string>();
  for (const [key, rules] of lex.exact) {
    for (const r of rules) {
      if (r.canonical && !r.minWords) out.add(key);
      for (const w of r.guard?.near ?? []) out.add(normKey(w));
      for (const w of r.guard?.after ?? []) out.add(normKey(w));
    }
  }
  for (const w of joinData.context) out.add(w);
  for (const w of joinData.notContext) out.delete(w);
  return out;
}


function add(m: Map<string, FuzzyTarget[]>, k: string, t: FuzzyTarget): void {
  const l = m.get(k);
  if (!l) m.set(k, [t]);
  else if (!l.includes(t)) l.push(t);
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < s.length; k++) out.push(s.slice(0, k) + s.slice(k + 1));
  return out;
}

/**
 * The sound of words said one after another: each word's key, a later word's leading
 * vowel mark dropped ("cube and" is KP+NT, not KP+ANT), repeated sounds merged.
 */
export function joinedSound(words: readonly string[]): string {
  let out = '';
  for (let w = 0; w < words.length; w++) {
    const k = phoneticKey(words[w]);
    for (let c = 0; c < k.length; c++) {
      const ch = k[c];
      if (w > 0 && c === 0 && ch === 'A') continue;
      if (out.length && out[out.length - 1] === ch) continue;
      out += ch;
    }
  }
  return out;
}

/** Letters that open a word with the same sound: c/k/q, g/j, s/z/x, f/v (vowels only themselves: "app search" is not OpenSearch). */
function letterClass(c: string): string {
  return LETTER_CLASS[c] ?? c;
}
const LETTER_CLASS: Record<string, string> = { c: 'k', q: 'k', g: 'j', z: 's', x: 's', v: 'f' };

/** Exactly one insertion, deletion or substitution apart. */
function oneEdit(a: string, b: string): boolean {
  return a !== b && Math.abs(a.length - b.length) <= 1 && editDistance(a, b, 1) === 1;
}

export interface JoinHit {
  term: string;
  /** 0 when the sounds are equal, 1 when one sound apart. */
  soundDist: number;
  letterDist: number;
  /** How many sounds the joined words hold. */
  sound: number;
  /** How many letters the term's spelling holds. */
  termLetters: number;
  /** Believed only heard word for word (a name listed by its hearings alone). */
  wordForWord?: boolean;
}

const cache = new WeakMap<SoundJoinIndex, Map<string, JoinHit | null>>();

/** Whether a join may start at this word: most words open no term's sound, and are passed over at once. */
export function opensTerm(idx: SoundJoinIndex, word: string): boolean {
  let known = idx.opens.get(word);
  if (known === undefined) {
    known = idx.openings.has(letterClass(word[0]) + ':' + phoneticKey(word));
    if (idx.opens.size < 50_000) idx.opens.set(word, known);
  }
  return known;
}

/** The lexicon term these joined words sound like, if one is close enough. */
export function termBySound(idx: SoundJoinIndex, words: readonly string[]): JoinHit | undefined {
  let letters = '';
  for (const w of words) letters += w;
  let memo = cache.get(idx);
  if (!memo) cache.set(idx, (memo = new Map()));
  const hit = memo.get(letters);
  if (hit !== undefined) return hit ?? undefined;
  const found = lookup(idx, words, letters);
  if (memo.size < 50_000) memo.set(letters, found ?? null);
  return found;
}

function lookup(idx: SoundJoinIndex, words: readonly string[], letters: string): JoinHit | undefined {
  const sound = joinedSound(words);
  if (sound.length < MIN_SOUND || sound.length < idx.minSound - 1 || sound.length > idx.maxSound) return undefined;
  const candidates = new Set<FuzzyTarget>();
  for (const t of idx.byDeletion.get(sound) ?? []) candidates.add(t);
  if (sound.length >= NEAR_SOUND - 1) for (const d of deletions(sound)) for (const t of idx.byDeletion.get(d) ?? []) candidates.add(t);
  let best: JoinHit | undefined;
  for (const t of candidates) {
    const soundDist = t.sound === sound ? 0 : oneEdit(sound, t.sound) && t.sound.length >= NEAR_SOUND ? 1 : -1;
    if (soundDist < 0) continue;
    // It starts as the term does: the first word's sound opens the term's ("cube" KP in
    // Kubernetes KPRNTS) and its first letter is the term's or sounds like it ("what" is not "Databricks").
    if (!t.sound.startsWith(phoneticKey(words[0])) || letterClass(words[0][0]) !== letterClass(t.key[0])) continue;
    // The term said whole and a word more ("Jenkins now") is no garble; "service bust" is.
    if (saidWhole(words, t.key)) continue;
    // Letter counts near the term's: a few words that merely share its consonants are not it.
    // Letters said as words ("em", "dee") lengthen a join: the slack is wide, not open.
    const slack = Math.max(3, Math.ceil(t.key.length * 0.6));
    if (Math.abs(letters.length - t.key.length) > slack) continue;
    const letterDist = editDistance(letters, t.key, t.key.length);
    if (letterDist > Math.ceil(t.key.length * LETTER_SHARE)) continue;
    if (!best || soundDist < best.soundDist || (soundDist === best.soundDist && letterDist < best.letterDist)) best = { term: t.term, soundDist, letterDist, sound: sound.length, termLetters: t.key.length, ...(t.wordForWord ? { wordForWord: true } : {}) };
  }
  return best;
}

/** Whether the first words, whole, spell `key`. */
function saidWhole(words: readonly string[], key: string): boolean {
  let letters = '';
  for (const w of words) {
    letters += w;
    if (letters.length >= key.length) return letters === key;
  }
  return false;
}

/**
 * The term several words sound like when their consonants and vowel beats are laid out
 * ("day to dog" and Datadog are both T-V-T-V-T-V-K): the sound key above merges a short
 * word's consonants across its vowels, and so misses names said as a run of short words.
 * Only the very same shape counts: one beat off, everyday phrases hit names at random.
 */
export function termBySyllables(idx: SoundJoinIndex, words: readonly string[]): JoinHit | undefined {
  const shape = joinedSyllables(words);
  if (shape.length < MIN_SYLLABLES) return undefined;
  let letters = '';
  for (const w of words) letters += w;
  let best: JoinHit | undefined;
  for (const t of idx.bySyllables.get(shape) ?? []) {
    if (letters.startsWith(t.key)) continue;
    const slack = Math.max(3, Math.ceil(t.key.length * 0.6));
    if (Math.abs(letters.length - t.key.length) > slack) continue;
    const letterDist = editDistance(letters, t.key, t.key.length);
    // Beats alone are shared by far more phrases than sounds are: spelled nothing like the name
    // ("goes in through" for Cassandra), the words are talk.
    if (letterDist > Math.ceil(t.key.length * LETTER_SHARE)) continue;
    if (!best || letterDist < best.letterDist) best = { term: t.term, soundDist: 0, letterDist, sound: shape.length, termLetters: t.key.length };
  }
  return best;
}

/** Whether a word's beats open some name's: most words' do not, and no join is tried from them. */
export function startsShape(idx: SoundJoinIndex, word: string): boolean {
  let known = idx.shapeStarts.get(word);
  if (known === undefined) {
    known = idx.shapeOpenings.has(syllableKey(word));
    if (idx.shapeStarts.size < 50_000) idx.shapeStarts.set(word, known);
  }
  return known;
}

/** Whether these beats open some name's. */
export function opensShape(idx: SoundJoinIndex, shape: string): boolean {
  return idx.shapeOpenings.has(shape);
}

/** Whether some name has exactly these beats. */
export function hasShape(idx: SoundJoinIndex, shape: string): boolean {
  return idx.bySyllables.has(shape);
}
