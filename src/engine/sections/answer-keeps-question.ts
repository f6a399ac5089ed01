import type { Sentence } from '../model';
import { asksSomething, matchFields } from '../items/fields';
import { normalizeSpeech } from './text';

/**
 * The reply to a question that asks for one of its section's fields belongs to that section,
 * whatever its words lean to: asked "who has to approve changes there?" in the danger zones,
 * "for Terraform and PagerDuty, Yuki Nakamura" names an approver, not the escalation path its
 * product names and the next announcement pull it towards. In the labelled calls the first
 * sentence of such a reply shares its question's section nearly every time (1,375 of 1,393);
 * the sequence model put 8 of the rest in another section.
 *
 * Only the first sentence of the reply, said by someone else (or with no speakers known), not
 * itself a question, and placed by the model in another section (not in none: a shrug or a
 * joke may leave the topic) is moved. A question that asks for a field of its reply's section
 * and none of its own goes with the reply instead. Returns the indices moved.
 */
export function keepAnswersWithQuestions(sentences: Sentence[], labels: number[], sectionIds: string[]): number[] {
  const K = sectionIds.length;
  const moved: number[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const asked = labels[i];
    const reply = labels[i + 1];
    if (asked >= K || reply >= K || reply === asked) continue;
    const q = sentences[i];
    const a = sentences[i + 1];
    if (q.speaker !== undefined && a.speaker !== undefined && q.speaker === a.speaker) continue;
    if (!asksSomething(q.text) || asksSomething(a.text)) continue;
    const norm = normalizeSpeech(q.text);
    if (matchFields(sectionIds[asked], q.text, norm).some((m) => m.asked)) {
      labels[i + 1] = asked;
      moved.push(i + 1);
    } else if (!POINTS_BACK.test(norm) && matchFields(sectionIds[reply], q.text, norm).some((m) => m.asked)) {
      // Asked for a field of the reply's section ("is there anything I just shouldn't touch?"
      // said while the bad windows were still warm): the question goes with its reply.
      labels[i] = reply;
      moved.push(i);
    }
  }
  return moved;
}

/** "and who decides that": a question about what was just said stays with it. */
const POINTS_BACK = /\b(that|it|this|those|these|them|one)$/;
