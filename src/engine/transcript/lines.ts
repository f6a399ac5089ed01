/** One line of the decoded text; `end` excludes the line break (`\n`, `\r\n` or `\r`). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines without copying offsets away from the original string. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const SPACE = /\s/;

/** Narrows [start, end) to its first and last non-space character; undefined when blank. */
export function trimRange(text: string, start: number, end: number): [number, number] | undefined {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return start < end ? [start, end] : undefined;
}

export function isBlank(s: string): boolean {
  return !/\S/.test(s);
}
