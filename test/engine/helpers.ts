import type { Sentence } from '../../src/engine/model';
import { distilSection } from '../../src/engine/items/distil';
import { matchFields } from '../../src/engine/items/fields';
import { sectionStatus } from '../../src/engine/status/status';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';

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

/** The fields a sentence states (not only asks for) in a section. */
export function statedFields(sectionId: string, text: string): string[] {
  return matchFields(sectionId, text)
    .filter((m) => !m.asked)
    .map((m) => m.field);
}

/** The status a section gets from these sentences, as the engine distils and judges them. */
export function sectionStatusOf(sectionId: string, lines: string[]) {
  const s = KT_DEFAULT_TEMPLATE.sections.find((x) => x.id === sectionId)!;
  return sectionStatus(s, distilSection(s, sentencesOf(lines).sentences));
}
