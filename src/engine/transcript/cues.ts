import type { SpeechSegment } from '../model';
import { toClock } from './clock';
import { isBlank, splitLines, trimRange, type Line } from './lines';
import { looksLikeName, recurringNames, speakerPrefix } from './speakers';

/**
 * Subtitle-style files (WebVTT, SRT, old Teams .docx with `0:0:5.100 --> ...` lines).
 *
 * Written as a line scanner rather than on @plussub/srt-vtt-parser because evidence needs
 * exact offsets into the file text, which that parser does not report, and it is
 * ESM-only (it does not load from this CommonJS package under Jest). The scanner also
 * tolerates what real exports contain: missing blank lines, broken timings, GUID cue ids.
 */

/** A timing line; lenient about separators so a broken timing still delimits its cue. */
export const TIMING = /^\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)?[^\S\r\n]*-->/;
/** A well-formed timing line, used to recognise the format. */
export const STRICT_TIMING = /^\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}/;

/** Words right after the end time (not WebVTT cue settings such as `align:start`). */
const GLUED_AFTER_TIMING = /-->\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?((?![^\s:]+:[^\s]+)\p{L}[\p{L}'\u2019]+.*)$/u;

interface Cue {
  time?: string;
  /** Lines of cue text (never empty, never a timing line). */
  lines: Line[];
}

/**
 * `paragraphs`: the text comes from a Word document, where every line is a paragraph and
 * blank lines separate paragraphs, not cues; a cue then runs to the next timing line.
 */
export function parseCues(text: string, opts: { paragraphs?: boolean } = {}): SpeechSegment[] {
  const cues = collectCues(splitLines(text), opts.paragraphs ?? false);
  const firstLines = cues.map((c) => (c.lines.length > 1 && !c.lines[0].text.includes('<v') ? c.lines[0].text.trim() : undefined));
  // Old Teams .docx cues put the speaker alone on the first text line.
  const alone = firstLines.map((l) => (l && looksLikeName(l) ? l : undefined));
  const gluedNames = cues.map((c) => gluedName(c.lines[0].text));
  // A name counts as a speaker when it heads cues at least twice, alone or glued.
  const headerNames = recurringNames([...alone, ...gluedNames]);
  const glued = headerNames;
  const prefixes = cues.map((c) => speakerPrefix(c.lines[0].text)?.name);
  // Once the file names speakers this way, a speaker who talks only once counts too.
  const usesPrefixes = recurringNames(prefixes).size > 0 || prefixes.filter(Boolean).length * 2 > cues.length;

  const segments: SpeechSegment[] = [];
  for (const cue of cues) {
    let lines = cue.lines;
    let speaker: string | undefined;
    if (lines.length > 1 && headerNames.has(lines[0].text.trim())) {
      speaker = lines[0].text.trim();
      lines = lines.slice(1);
    }
    const start = lines[0].start;
    const end = lines[lines.length - 1].end;
    if (/<v[\s.]/.test(text.slice(start, end))) {
      voiceSegments(text, start, end, cue.time, segments);
      continue;
    }
    let from = start;
    // A `Name:` prefix first: "Róisín McLaughlin: ..." also reads as "Róisín Mc" glued to "Laughlin".
    const prefix = speakerPrefix(lines[0].text);
    if (!speaker && prefix && usesPrefixes) {
      speaker = prefix.name;
      from = start + prefix.length;
    }
    const gluedSpeaker = gluedName(lines[0].text);
    if (!speaker && gluedSpeaker && glued.has(gluedSpeaker)) {
      speaker = gluedSpeaker;
      from = start + gluedSpeaker.length;
    }
    push(segments, text, from, end, speaker, cue.time);
  }
  return segments;
}

function collectCues(lines: Line[], paragraphs: boolean): Cue[] {
  const cues: Cue[] = [];
  let current: Cue | undefined;
  let skippingBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const timing = TIMING.exec(line.text);
    if (timing) {
      current = { time: timing[1] ? toClock(timing[1]) : undefined, lines: [] };
      cues.push(current);
      skippingBlock = false;
      // mammoth drops Word line breaks, so an old Teams .docx glues the words to the timing.
      const rest = GLUED_AFTER_TIMING.exec(line.text);
      if (rest && rest[1].length < line.text.length) {
        const at = line.start + line.text.length - rest[1].length;
        current.lines.push({ start: at, end: line.end, text: rest[1] });
      }
      continue;
    }
    if (isBlank(line.text)) {
      if (paragraphs) continue;
      current = undefined;
      skippingBlock = false;
      continue;
    }
    if (skippingBlock) continue;
    // A cue id (number, GUID, `GUID/12-0`) sits right above its timing line.
    if (i + 1 < lines.length && TIMING.test(lines[i + 1].text)) continue;
    if (!current) {
      // Outside a cue: the WEBVTT header and NOTE / STYLE / REGION blocks run to a blank line.
      if (/^\s*(WEBVTT|NOTE|STYLE|REGION)\b/.test(line.text)) {
        skippingBlock = true;
        continue;
      }
      // Words outside any cue (a lost timing line) are kept rather than silently dropped.
      current = { lines: [] };
      cues.push(current);
    }
    current.lines.push(line);
  }
  return cues.filter((c) => c.lines.length > 0);
}

/** "Ana SouzaOkay, this is": a name glued to the words by a dropped line break. */
function gluedName(line: string): string | undefined {
  const m = /^((?:[\p{Lu}][\p{Ll}'\u2019.-]*\s){0,3}[\p{Lu}][\p{Ll}'\u2019.-]*?[\p{Ll}])(?=[\p{Lu}][\p{Ll}])/u.exec(line);
  return m && looksLikeName(m[1]) ? m[1] : undefined;
}

const VOICE = /<v(?:\.[\w.-]+)?(?:\s+([^>]*))?>/g;

/** Teams cues: `<v Name>words</v>`, sometimes several voices per cue, closing tag optional. */
function voiceSegments(text: string, start: number, end: number, time: string | undefined, out: SpeechSegment[]): void {
  const body = text.slice(start, end);
  const opens: { at: number; after: number; name?: string }[] = [];
  VOICE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VOICE.exec(body))) opens.push({ at: m.index, after: m.index + m[0].length, name: m[1]?.trim() || undefined });
  if (opens.length && opens[0].at > 0) push(out, text, start, start + opens[0].at, undefined, time);
  opens.forEach((o, k) => {
    const limit = k + 1 < opens.length ? opens[k + 1].at : body.length;
    const close = body.indexOf('</v>', o.after);
    const stop = close >= 0 && close < limit ? close : limit;
    push(out, text, start + o.after, start + stop, o.name, time);
  });
}

const WORDY = /[\p{L}\p{N}]/u;
const LEADING_TAG = /^\s*<[^>\n]*>/;
const TRAILING_TAG = /<[^>\n]*>\s*$/;

/** Adds a segment covering only the words: no surrounding space or formatting tags. */
function push(out: SpeechSegment[], text: string, start: number, end: number, speaker?: string, time?: string): void {
  let r = trimRange(text, start, end);
  const tagged = r !== undefined && text.slice(r[0], r[1]).includes('<');
  for (let guard = 0; r && tagged && guard < 8; guard++) {
    const slice = text.slice(r[0], r[1]);
    const lead = LEADING_TAG.exec(slice);
    const trail = TRAILING_TAG.exec(slice);
    if (!lead && !trail) break;
    r = trimRange(text, r[0] + (lead ? lead[0].length : 0), r[1] - (trail && (!lead || trail.index >= lead[0].length) ? slice.length - trail.index : 0));
  }
  if (!r || !WORDY.test(text.slice(r[0], Math.min(r[1], r[0] + 400)))) return;
  const seg: SpeechSegment = { start: r[0], end: r[1] };
  if (speaker) seg.speaker = speaker;
  if (time) seg.time = time;
  out.push(seg);
}

export { push as pushSegment };
