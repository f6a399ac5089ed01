import { normKey } from './lexicon';

/** A word of the text, with its offsets and its key (lower-case letters and digits). */
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019./-][\p{L}\p{N}]+)*/gu;
/** Only spaces, line breaks or hyphens between two words: they may be one term. */
export function joinedBySpace(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 45) return false;
  }
  return b > a;
}
/** How many words either side count as a word's context. */
export const NEAR = 6;
export const FUNCTION_WORDS = new Set(
  'a an the to of in on at for and or but is are was were be been it its this that these those we you i he she they my our your their with as by from not no so if then than'.split(' '),
);

export function tokenize(text: string): Token[] {
  if (!NON_ASCII.test(text)) return tokenizeAscii(text);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: normKey(m[0]) });
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * `TOKEN` by hand for plain-ASCII text (most transcripts), where \p{L}\p{N} are [A-Za-z0-9]
 * and the joiners are ' . / -: the same tokens without the cost of a Unicode regex.
 */
function tokenizeAscii(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 46 || c === 47 || c === 45) && isAsciiAlnum(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const t = text.slice(start, i);
    out.push({ start, end: i, text: t, key: normKey(t) });
  }
  return out;
}

/** A word of letters only. */
export const LETTERS = /^[a-z]+$/;

/** A word written as a name is: a capital, then small letters ("Priya", "Derek"). */
export const CAPITALISED = /^[A-Z][a-z\u00C0-\u024F]+$/;
/** A contraction as written ("he'll", "they're", "can't"): the words said whole, never a term's syllables. */
export const CONTRACTED = /['\u2019](ll|d|re|ve|m|t)$/i;

/** A word of two letters or more written in capitals ("ID", "RADIUS"): an abbreviation as written. */
export function inCapitals(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}
