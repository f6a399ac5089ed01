import { MAX_KNOWN_ACCOUNT_IDS } from './contract';
import type { UserNames } from './display';
import type { ReportFilters } from './filters';
import type { ReportPage, ReportPageRequest } from './list-handovers';
import type { ReportRow } from './row';

export interface CollectedReport {
  rows: ReportRow[];
  users: UserNames;
  cql: string;
}

/**
 * Pulls every page of the report, one resolver call per page, telling the server which names it
 * already has. Shared by the browser (which paints each page as it arrives), the bench and tests.
 * Stops early when `isCancelled` says the viewer changed the filters meanwhile.
 */
export async function collectReport(
  fetchPage: (request: ReportPageRequest) => Promise<ReportPage>,
  filters: ReportFilters,
  onPage: (report: CollectedReport, done: boolean) => void = () => {},
  isCancelled: () => boolean = () => false,
): Promise<CollectedReport> {
  const report: CollectedReport = { rows: [], users: {}, cql: '' };
  let cursor: string | undefined;
  const seenCursors = new Set<string>();
  do {
    const knownAccountIds = Object.keys(report.users).slice(0, MAX_KNOWN_ACCOUNT_IDS);
    const page = await fetchPage({ filters, cursor, knownAccountIds });
    if (isCancelled()) return report;
    report.rows = report.rows.concat(page.rows);
    report.users = { ...report.users, ...page.users };
    report.cql = page.cql;
    // A cursor seen before would loop forever; Confluence never sends one, a proxy bug might.
    cursor = page.cursor && !seenCursors.has(page.cursor) ? page.cursor : undefined;
    if (cursor) seenCursors.add(cursor);
    onPage(report, cursor === undefined);
  } while (cursor);
  return report;
}
