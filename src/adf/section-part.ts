import type { BlockContent, Inline, PanelAttributes } from '@atlaskit/adf-schema';
import { bulletList, heading, listItem, panel, paragraph, status, taskItem, taskList, text } from '@atlaskit/adf-utils/builders';
import type { HandoverItem, SectionDraft, SectionStatus } from '../engine/model';
import type { SectionState } from '../handover/state';
import { evidenceExpand, type EvidenceLimits } from './evidence';
import { bold, plain, textOf, textWithLinks, type Users } from './inline';
import { stableId } from './stable-id';
import { verificationLine } from './verification';

export const SECTION_LOZENGE: Record<SectionStatus, { text: string; color: 'green' | 'yellow' | 'red' }> = {
  covered: { text: 'COVERED', color: 'green' },
  partial: { text: 'PARTIAL', color: 'yellow' },
  missing: { text: 'MISSING', color: 'red' },
};

export const VERIFY_TASK_TEXT = 'Verified by incoming owner';

// The schema types panelType as an enum the package does not export at runtime.
export const WARNING = 'warning' as PanelAttributes['panelType'];

/** Sections whose items are warnings in themselves. */
const WARNING_SECTIONS = new Set(['danger-zones']);

/** "Field: value": the field is a template label (bold), the value is transcript text. */
function itemLine(item: HandoverItem): Inline[] {
  const value = textWithLinks(item.text);
  if (!item.field) return value;
  return [bold(item.field), ...(value.length ? [text(': '), ...value] : [])];
}

export interface SectionPartOptions {
  users: Users;
  transcriptText?: string;
  evidence: EvidenceLimits;
}

/**
 * One section of the handover: heading, status lozenge, items, what is still missing, the
 * native task the incoming owner ticks (its localId and state come from the state, so a
 * rebuild never resets a tick), the verification record and the evidence.
 */
export function sectionPart(section: SectionDraft, state: SectionState, opts: SectionPartOptions): BlockContent[] {
  const out: BlockContent[] = [
    heading({ level: 2 })(text(plain(section.title) || section.id)),
    paragraph(status(SECTION_LOZENGE[section.status])),
  ];
  if (section.items.length) {
    const items = bulletList(...section.items.map((item) => listItem([paragraph(...itemLine(item))])));
    out.push(WARNING_SECTIONS.has(section.id) ? panel({ panelType: WARNING })(items) : items);
  } else {
    out.push(paragraph(...textOf('Nothing was said about this section.')));
  }
  if (section.missing.length) {
    out.push(paragraph(bold('Still missing:'), text(' '), ...textOf(section.missing.join(', '))));
  }
  out.push(
    taskList({ localId: stableId('task-list', state.taskLocalId) })(
      taskItem({ localId: state.taskLocalId, state: state.taskState })(text(VERIFY_TASK_TEXT)),
    ),
    paragraph(bold('Verification:'), text(' '), ...verificationLine(state, opts.users)),
  );
  const evidence = evidenceExpand(section, opts.transcriptText, opts.evidence);
  if (evidence) out.push(evidence);
  return out;
}
