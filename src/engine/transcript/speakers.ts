/**
 * Speaker labels. Files mark speakers in several ways (`Name:` prefixes, header lines,
 * voice tags); a label is only believed when it looks like a name and, where the text
 * could be an ordinary sentence ("Note: ..."), when it recurs in the file.
 */

/** First words of `X: ...` prefixes that are labels of content, not people. */
const NOT_SPEAKERS = new Set(
  (
    'note step steps warning example examples update reminder tip question answer action actions todo rule ' +
    'problem fix cause symptom result summary agenda topic item items link links url owner owners status ' +
    'trigger approver date time window risk impact environment environments system because so and but ' +
    'then now next first second third also here there this that the a an it we you they i http https ps ' +
    // What captions put in brackets besides names.
    'music laughter laughs laughing applause inaudible crosstalk silence noise foreign indistinct unintelligible ' +
    'background pause sighs coughs'
  ).split(' '),
);

const NAME_WORD = /^(?:[A-Z\u00C0-\u024F][\p{L}'\u2019.-]*|[a-z]{1,3}|\d{1,3}|\([^)]{1,30}\))$/u;

/** "Jane Doe", "Speaker 1", "Dr. A. Kumar", "Li (Guest)", "jane.doe" ... up to 5 words. */
const verdicts = new Map<string, boolean>();

export function looksLikeName(label: string): boolean {
  let v = verdicts.get(label);
  if (v === undefined) {
    v = judgeName(label);
    if (verdicts.size < 10_000) verdicts.set(label, v);
  }
  return v;
}

function judgeName(label: string): boolean {
  const s = label.trim();
  if (s.length < 1 || s.length > 48) return false;
  if (/[?!;,"\u201C\u201D]|\s{2,}|https?:/.test(s)) return false;
  if (/[.:]$/.test(s) && !/\b[A-Z]\.$/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 5) return false;
  if (NOT_SPEAKERS.has(words[0].toLowerCase().replace(/[^a-z]/g, ''))) return false;
  if (/^[\p{L}0-9._-]+@[\p{L}0-9.-]+$/u.test(s)) return true;
  if (words.length === 1 && /^[\p{L}][\p{L}0-9._'\u2019-]*$/u.test(s)) return true;
  return words.every((w) => NAME_WORD.test(w)) && /^[\p{Lu}\p{Lt}]/u.test(s);
}

/**
 * `Name: text` or `[Name] text` at the start of a line, also after a caption's dialogue mark
 * (`- Name: text`, `>> Name: text`); returns the label and where the words begin.
 */
const PREFIX = /^(?:-|>>)?[ \t]*(?:\[([^\]\n]{1,48})\][ \t]*:?|([^:\n<>[\]]{1,48}?):)[ \t]+(?=\S)/;

export function speakerPrefix(line: string): { name: string; length: number } | undefined {
  const m = PREFIX.exec(line);
  const label = m?.[1] ?? m?.[2];
  if (!m || !label || /^\d+$/.test(label.trim())) return undefined;
  return looksLikeName(label) ? { name: label.trim(), length: m[0].length } : undefined;
}

/** Names used as a prefix at least `min` times: a one-off "Jenkins: ..." is not a speaker. */
export function recurringNames(names: (string | undefined)[], min = 2): Set<string> {
  const count = new Map<string, number>();
  for (const n of names) if (n) count.set(n, (count.get(n) ?? 0) + 1);
  const out = new Set<string>();
  for (const [n, c] of count) if (c >= min) out.add(n);
  return out;
}
