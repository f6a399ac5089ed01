import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useMemo, useRef, useState } from 'react';
import { toCsv } from '../../../src/usecases/report/csv';
import { toDisplayRow } from '../../../src/usecases/report/display';
import type { ReportFilters } from '../../../src/usecases/report/filters';
import { sortRows, type SortKey, type SortOrder } from '../../../src/usecases/report/sort';
import { downloadText } from './download';
import { Filters, type Option } from './Filters';
import { HandoverTable } from './HandoverTable';
import { useReport } from './useReport';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** The admin "Handovers" page: every handover the viewer may see, filterable and exportable. */
export function ReportPage() {
  const [filters, setFilters] = useState<ReportFilters>({ spaces: [], statuses: [] });
  const [sort, setSort] = useState<{ key: SortKey; order: SortOrder }>({ key: 'space', order: 'ASC' });
  const [page, setPage] = useState(1);
  const { report, loadingFirst, loading, error, retry } = useReport(filters);

  // Filter choices grow with everything seen so far, so narrowing a filter never hides the others.
  const spacesSeen = useRef(new Map<string, string>());
  const ownersSeen = useRef(new Map<string, string>());
  for (const row of report.rows) spacesSeen.current.set(row.spaceKey, row.spaceName);
  for (const [id, name] of Object.entries(report.users)) ownersSeen.current.set(id, name);
  const spaceOptions = [...spacesSeen.current].map(([key, name]) => ({ value: key, label: name ? `${name} (${key})` : key })).sort(byLabel);
  const ownerOptions = [...ownersSeen.current].map(([id, name]) => ({ value: id, label: name })).sort(byLabel);

  const rows = useMemo(
    () => sortRows(report.rows.map((r) => toDisplayRow(r, report.users)), sort.key, sort.order),
    [report, sort],
  );

  const flagged = rows.filter((d) => d.flagLabels.length || d.row.problem).length;

  const changeFilters = (next: ReportFilters) => {
    setPage(1);
    setFilters(next);
  };
  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`kt-handovers-${date}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
  };

  return (
    <main style={{ padding: '8px 4px' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 12, flexWrap: 'wrap' }}>
        <Filters filters={filters} spaceOptions={spaceOptions} ownerOptions={ownerOptions} onChange={changeFilters} />
        <div style={{ marginBottom: 16 }}>
          <Button appearance="primary" onClick={exportCsv} isDisabled={loading || Boolean(error)} testId="export-csv">
            Export CSV
          </Button>
        </div>
      </div>
      {error ? (
        <SectionMessage appearance="error" title="The report could not be loaded completely" testId="report-error">
          <p>{error}</p>
          <p>
            <Button onClick={retry}>Try again</Button>
          </p>
        </SectionMessage>
      ) : null}
      <p aria-live="polite" style={{ margin: '8px 0' }}>
        <span data-testid="report-count">
          {loadingFirst ? 'Loading handovers…' : `${rows.length} handover${rows.length === 1 ? '' : 's'}`}
        </span>
        {!loadingFirst && flagged ? <span style={{ marginLeft: 8, color: '#626F86' }}>({flagged} flagged)</span> : null}
        {!loadingFirst && loading ? (
          <span style={{ marginLeft: 8 }}>
            <Spinner size="small" label="Loading more handovers" /> loading more… (export waits until all are loaded)
          </span>
        ) : null}
      </p>
      <HandoverTable
        rows={rows}
        sortKey={sort.key}
        sortOrder={sort.order}
        onSort={(key, order) => setSort({ key, order })}
        isLoading={loadingFirst}
        page={page}
        onPage={setPage}
      />
      {report.cql ? (
        <p style={{ fontSize: 12, color: '#626F86', marginTop: 8 }}>
          Pages found by the CQL <code data-testid="report-cql">{report.cql}</code>, limited to the spaces you may see.
          Confluence's own Page Properties Report macro can list the same pages by the label kt-handover.
        </p>
      ) : null}
    </main>
  );
}
