import type { BlockContent } from '@atlaskit/adf-schema';
import { bulletList, heading, listItem, paragraph, text } from '@atlaskit/adf-utils/builders';
import type { HandoverDraft } from '../engine/model';
import { bold, textOf } from './inline';

export const MISSING_HEADING = 'Missing before sign-off';

/** The closing part: every required field nobody stated, grouped by section, in page order. */
export function missingPart(draft: HandoverDraft): BlockContent[] {
  const titles = new Map(draft.sections.map((s) => [s.id, s.title]));
  const bySection = new Map<string, string[]>();
  for (const m of draft.missing) {
    const title = titles.get(m.section) ?? m.section;
    bySection.set(title, [...(bySection.get(title) ?? []), m.field]);
  }
  const out: BlockContent[] = [heading({ level: 2 })(text(MISSING_HEADING))];
  if (bySection.size === 0) {
    out.push(paragraph(text('Nothing: every required field was stated in the call.')));
    return out;
  }
  const items = [...bySection].map(([section, fields]) =>
    listItem([paragraph(bold(section), text(': '), ...textOf(fields.join(', ')))]),
  );
  out.push(bulletList(...items));
  return out;
}
