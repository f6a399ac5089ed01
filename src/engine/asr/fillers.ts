/**
 * Speech debris that carries no content: hesitation sounds, "you know" / "like" used as
 * fillers, stuttered words and abandoned word starts ("we- we"). Real uses of "like"
 * ("teams like finance") and "you know" ("if you know the password") stay.
 */
import { isWhitespace } from '../sentences/whitespace';

const RULES: [RegExp, string][] = [
  [/(^|[\s,;])(?:u+m+|u+h+m*|e+r+m+|hmm+|mhm|mm+|a+h+)(?=[\s,.;!?]|$)[,]?/gi, '$1'],
  [/(^|[,.;!?]\s*)you know,\s*/gi, '$1'],
  [/,\s*you know(?=\s*[,.;!?]|$)/gi, ''],
  [/(^|[.;!?]\s*)(?:like|i mean|so yeah|yeah so),\s*/gi, '$1'],
  [/,\s*like,/gi, ','],
  [/,\s*i mean,/gi, ','],
];

// "five zero zero" and "five oh oh" are a status code, not a stutter; "es es aitch" is SSH spelled;
// "twenty twenty one" is a year, "four four three" a port and "eleven eleven" a sale day, said digit by digit.
const ALLOWED_DOUBLES = new Set(['that', 'had', 'is', 'do', 'very', 'bye', 'no', 'yes', 'ha', 'so', 'zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'zed', 'es', 'ess', 'dee', 'em', 'el', 'ell', 'ar', 'ef', 'eff', 'aitch', 'cee', 'vee', 'zee', 'kay', 'jay', 'pee', 'tee', 'gee', 'bee']);
/** Abandoned word start: "deplo- deploy", "we- we" (not "pre- and post-deployment"). */
const FRAGMENT = /(^|\s)([\p{L}']+)-\s+(?=([\p{L}']+))/gu;
// Two letters or more ("f f m peg" is spelled, not stuttered), and "I I".
const STUTTER = /\b([\p{L}'][\p{L}']+|I)(?:[\s,]+\1\b)+/giu;

/** Cheap test for whether any rule can apply; most sentences have nothing to drop. */
const ANY = /\b(?:u+m+|u+h+m*|e+r+m+|hmm+|mhm|mm+|a+h+|you know|like|i mean|so yeah|yeah so)\b|[^\s-]-\s/i;

/**
 * Whether a word follows itself, words being what splitting the lowercased text on
 * /[\s,]+/ gives; scanned in place, since almost every sentence has no repeat.
 */
function hasRepeat(text: string): boolean {
  const lower = text.toLowerCase();
  const n = lower.length;
  let prevStart = -1;
  let prevLen = -1;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < n && !isSeparator(lower.charCodeAt(j))) j++;
    const len = j - i;
    if (len > 0 && len === prevLen && sameRun(lower, prevStart, i, len)) return true;
    prevStart = i;
    prevLen = len;
    if (j >= n) return false;
    while (j < n && isSeparator(lower.charCodeAt(j))) j++;
    i = j;
  }
}

const isSeparator = (c: number): boolean => c === 44 || isWhitespace(c);

function sameRun(s: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

export function dropFillers(text: string): string {
  const fillers = ANY.test(text);
  const repeats = hasRepeat(text);
  if (!fillers && !repeats) return tidy(text, text);
  let t = text;
  if (fillers) for (const [re, to] of RULES) t = t.replace(re, to);
  t = t.replace(FRAGMENT, (all, lead: string, frag: string, next: string) =>
    next.toLowerCase().startsWith(frag.toLowerCase()) ? lead : all,
  );
  if (repeats) t = t.replace(STUTTER, (all, w: string) => (ALLOWED_DOUBLES.has(w.toLowerCase()) ? all : w));
  return tidy(t, text);
}

/** Fixes spacing and punctuation left behind by removals. */
const UNTIDY = /\s\s|\s[,.;:!?]|^[\s,;:.]|[,;:]\s*[,;:]|,\s*[.!?]$|\s$|\n|\t/;

function tidy(t: string, original: string): string {
  if (!UNTIDY.test(t)) return t;
  let s = t
    .replace(/\s+/g, ' ')
    // A mark that opens a word (".NET", ".env") is part of it, not punctuation left behind.
    .replace(/\s+([,.;:!?])(?![A-Za-z0-9])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^(?:[\s,;:]|\.(?![A-Za-z0-9]))+/, '')
    .replace(/,\s*([.!?])$/, '$1')
    .trim();
  if (/^[A-Z]/.test(original.trimStart()) && /^[a-z]/.test(s)) s = s[0].toUpperCase() + s.slice(1);
  return s;
}
