import { SOUND_RULES } from './phonetic';

// The sound key's spellings, and two more a run of short words needs: "chris" opens with
// k, and a hard g is k as d is t.
const RULES: [RegExp, string][] = [[/^chr/, 'kr'], ...SOUND_RULES, [/g/g, 'k']];

const cache = new Map<string, string>();

/**
 * A word's sound as consonants and vowel beats ("datadog" is T-V-T-V-T-V-K). The sound key
 * in ./phonetic drops vowels and so merges "data" into one T: fine for one odd word, too
 * coarse to tell "day to dog" from "did", since several short words are mostly vowels.
 * Voiced and voiceless pairs are one sound (d/t, b/p, g/k, v/f, z/s): speech engines swap them.
 */
export function syllableKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  const long = w.length > 3;
  for (const [re, to] of RULES) w = w.replace(re, to);
  // A silent final e ("page", "node") adds no beat.
  if (long && /[^aeiouy]e$/.test(w)) w = w.slice(0, -1);
  // A word's opening w, y or h is a consonant ("websocket" does not start as "a").
  const lead = /^(wh|[why])(?=[aeiou])/.exec(w)?.[0] ?? '';
  if (lead) w = w.slice(lead.length);
  const key = (lead ? lead[0].toUpperCase() : '') + w
    .replace(/[aeiouy]+/g, 'V')
    .replace(/[hw]/g, '')
    .replace(/([^V])\1+/g, '$1')
    .replace(/V+/g, 'V')
    .toUpperCase();
  if (cache.size < 50_000) cache.set(word, key);
  return key;
}

/** Words said one after another: a sound shared at the seam is heard once ("cash and dra"). */
export function joinedSyllables(words: readonly string[]): string {
  let out = '';
  for (const w of words) out = thenSyllables(out, syllableKey(w));
  return out;
}

/** One shape said after another, the sound at the seam heard once. */
export function thenSyllables(before: string, after: string): string {
  return before && after && before[before.length - 1] === after[0] ? before + after.slice(1) : before + after;
}
