import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';
import { FLAG_LABELS, type DisplayRow } from '../../../src/usecases/report/display';
import type { SortKey, SortOrder } from '../../../src/usecases/report/sort';

type Appearance = 'default' | 'inprogress' | 'success' | 'removed' | 'moved' | 'new';

const STATUS_APPEARANCE: Record<string, Appearance> = {
  draft: 'default',
  'in-verification': 'inprogress',
  verified: 'success',
  'signed-off': 'new',
};

const COLUMNS: { key: SortKey; label: string; width?: number }[] = [
  { key: 'space', label: 'Space', width: 5 },
  { key: 'page', label: 'Page', width: 14 },
  { key: 'system', label: 'System', width: 10 },
  { key: 'outgoing', label: 'Outgoing owner', width: 9 },
  { key: 'incoming', label: 'Incoming owners', width: 9 },
  { key: 'status', label: 'Status', width: 9 },
  { key: 'coverage', label: 'Coverage', width: 6 },
  { key: 'verified', label: 'Verified', width: 5 },
  { key: 'missingRequired', label: 'Missing required', width: 5 },
  { key: 'generated', label: 'Last generated', width: 9 },
  { key: 'flags', label: 'Flags', width: 19 },
];

/** What each flag means and what to do, on hover. */
const FLAG_HINTS: Record<string, string> = {
  [FLAG_LABELS.unverifiedOver14Days]:
    'Generated more than 14 days ago and not every section is verified yet: remind the incoming owners.',
  [FLAG_LABELS.regeneratedAfterVerification]:
    'Regenerated after an incoming owner verified sections: they should re-check what changed.',
};

interface Props {
  rows: DisplayRow[];
  sortKey: SortKey;
  sortOrder: SortOrder;
  onSort: (key: SortKey, order: SortOrder) => void;
  isLoading: boolean;
  page: number;
  onPage: (page: number) => void;
}

function openPage(event: MouseEvent<HTMLAnchorElement>, url: string) {
  event.preventDefault();
  // Inside Confluence the app lives in an iframe: the bridge router navigates the host page.
  router.navigate(url).catch(() => window.open(url, '_blank', 'noopener'));
}

const formatDate = (iso?: string) =>
  iso ? <span style={{ whiteSpace: 'nowrap' }} title={new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'}>{iso.slice(0, 10)}</span> : '—';

function cells(d: DisplayRow): Record<SortKey, JSX.Element | string> {
  const r = d.row;
  return {
    space: <span title={r.spaceName}>{r.spaceKey}</span>,
    page: r.url ? (
      <a href={r.url} onClick={(e) => openPage(e, r.url)} data-testid="report-page-link">
        {r.title}
      </a>
    ) : (
      r.title
    ),
    system: r.system,
    outgoing: d.outgoingName,
    incoming: d.incomingNames.join(', '),
    status: (
      <Lozenge appearance={r.status ? STATUS_APPEARANCE[r.status] : 'removed'} testId="report-status">
        {d.statusLabel}
      </Lozenge>
    ),
    coverage: (
      <span title={`${r.covered} covered / ${r.partial} partial / ${r.missing} missing`}>
        {r.covered} / {r.partial} / {r.missing}
      </span>
    ),
    verified: `${r.verified}/${r.sections}`,
    missingRequired: String(r.missingRequired),
    generated: formatDate(r.generatedAt),
    flags: (
      <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        {d.flagLabels.map((label) => (
          <span key={label} title={FLAG_HINTS[label]}>
            <Lozenge appearance={label === FLAG_LABELS.unverifiedOver14Days ? 'removed' : 'moved'} maxWidth="100%" testId="report-flag">
              {label}
            </Lozenge>
          </span>
        ))}
        {r.problem ? <span title={r.problem}>{r.problem}</span> : null}
      </span>
    ),
  };
}

/**
 * The report table. Rows arrive already sorted (the CSV export uses the same order); each row's
 * sort-column key is its rank, so DynamicTable's own sorting keeps exactly that order.
 */
export function HandoverTable({ rows, sortKey, sortOrder, onSort, isLoading, page, onPage }: Props) {
  const count = rows.length;
  const head = {
    cells: COLUMNS.map((c) => ({ key: c.key, content: c.label, isSortable: true, width: c.width })),
  };
  const tableRows = rows.map((d, i) => {
    const content = cells(d);
    // DynamicTable re-sorts by this key in `sortOrder`; ranks make that a no-op on our order.
    const rank = sortOrder === 'ASC' ? i : count - 1 - i;
    return {
      key: d.row.pageId,
      testId: `report-row-${d.row.pageId}`,
      cells: COLUMNS.map((c) => ({ key: c.key === sortKey ? rank : undefined, content: content[c.key] })),
    };
  });
  return (
    <DynamicTableStateless
      testId="handover-report"
      label="Handovers"
      head={head}
      rows={tableRows}
      isFixedSize
      rowsPerPage={50}
      page={page}
      onSetPage={onPage}
      isLoading={isLoading}
      sortKey={sortKey}
      sortOrder={sortOrder}
      onSort={(data: { key: SortKey; sortOrder: SortOrder }) => onSort(data.key, data.sortOrder)}
      emptyView={<p>No handovers match these filters, or none is in a space you may see.</p>}
    />
  );
}
