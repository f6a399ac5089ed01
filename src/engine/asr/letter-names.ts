/**
 * Letters said by their names, as speech engines write them: "gee see pee" (GCP),
 * "dee bee tee" (dbt), "es es aitch" (SSH), "a double u s" (AWS). Only the letter names
 * themselves are listed; whether the letters spell a term is the lexicon's business.
 */
const NAME_LIST: Record<string, string> = {
  a: 'a', ay: 'a',
  b: 'b', bee: 'b',
  c: 'c', see: 'c', sea: 'c', cee: 'c',
  d: 'd', dee: 'd',
  e: 'e', ee: 'e',
  f: 'f', ef: 'f', eff: 'f',
  g: 'g', gee: 'g', jee: 'g',
  h: 'h', aitch: 'h', haitch: 'h',
  i: 'i', eye: 'i',
  j: 'j', jay: 'j',
  k: 'k', kay: 'k',
  l: 'l', el: 'l', ell: 'l',
  m: 'm', em: 'm',
  n: 'n', en: 'n',
  o: 'o', oh: 'o',
  p: 'p', pee: 'p', pea: 'p',
  q: 'q', queue: 'q', cue: 'q', kyu: 'q',
  r: 'r', ar: 'r', are: 'r', our: 'r',
  s: 's', es: 's', ess: 's',
  t: 't', tee: 't', tea: 't',
  u: 'u', you: 'u',
  v: 'v', vee: 'v',
  x: 'x', ex: 'x',
  y: 'y', why: 'y',
  z: 'z', zee: 'z', zed: 'z',
};

// A Map: this is asked for nearly every word of a call.
const NAMES = new Map(Object.entries(NAME_LIST));

/** Each letter's name as a speech engine most often writes it ("c" is "see"). */
const NAME_OF = new Map<string, string>();
for (const [name, letter] of NAMES) if (name !== letter && !NAME_OF.has(letter)) NAME_OF.set(letter, name);

/** How a letter said by its name is written: "see" for "c". */
export function nameOfLetter(letter: string): string | undefined {
  return NAME_OF.get(letter);
}

/** The letter a word names, if it names one. */
export function letterNamed(word: string): string | undefined {
  return word.length > 5 ? undefined : NAMES.get(word);
}

/** "double u" / "double you" is one letter said in two words. */
export function isDoubleU(first: string, second: string | undefined): boolean {
  return first === 'double' && (second === 'u' || second === 'you');
}
