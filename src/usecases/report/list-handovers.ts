import type { HandoverReportSource } from '../../confluence/search-handovers';
import { handoverCql } from './cql';
import type { UserNames } from './display';
import type { ReportFilters } from './filters';
import { toReportRow, type ReportRow } from './row';

/**
 * Handovers per search request. Confluence may cap it lower; cursors carry on either way. 2,000
 * handovers at 100+ per page stay within the report's budget of 25 REST calls.
 */
export const REPORT_PAGE_SIZE = 200;
/** The first page is small so the table shows rows sooner; the rest come in big pages. */
export const FIRST_PAGE_SIZE = 50;

export interface ReportPageRequest {
  filters: ReportFilters;
  cursor?: string;
  /** Account ids whose names the browser already has from earlier pages: not looked up again. */
  knownAccountIds?: string[];
}

export interface ReportPage {
  rows: ReportRow[];
  /** Names for the owners of these rows that were not in `knownAccountIds`. */
  users: UserNames;
  cursor?: string;
  /** The CQL that was run, shown to admins so they can reuse it (e.g. in a Page Properties Report). */
  cql: string;
}

/**
 * One page of the report: one search request (handover property included) and at most one
 * users lookup for owners not seen on earlier pages.
 */
export async function listHandoverPage(
  source: HandoverReportSource,
  request: ReportPageRequest,
  now: Date = new Date(),
): Promise<ReportPage> {
  const cql = handoverCql(request.filters);
  const limit = request.cursor ? REPORT_PAGE_SIZE : FIRST_PAGE_SIZE;
  const page = await source.searchHandovers(cql, limit, request.cursor);
  const rows = page.hits.map((hit) => toReportRow(hit, now));
  const known = new Set(request.knownAccountIds ?? []);
  const unknown = new Set<string>();
  for (const row of rows) {
    for (const id of [row.outgoing, ...row.incoming]) if (id && !known.has(id)) unknown.add(id);
  }
  const users = unknown.size ? await source.displayNames([...unknown]) : {};
  // Ids Confluence has no name for (deleted accounts) show as the id, and are not asked again.
  for (const id of unknown) users[id] ??= id;
  return { rows, users, cursor: page.cursor, cql };
}
