/**
 * Announcements: "Now, the danger zones", "Next is, hand-work completion", "Devons are
 * well-checked". Matched fuzzily against each section's title, aliases and the
 * lexicon's paraphrases, on words first and then on spelling and sound, because ASR
 * garbles the very titles people read out.
 */
import type { TemplateSection } from '../template/schema';
import { ANNOUNCE_CUES, SECTION_LEXICON } from './lexicon';
import { containment, normalize, skeleton, spellNumbers, stem, words } from './text';

interface Phrase {
  stems: string[];
  letters: string;
  sound: string;
  letterPairs: number[];
  soundPairs: number[];
}

/** Two adjacent characters as one number: pairs are compared by the million per call. */
const pairCode = (s: string, i: number): number => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

const pairs = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(pairCode(s, i));
  return out;
};

/**
 * Cheap filter before the alignment: a needle within 25% edits of some substring keeps
 * well over 40% of its letter pairs, so fewer shared pairs cannot reach the thresholds.
 */
function pairIndex(needles: number[][]): Map<number, Array<[number, number]>> {
  const index = new Map<number, Array<[number, number]>>();
  needles.forEach((ps, id) => {
    const counts = new Map<number, number>();
    for (const p of ps) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const [p, c] of counts) {
      const list = index.get(p) ?? [];
      list.push([id, c]);
      index.set(p, list);
    }
  });
  return index;
}

const seenPairs = new Set<number>();

/**
 * How many of each needle's pairs occur in the hay (each distinct pair once), for all
 * needles at once; `reached` gets the needles whose count reaches their `min`.
 */
function pairHits(index: Map<number, Array<[number, number]>>, hay: string, hits: Int32Array, min: Float64Array, reached: number[]): void {
  hits.fill(0);
  seenPairs.clear();
  for (let i = 0; i + 1 < hay.length; i++) {
    const p = pairCode(hay, i);
    if (seenPairs.has(p)) continue;
    seenPairs.add(p);
    const list = index.get(p);
    if (!list) continue;
    for (const [id, c] of list) {
      const before = hits[id];
      hits[id] = before + c;
      if (before < min[id] && before + c >= min[id]) reached.push(id);
    }
  }
}

/** Whether every stem of a phrase is among the sentence's opening stems. */
function allPresent(stems: string[], head: Set<string>): boolean {
  for (const w of stems) if (!head.has(w)) return false;
  return true;
}

/** Openings that almost always introduce a new topic. */
const STRONG_CUE = /^(now|next|moving|coming|on to|onto|over to|back to|going back to|part|section|let s talk|let s move|let s go|let us talk|let us move|then the|and now|so now|so next|okay now|ok now|alright now)\b/;

/**
 * A short sentence that opens with someone doing something ("we run it ourselves on the
 * cluster") is talk, not a title heard wrong, however its sounds line up with one.
 */
const SAYS_WHAT_SOMEONE_DOES = /^(so |and |but )?(we|i|you|they|he|she) (?!(re|ll|will|are|have|ve|have to|need to|should) (talk|move|go|look|cover|do|start)\b)[a-z]+ (it|them|that|this|the|a|our|my|your|on|in|at|to|with)\b/;

/** A multi-word title is more telling than one shared word. */
const phraseWeight = (p: Phrase): number => Math.min(1, 0.5 + 0.125 * p.stems.length);

const STOP = new Set(['the', 'and', 'of', 'a', 'an', 'to', 'on', 'your', 'our', 'we', 'is', 'are', 'for', 'in', 'about', 'it']);
const SLAB = 512;

export interface AnnouncementMatcher {
  /** Strength in 0..1 per section index; all zeros when the sentence announces nothing. */
  match(text: string): Float64Array;
  /** Same, for text already passed through `normalize()`. */
  matchNormalized(norm: string): Float64Array;
  /**
   * A matcher over the same compiled titles that remembers sentences for one call only:
   * a transcript's words are not kept in memory after its extraction, and one call's
   * results do not speed up the next.
   */
  forCall(): AnnouncementMatcher;
}

export function buildAnnouncementMatcher(sections: TemplateSection[]): AnnouncementMatcher {
  const phrases: Phrase[][] = sections.map((s) => {
    const all = new Set([s.title, ...s.aliases, ...(SECTION_LEXICON[s.id]?.announce ?? [])].map((p) => normalize(p)));
    return [...all].filter(Boolean).map((p) => {
      const ws = spellNumbers(words(p));
      const letters = ws.filter((w) => !STOP.has(w)).join('');
      const sound = skeleton(ws.filter((w) => !STOP.has(w)).join(' '));
      return {
        stems: ws.filter((w) => !STOP.has(w)).map(stem),
        letters,
        sound,
        letterPairs: pairs(letters),
        soundPairs: pairs(sound),
      };
    });
  });
  const flat = phrases.flat();
  const letterIndex = pairIndex(flat.map((p) => p.letterPairs));
  const soundIndex = pairIndex(flat.map((p) => p.soundPairs));
  const letterHits = new Int32Array(flat.length);
  const soundHits = new Int32Array(flat.length);
  // Shared pairs a phrase needs before its alignment is worth computing (see pairIndex).
  const letterMin = Float64Array.from(flat, (p) => (p.letters.length >= 6 ? 0.4 * p.letterPairs.length : Infinity));
  const soundMin = Float64Array.from(flat, (p) => (p.sound.length >= 8 ? 0.4 * p.soundPairs.length : Infinity));
  const sectionOf = phrases.flatMap((list, si) => list.map(() => si));
  // Only phrases that share the sentence's words or enough of its letter or sound pairs can
  // score: those are scored, not every phrase of every section.
  const visited = new Uint32Array(flat.length);
  let visit = 0;
  const byFirstStem = new Map<string, number[]>();
  flat.forEach((p, pid) => {
    if (p.stems.length === 0) return;
    const list = byFirstStem.get(p.stems[0]);
    if (list) list.push(pid);
    else byFirstStem.set(p.stems[0], [pid]);
  });
  return matcherWithCache();

  function matcherWithCache(): AnnouncementMatcher {
    const cache = new Map<string, Float64Array>();
    // Results are views into shared buffers: one allocation per SLAB sentences, not one each.
    let slab = new Float64Array(0);
    let used = 0;
    const row = (): Float64Array => {
      if (used + sections.length > slab.length) {
        slab = new Float64Array(SLAB * sections.length);
        used = 0;
      }
      used += sections.length;
      return slab.subarray(used - sections.length, used);
    };
    const matcher: AnnouncementMatcher = {
      match: (text: string) => matcher.matchNormalized(normalize(text)),
      forCall: matcherWithCache,
      matchNormalized(norm: string): Float64Array {
        const ws = spellNumbers(norm ? norm.split(' ') : []);
        const key = ws.slice(0, 12).join(' ');
        const hit = cache.get(key);
        if (hit) return hit;
        // Announcements are short or open with a cue ("now", "next is", "let's talk about").
        const short = ws.length <= 8;
        const cued = ANNOUNCE_CUES.test(norm);
        const head = ws.slice(0, short ? 8 : 10);
        // Sound-alike matching is costly and loose, so only where an announcement is likely.
        const fuzzyHead = short && !SAYS_WHAT_SOMEONE_DOES.test(key) ? ws : STRONG_CUE.test(key) ? ws.slice(0, 7) : [];
        const headStems = new Set(head.map(stem));
        const letters = fuzzyHead.filter((w) => !STOP.has(w)).join('');
        // A garbled title can hear a small word inside it: "sign of" is "sign off".
        const lettersAll = fuzzyHead.join('');
        const letterHay = lettersAll === letters ? letters : `${letters} ${lettersAll}`;
        const sound = fuzzyHead.length > 0 ? skeleton(fuzzyHead.join(' ')) : '';
        const candidates: number[] = [];
        for (const st of headStems) for (const pid of byFirstStem.get(st) ?? []) candidates.push(pid);
        if (fuzzyHead.length > 0) {
          pairHits(letterIndex, letterHay, letterHits, letterMin, candidates);
          pairHits(soundIndex, sound, soundHits, soundMin, candidates);
        }
        const out = row();
        visit++;
        for (const pid of candidates) {
          if (visited[pid] === visit) continue;
          visited[pid] = visit;
          const p = flat[pid];
          if (p.stems.length === 0) continue;
          let score = 0;
          if (allPresent(p.stems, headStems)) score = short || cued ? 1 : p.stems.length > 1 ? 0.6 : 0;
          if (score < 1 && fuzzyHead.length > 0) {
            if (letterHits[pid] >= letterMin[pid]) {
              const c = lettersAll === letters ? containment(p.letters, letters) : Math.max(containment(p.letters, letters), containment(p.letters, lettersAll));
              if (c >= 0.8) score = Math.max(score, c);
            }
            if (soundHits[pid] >= soundMin[pid]) {
              const c = containment(p.sound, sound);
              if (c >= 0.75) score = Math.max(score, c * 0.95);
            }
          }
          const si = sectionOf[pid];
          out[si] = Math.max(out[si], score * phraseWeight(p));
        }
        if (cache.size < 5000) cache.set(key, out);
        return out;
      },
    };
    return matcher;
  }
}
