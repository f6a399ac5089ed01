import type { SpeechSegment, Transcript, TranscriptFormat } from '../model';
import { STRICT_TIMING, parseCues } from './cues';
import { binaryKind, decodeText } from './decode';
import { readDocxText } from './docx';
import { MAX_TRANSCRIPT_BYTES, errors } from './errors';
import { parseTextTranscript } from './text-formats';

/**
 * Reads a transcript file (.txt, .vtt, .srt, .docx). The format is decided from the
 * content; the extension only breaks ties. Throws TranscriptError with a message that
 * tells the user what to do.
 */
export async function readTranscript(bytes: Uint8Array, fileName?: string): Promise<Transcript> {
  if (bytes.length > MAX_TRANSCRIPT_BYTES) throw errors.tooLarge(bytes.length);
  if (bytes.length === 0) throw errors.empty();
  if (isZip(bytes)) {
    const text = await readDocxText(bytes);
    return build(text, 'docx', fileName);
  }
  const text = decodeText(bytes);
  return build(text, undefined, fileName);
}

/** Pasted text (or an already decoded file). Same rules as `readTranscript`, minus .docx. */
export function parseTranscriptText(text: string, fileName?: string): Transcript {
  if (text.length > MAX_TRANSCRIPT_BYTES) throw errors.tooLarge(text.length);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return build(text, undefined, fileName);
}

function build(text: string, container: 'docx' | undefined, fileName?: string): Transcript {
  if (!/\S/.test(text)) throw errors.empty();
  rejectNonTranscript(text);
  const subtitle = isSubtitle(text, fileName);
  const segments: SpeechSegment[] = subtitle ? parseCues(text, { paragraphs: container === 'docx' }) : parseTextTranscript(text);
  if (segments.length === 0) {
    throw errors.notTranscript(
      subtitle
        ? 'The subtitle file has timings but no spoken words.'
        : 'The file contains no spoken words.',
    );
  }
  const format: TranscriptFormat = container ?? (subtitle ? subtitleKind(text, fileName) : 'text');
  return { format, text, segments };
}

function isSubtitle(text: string, fileName?: string): boolean {
  if (/^\s*WEBVTT/.test(text)) return true;
  let timings = 0;
  let lines = 0;
  const re = /^.*$/gm;
  let m: RegExpExecArray | null;
  // Only the head is needed to recognise subtitles; a 20 MB file must not be scanned twice.
  while ((m = re.exec(text)) && lines < 400) {
    lines++;
    if (STRICT_TIMING.test(m[0])) timings++;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (timings >= 2 || (timings === 1 && lines <= 12)) return true;
  return timings >= 1 && /\.(vtt|srt)$/i.test(fileName ?? '');
}

function subtitleKind(text: string, fileName?: string): TranscriptFormat {
  if (/^\s*WEBVTT/.test(text)) return 'vtt';
  if (/\.vtt$/i.test(fileName ?? '')) return 'vtt';
  if (/\.srt$/i.test(fileName ?? '')) return 'srt';
  const m = STRICT_TIMING.exec(text.slice(0, 20000).split(/\r?\n/).find((l) => STRICT_TIMING.test(l)) ?? '');
  return m && m[0].includes(',') ? 'srt' : 'vtt';
}

/** Text that is clearly some other kind of document. */
function rejectNonTranscript(text: string): void {
  const head = text.slice(0, 4096).trimStart();
  const asBytes = new Uint8Array(head.length);
  for (let i = 0; i < head.length; i++) asBytes[i] = head.charCodeAt(i) & 0xff;
  if (head.startsWith('%PDF')) throw errors.binary('a PDF');
  if (head.includes('\u0000')) throw errors.binary(binaryKind(asBytes) ?? 'binary data');
  if (head.startsWith('{\\rtf')) throw errors.notTranscript('The file is an RTF document. Save it as .docx or .txt instead.');
  if (/^<(!doctype html|html|\?xml|svg)\b/i.test(head)) throw errors.notTranscript('The file is a web page or XML document, not a transcript.');
  if (/^[{[]/.test(head) && looksLikeJson(text)) throw errors.notTranscript('The file is JSON data, not a transcript.');
  if (text.length <= 200_000 && !hasLetters(text, 3)) throw errors.notTranscript('The file contains no words.');
}

/** Whether `text` has at least `min` letters; stops at the `min`-th instead of listing them all. */
function hasLetters(text: string, min: number): boolean {
  const re = /\p{L}/gu;
  let n = 0;
  while (n < min && re.test(text)) n++;
  return n >= min;
}

function looksLikeJson(text: string): boolean {
  if (text.length > 5_000_000) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
