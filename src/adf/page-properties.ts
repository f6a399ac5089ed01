import type { BodiedExtensionDefinition, Inline, TableCellDefinition } from '@atlaskit/adf-schema';
import {
  bodiedExtension,
  bulletList,
  inlineCard,
  listItem,
  paragraph,
  status,
  table,
  tableCell,
  tableHeader,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';
import type { SectionDraft } from '../engine/model';
import { toHttpUrl } from '../handover/http-url';
import type { HandoverState, HandoverStatus } from '../handover/state';
import { people, textOf, when, type Users } from './inline';
import { stableId } from './stable-id';
import { verificationLine } from './verification';

/** Id of the Page Properties macro, so a Page Properties Report can pick these pages out. */
export const PAGE_PROPERTIES_ID = 'kt-handover';

export const HANDOVER_STATUS_LOZENGE: Record<HandoverStatus, { text: string; color: 'neutral' | 'blue' | 'green' | 'purple' }> = {
  draft: { text: 'DRAFT', color: 'neutral' },
  'in-verification': { text: 'IN VERIFICATION', color: 'blue' },
  verified: { text: 'VERIFIED', color: 'green' },
  'signed-off': { text: 'SIGNED OFF', color: 'purple' },
};

type CellContent = TableCellDefinition['content'];

/** A key (header cell) and its value; the builder's types forbid mixing cell kinds, ADF does not. */
function row(key: string, value: CellContent) {
  const cells = [tableHeader()(paragraph(text(key))), tableCell()(...value)];
  return tableRow(cells as unknown as TableCellDefinition[]);
}

function line(...inline: Inline[]): CellContent {
  return [paragraph(...inline)];
}

/**
 * The Page Properties (`details`) macro: the handover's headline facts in the two-column
 * table Confluence's Page Properties Report reads. Everything comes from `state`.
 */
export function pageProperties(
  state: HandoverState,
  sections: readonly SectionDraft[],
  users: Users,
): BodiedExtensionDefinition {
  const total = state.sections.length;
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  const architecture = toHttpUrl(state.architectureUrl);
  // Unique per handover (task ids are random at creation) yet stable across regenerations.
  const seed = state.sections[0]?.taskLocalId ?? state.templateId;
  const verification = state.sections.map((s) =>
    listItem([paragraph(text(`${titles.get(s.id) ?? s.id}: `), ...verificationLine(s, users))]),
  );
  return bodiedExtension({
    extensionType: 'com.atlassian.confluence.macro.core',
    extensionKey: 'details',
    parameters: {
      macroParams: { id: { value: PAGE_PROPERTIES_ID } },
      macroMetadata: {
        macroId: { value: stableId('details-macro', seed) },
        schemaVersion: { value: '1' },
        title: 'Page Properties',
      },
    },
    layout: 'default',
    localId: stableId('details', seed),
  })(
    table(
      row('Status', line(status(HANDOVER_STATUS_LOZENGE[state.status]))),
      row('Coverage', line(text(`${state.counts.covered}/${total}`))),
      row('Verified', line(text(`${state.counts.verified}/${total}`))),
      row('Outgoing owner', line(...people(state.owners.outgoing ? [state.owners.outgoing] : [], users, 'Not set'))),
      row('Incoming owner', line(...people(state.owners.incoming, users, 'Not set'))),
      row('Architecture document', line(...(architecture ? [inlineCard({ url: architecture })] : textOf('Not linked')))),
      row('Last generated', line(...when(state.generatedAt))),
      row('Verification', verification.length ? [bulletList(...verification)] : line(text('No sections'))),
    ),
  );
}
