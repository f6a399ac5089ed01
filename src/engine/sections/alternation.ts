/**
 * Faster `test` for the big cue alternations. V8 tries every alternative at every
 * position of a sentence; when most alternatives open with `\b`, hoisting that one `\b`
 * in front of them all rules out the positions inside words once instead of once per
 * alternative. Only whether a pattern matches is kept, not which alternative matches or
 * where, so the result is for `test` alone.
 */

/** The top-level alternatives of a pattern source (outside groups and character classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * A pattern that matches somewhere exactly when one of `patterns` does. Joining sources
 * is only sound without flags, backreferences or named groups, so such patterns are
 * refused (a single pattern with flags is returned as it is).
 */
export function anyOfPatterns(patterns: Array<RegExp | undefined>): RegExp {
  const given = patterns.filter((r): r is RegExp => r !== undefined);
  if (given.length === 1 && given[0].flags) return given[0];
  if (given.some((r) => r.flags || /\\[1-9k]|\(\?</.test(r.source.replace(/\(\?<[=!]/g, '')))) {
    throw new Error('anyOfPatterns: only patterns without flags, backreferences or named groups');
  }
  const atWord: string[] = [];
  const rest: string[] = [];
  for (const alt of given.flatMap((r) => alternatives(r.source))) {
    if (alt.startsWith('\\b') && !/^\\b[*+?{]/.test(alt)) atWord.push(alt.slice(2));
    else rest.push(alt);
  }
  const parts = atWord.length ? [`\\b${factored(atWord)}`, ...rest] : rest;
  return new RegExp(parts.map((x) => `(?:${x})`).join('|'));
}

/**
 * The length of the plain character `alt` opens with (a letter, digit, space or one
 * escaped punctuation mark, not under a quantifier), or 0 when it opens with anything else.
 */
function literalHead(alt: string): number {
  const len = /^[a-z0-9 ]/.test(alt) ? 1 : /^\\[^a-zA-Z0-9]/.test(alt) ? 2 : 0;
  return len && !/^[?*+{]/.test(alt.slice(len)) ? len : 0;
}

/**
 * Alternatives that open with the same plain character share it: `a(?:pprov\w+|sk\b)|call\b`
 * instead of `approv\w+|ask\b|call\b`. V8 tries every alternative at every word start, so
 * one character test now rules out a whole group. Whether some alternative matches at a
 * position is unchanged, which is all `test` asks.
 */
function factored(alts: string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alt of alts) {
    const n = literalHead(alt);
    if (n === 0) {
      rest.push(alt);
      continue;
    }
    const head = alt.slice(0, n);
    const list = groups.get(head);
    if (list) list.push(alt.slice(n));
    else groups.set(head, [alt.slice(n)]);
  }
  const out: string[] = [];
  for (const [head, tails] of groups) out.push(tails.length === 1 ? head + tails[0] : head + factored(tails));
  return `(?:${[...out, ...rest].join('|')})`;
}
