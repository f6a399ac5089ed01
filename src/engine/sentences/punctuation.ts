/**
 * Sentence ends marked by punctuation: `.`, `?`, `!`, `…` followed by a space or the end,
 * except after abbreviations and initials ("e.g. the", "Dr. Rao", "J. Smith").
 */
// Also "service.It runs": mammoth drops Word line breaks between sentences.
const END = /[.?!\u2026]+["'\u201D\u2019)\]]*(?=\s|$|[A-Z][a-z])/g;
const ABBREV = new Set(
  'e.g i.e etc vs mr mrs ms dr prof sr jr st approx no dept inc ltd co fig eg ie cf al min max est'.split(' '),
);

/** Offsets (exclusive) inside `text` where a punctuated sentence ends. */
export function punctuationEnds(text: string): number[] {
  const ends: number[] = [];
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    ends.push(end);
  }
  return ends;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  const next = /\s*(\S)/.exec(text.slice(dot + 1, dot + 40))?.[1];
  const lowerNext = next !== undefined && /[a-z0-9]/.test(next);
  if (word === 'no') return next !== undefined && /[0-9]/.test(next);
  if (ABBREV.has(word)) return word === 'etc' ? lowerNext : true;
  // A single capital initial: "J. Smith".
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]) && next !== undefined && /[A-Z]/.test(next)) return true;
  return false;
}
