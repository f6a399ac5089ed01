import data from './status-code-words.json';
import { applyFixes, type TermFix } from './repair';

/**
 * Spoken HTTP status codes ("five oh three", "four twenty nine", "five hundreds") written
 * as digits, but only where the words around them make a status code near-certain. A
 * number said anywhere else ("five hundred users", "at five oh three") stays as spoken:
 * the reader must be able to trust that we changed only what was misheard.
 */

interface Word {
  start: number;
  end: number;
  key: string;
}

/** How the number was said, which decides how much context it needs. */
type Form =
  /** "five oh three", "four zero four", "five x x": hardly ever anything but a code. */
  | 'spelled'
  /** "four twenty nine", "four fifteen": also how times are said. */
  | 'clock'
  /** "five hundred": far more often a count. */
  | 'hundred';

interface Spoken {
  /** Index of the last word of the number. */
  last: number;
  code: string;
  plural: boolean;
  form: Form;
}

const set = (l: readonly string[]) => new Set(l);
const CODES = new Set(data.codes.map(String));
const CLASSES = new Set(data.classes);
const STATUS_AFTER = set(data.statusAfter);
const PAGE_AFTER = set(data.pageAfter);
const STRONG_BEFORE = set(data.strongBefore);
const WEAK_BEFORE = set(data.weakBefore);
const SKIP_BEFORE = set(data.skipBefore);
const NEAR_WORDS = set(data.near);
const AFTER_A_HUNDRED = set(data.afterAHundred);
const BLOCK_BEFORE = set(data.blockBefore);
const APPROXIMATE_BEFORE = set(data.approximateBefore);
const BLOCK_AFTER = set(data.blockAfter);

const DIGIT = new Map([
  ['zero', 0], ['oh', 0], ['o', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);
const TEEN = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const MAGNITUDE = set(['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions']);
/** Words a number can continue with: "five hundred three", "two thousand". */
const CONTINUES = /^\d+$/;

/** Quick test: no class digit said, nothing to do (most sentences). */
const ANY = /\b(?:two|three|four|five)\b/i;
const NEAR = 5;
const LISTED_WITH = set(['and', 'or']);
const TOKEN = /[A-Za-z0-9]+(?:['\u2019.][A-Za-z0-9]+)*/g;

export function spokenStatusCodes(text: string): { text: string; fixes: TermFix[] } {
  if (!ANY.test(text)) return { text, fixes: [] };
  const words = tokenize(text);
  const found: { first: number; spoken: Spoken; ok: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const spoken = readCode(text, words, i);
    if (!spoken) continue;
    found.push({ first: i, spoken, ok: inStatusContext(text, words, i, spoken) });
    i = spoken.last;
  }
  // "five oh threes and five oh fours from the gateway": a code listed with a code is one.
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    if (a.ok === b.ok || b.first !== a.spoken.last + 2 || !LISTED_WITH.has(words[a.spoken.last + 1].key)) continue;
    const other = a.ok ? b : a;
    if (other.spoken.form !== 'hundred' || other.spoken.plural) other.ok = true;
  }
  const fixes: TermFix[] = [];
  for (const { first, spoken, ok } of found) {
    if (!ok) continue;
    const start = words[first].start;
    const end = words[spoken.last].end;
    fixes.push({ from: text.slice(start, end), to: spoken.code + (spoken.plural ? 's' : ''), start, end });
  }
  return { text: applyFixes(text, fixes), fixes };
}

function tokenize(text: string): Word[] {
  const out: Word[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase().replace(/\u2019/g, "'") });
  return out;
}

/** One number is only ever split by spaces or hyphens ("five-oh-three"). */
function joined(text: string, words: Word[], a: number, b: number): boolean {
  return b < words.length && /^[ \t\n-]+$/.test(text.slice(words[a].end, words[b].start));
}

/** Only whitespace between: the words belong to one phrase. */
function adjacent(text: string, words: Word[], a: number, b: number): boolean {
  return b >= 0 && b < words.length && /^\s+$/.test(text.slice(words[a].end, words[b].start));
}

/** "threes" -> ["three", true]; a plural only counts on the number's last word. */
function singular(key: string): [string, boolean] {
  if (DIGIT.has(key) || TEEN.has(key) || TENS.has(key) || key === 'hundred') return [key, false];
  for (const cut of [1, 2]) {
    const k = key.slice(0, -cut);
    if (key.endsWith('s') && (DIGIT.has(k) || TEEN.has(k) || k === 'hundred') && k !== 'o' && k !== 'oh') return [k, true];
  }
  return [key, false];
}

function isNumberWord(key: string): boolean {
  const [k] = singular(key);
  return (DIGIT.has(k) && k !== 'o' && k !== 'oh') || TEEN.has(k) || TENS.has(k) || MAGNITUDE.has(key) || CONTINUES.test(key);
}

/** Reads a spoken status code starting at word `i`, or nothing. */
function readCode(text: string, words: Word[], i: number): Spoken | undefined {
  const cls = DIGIT.get(words[i].key);
  if (cls === undefined || !CLASSES.has(cls) || !joined(text, words, i, i + 1)) return undefined;
  const [w1, plural1] = singular(words[i + 1].key);
  const nextIs = (j: number) => (joined(text, words, j, j + 1) ? singular(words[j + 1].key) : undefined);
  let spoken: Spoken | undefined;
  if (w1 === 'hundred') {
    spoken = { last: i + 1, code: String(cls * 100), plural: plural1, form: 'hundred' };
  } else if (w1 === 'xx' || (w1 === 'x' && nextIs(i + 1)?.[0] === 'x')) {
    spoken = { last: w1 === 'xx' ? i + 1 : i + 2, code: `${cls}xx`, plural: false, form: 'spelled' };
  } else if (!plural1 && DIGIT.has(w1)) {
    // "five oh three", "four two nine", "five zero zero"
    const w2 = nextIs(i + 1);
    const d2 = w2 && DIGIT.get(w2[0]);
    if (w2 && d2 !== undefined && (DIGIT.get(w1) === 0 || (w2[0] !== 'o' && w2[0] !== 'oh'))) {
      spoken = { last: i + 2, code: String(cls * 100 + DIGIT.get(w1)! * 10 + d2), plural: w2[1], form: 'spelled' };
    }
  } else if (TEEN.has(w1)) {
    spoken = { last: i + 1, code: String(cls * 100 + TEEN.get(w1)!), plural: plural1, form: 'clock' };
  } else if (!plural1 && TENS.has(w1)) {
    const w2 = nextIs(i + 1);
    const d2 = w2 && w2[0] !== 'o' && w2[0] !== 'oh' ? DIGIT.get(w2[0]) : undefined;
    spoken = d2
      ? { last: i + 2, code: String(cls * 100 + TENS.get(w1)! + d2), plural: w2![1], form: 'clock' }
      : { last: i + 1, code: String(cls * 100 + TENS.get(w1)!), plural: false, form: 'clock' };
  }
  if (!spoken || (!CODES.has(spoken.code) && !spoken.code.endsWith('xx'))) return undefined;
  // Part of a longer number: "twenty five hundred", "five hundred thousand", "five oh three four".
  if (i > 0 && joined(text, words, i - 1, i) && isNumberWord(words[i - 1].key)) return undefined;
  if (joined(text, words, spoken.last, spoken.last + 1) && isNumberWord(words[spoken.last + 1].key)) return undefined;
  return spoken;
}

function inStatusContext(text: string, words: Word[], i: number, s: Spoken): boolean {
  const prev = i > 0 ? words[i - 1].key : '';
  const nextAt = s.last + 1;
  const next = nextAt < words.length ? words[nextAt].key : '';
  // Times, versions, rooms, ports: "at five oh three", "version four oh one", "five oh three pm".
  if (BLOCK_BEFORE.has(prev) || BLOCK_AFTER.has(next)) return false;
  if (s.form === 'hundred' && next === 'and') return false;
  // A range: "from four fifteen to five".
  if ((next === 'to' || next === 'till') && nextAt + 1 < words.length && isNumberWord(words[nextAt + 1].key)) return false;
  const nextAdjacent = adjacent(text, words, s.last, nextAt);
  // "five oh three errors", "a four oh four page", "five hundred errors"
  if (nextAdjacent && (STATUS_AFTER.has(next) || (s.form !== 'hundred' && PAGE_AFTER.has(next)))) return true;
  const countable = s.form === 'hundred' && !s.plural;
  if (countable && APPROXIMATE_BEFORE.has(prev)) return false;
  const cue = cueBefore(text, words, i);
  if (cue && STRONG_BEFORE.has(cue)) {
    // "returns a five hundred" is a code; "returns five hundred rows" is a count.
    return !countable || endsClause(text, words, s.last) || AFTER_A_HUNDRED.has(next);
  }
  if (countable) return false;
  if (cue && WEAK_BEFORE.has(cue)) return true;
  // Said like a time ("four fifteen"), it needs its cue right beside it.
  if (s.form === 'clock' && !s.plural) return false;
  for (let k = Math.max(0, i - NEAR); k < Math.min(words.length, s.last + 1 + NEAR); k++) {
    if ((k < i || k > s.last) && NEAR_WORDS.has(words[k].key)) return true;
  }
  return false;
}

/** The word before the number, looking past "a", "the", "lots of": "returns a", "getting lots of". */
function cueBefore(text: string, words: Word[], i: number): string | undefined {
  let k = i - 1;
  for (let skipped = 0; k >= 0 && adjacent(text, words, k, k + 1); k--, skipped++) {
    if (!SKIP_BEFORE.has(words[k].key) || skipped >= 3) return words[k].key;
  }
  return undefined;
}

/** Nothing after the number in this clause: "it returns a five hundred." */
function endsClause(text: string, words: Word[], last: number): boolean {
  return last + 1 >= words.length || /^\s*[,.;:!?)]/.test(text.slice(words[last].end));
}
