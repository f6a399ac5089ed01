/**
 * A small metaphone-style sound key: words that sound alike ("QBritis", "Kubernetes")
 * get keys a letter or two apart. Kept in-house because the maintained npm phonetic
 * packages are ESM-only and do not load from this CommonJS package.
 */
/**
 * Spellings to sounds, in order ("ph" is f, "c" before e/i/y is s, voiced consonants as their
 * voiceless pair). "th" is a plain t: many speakers say it so, and speech engines hear it so
 * ("pro mee tus" for Prometheus).
 */
export const SOUND_RULES: [RegExp, string][] = [
  [/^(kn|gn|pn)/, 'n'],
  [/^wr/, 'r'],
  [/^ps/, 's'],
  [/^x/, 's'],
  [/^wh/, 'w'],
  [/x/g, 'ks'],
  [/(t|s)ion/g, 'Xn'],
  [/cion/g, 'sn'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/sch/g, 'sk'],
  [/tch/g, 'X'],
  [/(ch|sh)/g, 'X'],
  [/th/g, 't'],
  [/c(?=[iey])/g, 's'],
  [/[cq]/g, 'k'],
  [/dg(?=[iey])/g, 'j'],
  [/g(?=[iey])/g, 'j'],
  [/gh(?![aeiou])/g, ''],
  // The z of "azure" is the sound of "sh" voiced: speech engines write "Asher" and "ash your".
  [/z(?=ur)/g, 'X'],
  [/z/g, 's'],
  [/v/g, 'f'],
  [/d/g, 't'],
  [/b/g, 'p'],
];

const cache = new Map<string, string>();

export function phoneticKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return '';
  for (const [re, to] of SOUND_RULES) w = w.replace(re, to);
  const first = /^[aeiouy]/.test(w) ? 'A' : '';
  const body = w.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
  const key = (first + body).toUpperCase();
  if (cache.size < 50_000) cache.set(word, key);
  return key;
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as it cannot be within `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
