/**
 * Other ways a speech engine writes a listed garble of several words. The lexicon adds them as
 * hearings of the same term: endings spelled otherwise stand as listed; letters said by name
 * and little words heard as others are everyday words, believed only amid technical talk.
 */
import { isEnglishWord } from './english';
import { nameOfLetter } from './letter-names';

/**
 * A garble of several words with one word's closing "ee" sound spelled another way: speech
 * engines write it -y, -i, -ie or -ey at random ("hashi court" is heard "hashy court" too).
 * Only spellings no dictionary holds, so no English phrase becomes a name.
 */
export function otherEndings(variant: string): string[] {
  const words = variant.trim().split(/\s+/);
  if (words.length < 2) return [];
  const out: string[] = [];
  for (let w = 0; w < words.length; w++) {
    const ending = /(?:ie|ey|i|y)$/.exec(words[w])?.[0];
    if (!ending || words[w].length < 4 || isEnglishWord(words[w])) continue;
    const stem = words[w].slice(0, -ending.length);
    for (const other of EE_ENDINGS) {
      if (other === ending || isEnglishWord(stem + other)) continue;
      out.push([...words.slice(0, w), stem + other, ...words.slice(w + 1)].join(' '));
    }
  }
  return out;
}
const EE_ENDINGS = ['y', 'i', 'ie', 'ey'];

/**
 * A garble with letters in it, the letters said by their names: "ergo CD" and "rabbit m q" are
 * heard "ergo see dee" and "rabbit em queue" too. Only beside a word that is no letter, since
 * letters alone are read as an acronym already ("a", "i" and "o" are words as well).
 */
export function lettersNamed(variant: string): string | undefined {
  const words = variant.trim().split(/\s+/);
  const spelled = words.map((w) => (LETTER.test(w) ? [w] : ACRONYM.test(w) ? [...w.toLowerCase()] : undefined));
  if (!spelled.some((l) => l !== undefined) || words.every((w) => /^[a-z]$/.test(w) || ACRONYM.test(w))) return undefined;
  return words.map((w, k) => spelled[k]?.map((l) => nameOfLetter(l) ?? l).join(' ') ?? w).join(' ');
}

/**
 * A garble with an unstressed little word inside heard as another little word: "page or duty"
 * is also "page of duty", "cube or net ease" also "cube a net ease". Everyday words, so only
 * amid technical talk.
 */
export function otherLittleWords(variant: string): string[] {
  const words = variant.trim().split(/\s+/);
  const out: string[] = [];
  for (let w = 1; w < words.length - 1; w++) {
    if (!LITTLE_WORDS.includes(words[w])) continue;
    for (const other of LITTLE_WORDS) if (other !== words[w]) out.push([...words.slice(0, w), other, ...words.slice(w + 1)].join(' '));
  }
  return out;
}
const LITTLE_WORDS = ['a', 'or', 'of', 'her', 'the'];

const LETTER = /^[b-hj-np-z]$/;
const ACRONYM = /^[A-Z]{2,3}$/;
