import type { SpeechSegment } from '../model';
import { toClock } from './clock';
import { pushSegment } from './cues';
import { isBlank, splitLines, type Line } from './lines';
import { looksLikeName, recurringNames, speakerPrefix } from './speakers';

/**
 * Transcripts that are text with speaker/time markers but no cue timings:
 * Otter and Teams .docx (`Name  0:03` header, then the turn), `[00:15] Name: text`
 * lines, `Name: text` lines, and plain paragraphs.
 */

const STAMP = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
/**
 * `Jane Doe  0:03`, `Speaker 1   1:02:03` or `[Jane Doe] 10:01:02`: a name (in brackets or not),
 * a gap, a clock, nothing else.
 */
const HEADER = new RegExp(String.raw`^\s*(?:\[(?<bracketed>[^\]\n]+)\]|(?<name>\S.*?))(?:\s{2,}|\t|\s+(?=\d))(?<clock>${STAMP})\s*$`);
/** `[00:15] Jane: text`, `(00:15) Jane: text`, `00:15 Jane: text`, `Jane [00:15]: text`. */
const STAMPED = new RegExp(
  String.raw`^\s*(?:[[(]\s*(${STAMP})\s*[\])]|(${STAMP}))\s*(?:[-\u2013\u2014|]\s*)?(?:([^:\n]{1,48}?)\s*:[ \t]*)?(?=\S)|^\s*([^:\n[\]()]{1,48}?)\s*[[(]\s*(${STAMP})\s*[\])]\s*:?[ \t]*(?=\S)`,
);

/**
 * A line that is only a clock: Google Meet puts one before each block of `Name: text` lines.
 * It times the turns after it and is not speech.
 */
const CLOCK_LINE = new RegExp(String.raw`^\s*[[(]?(${STAMP})[\])]?\s*$`);

const DETECT_LINES = 3000;

export type TextStyle = 'header' | 'stamped' | 'prefix' | 'plain';

/** The same header with the turn glued on, as mammoth gives a paragraph with line breaks. */
const GLUED_HEADER = new RegExp(String.raw`^\s*(?<name>\S.*?)(?:\s{2,}|\t)(?<clock>${STAMP})(?=[^\d\s:.,])`);

/** Cheap pre-check: a header has a clock, so a digit, a colon and a digit. */
const HAS_CLOCK = /\d:\d/;

export function headerOf(line: string): { name: string; time?: string; length?: number } | undefined {
  if (!HAS_CLOCK.test(line)) return undefined;
  const m = HEADER.exec(line) ?? GLUED_HEADER.exec(line);
  const name = m?.groups?.bracketed ?? m?.groups?.name;
  if (!m || !name || !looksLikeName(name)) return undefined;
  const glued = m[0].length < line.length ? m[0].length : undefined;
  return { name: name.trim(), time: toClock(m.groups!.clock), length: glued };
}

function stampedOf(line: string): { name?: string; time?: string; length: number } | undefined {
  if (!HAS_CLOCK.test(line) || CLOCK_LINE.test(line)) return undefined;
  const m = STAMPED.exec(line);
  if (!m) return undefined;
  const name = (m[3] ?? m[4])?.trim();
  if (name && !looksLikeName(name)) return undefined;
  return { name, time: toClock(m[1] ?? m[2] ?? m[5]), length: m[0].length };
}

/** Which marker style the text uses; markers must recur so one odd line does not decide. */
export function detectTextStyle(lines: Line[]): TextStyle {
  let header = 0;
  let stamped = 0;
  let nonBlank = 0;
  const prefixes: (string | undefined)[] = [];
  // The head of the file decides; a 20 MB file must not be scanned twice in full.
  for (const l of lines) {
    if (nonBlank >= DETECT_LINES) break;
    if (isBlank(l.text)) continue;
    nonBlank++;
    if (headerOf(l.text)) header++;
    else if (stampedOf(l.text)) stamped++;
    prefixes.push(speakerPrefix(l.text)?.name);
  }
  const enough = (n: number) => n >= 2 || (n === 1 && nonBlank <= 3);
  if (enough(header) && header >= stamped) return 'header';
  if (enough(stamped)) return 'stamped';
  const names = recurringNames(prefixes);
  const prefixed = prefixes.filter((p) => p && names.has(p)).length;
  if (names.size > 0 && prefixed >= 2 && prefixed >= nonBlank * 0.2) return 'prefix';
  return 'plain';
}

export function parseTextTranscript(text: string): SpeechSegment[] {
  const lines = splitLines(text);
  const style = detectTextStyle(lines);
  const out: SpeechSegment[] = [];
  let speaker: string | undefined;
  let time: string | undefined;
  let names: Set<string> | undefined;
  if (style === 'prefix') names = recurringNames(lines.slice(0, DETECT_LINES * 2).map((l) => speakerPrefix(l.text)?.name));

  // A turn runs over consecutive lines; a blank line or a new marker ends it.
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) pushSegment(out, text, runStart, runEnd, speaker, time);
    runStart = -1;
  };
  const extend = (start: number, end: number) => {
    if (runStart < 0) runStart = start;
    runEnd = end;
  };

  for (const l of lines) {
    if (isBlank(l.text)) {
      flush();
      continue;
    }
    const clock = HAS_CLOCK.test(l.text) ? CLOCK_LINE.exec(l.text) : null;
    if (clock) {
      flush();
      time = toClock(clock[1]);
      continue;
    }
    if (style === 'header') {
      const h = headerOf(l.text);
      if (h) {
        flush();
        speaker = h.name;
        time = h.time;
        if (h.length) extend(l.start + h.length, l.end);
        continue;
      }
    } else if (style === 'stamped') {
      const s = stampedOf(l.text);
      if (s) {
        flush();
        speaker = s.name ?? speaker;
        time = s.time;
        extend(l.start + s.length, l.end);
        continue;
      }
    } else if (style === 'prefix') {
      const p = speakerPrefix(l.text);
      if (p && (names!.has(p.name) || l.start === 0 || names!.size > 1)) {
        flush();
        speaker = p.name;
        extend(l.start + p.length, l.end);
        continue;
      }
    }
    extend(l.start, l.end);
  }
  flush();
  return out;
}
