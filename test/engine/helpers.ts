import type { Sentence } from '../../src/engine/model';

/** Hand-made sentences laid end to end in one text, offsets as the engine would give them. */
export function sentencesOf(lines: string[]): { text: string; sentences: Sentence[] } {
  let text = '';
  const sentences = lines.map((line, index) => {
    if (text) text += ' ';
    const start = text.length;
    text += line;
    return { index, start, end: text.length, raw: line, text: line, segment: 0 };
  });
  return { text, sentences };
}
