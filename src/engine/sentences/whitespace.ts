/**
 * Whitespace as JavaScript's `\s` defines it, scanned by code unit: counting and
 * collapsing runs this way gives what the regexes gave, without a match object or a
 * new string per word on a 10-hour transcript.
 */

/** JavaScript's `\s`: WhiteSpace and LineTerminator code units. */
export function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** How many `\S+` runs s[from, to) holds. */
export function countWordRuns(s: string, from = 0, to = s.length): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isWhitespace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when it has nothing to collapse. */
export function collapseWhitespace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && isWhitespace(s.charCodeAt(i + 1)) : isWhitespace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}
