/**
 * Raw speech-to-text has no full stops, so the sentence splitter cuts one spoken thought into
 * pieces of about ten words. A piece that goes on from the one before it (same speaker, next in
 * the call, stating no field of its own) is shown on that item, with one evidence span over both.
 * Done after the section's status is judged, so it changes how items read, never what they state.
 */
import type { Sentence } from '../model';
import type { DistilledItem } from './distil';

/** A piece of speech that ends its thought: punctuated text does, raw speech-to-text seldom. */
const ENDS_THOUGHT = /[.!?\u2026]["')\]]*\s*$/;
/** Long enough for one spoken thought (labelled raw utterances run 25 to 40 words), short enough to read as one item. */
const MAX_ITEM_WORDS = 40;

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/** The next piece of a thought as it goes on after the last: not capitalised as a new item is. */
function continuation(text: string): string {
  const t = text.trim();
  return /^[A-Z][a-z]/.test(t) && !/^I\b/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

export function joinCutSpeech(items: DistilledItem[], sentences: Sentence[]): DistilledItem[] {
  const byStart = new Map(sentences.map((s) => [s.start, s]));
  const byEnd = new Map(sentences.map((s) => [s.end, s]));
  const out: DistilledItem[] = [];
  let words = 0;
  for (const item of items) {
    const prev = out[out.length - 1];
    const piece = item.evidence.length === 1 ? byStart.get(item.evidence[0].start) : undefined;
    const before = prev ? byEnd.get(prev.evidence[prev.evidence.length - 1].end) : undefined;
    const goesOn =
      prev &&
      piece &&
      before &&
      item.fields.length === 0 &&
      piece.index === before.index + 1 &&
      piece.speaker === before.speaker &&
      !ENDS_THOUGHT.test(before.raw) &&
      words + wordCount(piece.raw) <= MAX_ITEM_WORDS;
    if (goesOn) {
      const last = prev.evidence[prev.evidence.length - 1];
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${continuation(item.text)}`,
        evidence: [...prev.evidence.slice(0, -1), { ...last, end: piece.end }],
      };
      words += wordCount(piece.raw);
      continue;
    }
    out.push(item);
    words = piece ? wordCount(piece.raw) : wordCount(item.text);
  }
  return out;
}
