import { invokeFunction } from '../../../sandbox/forge';
import { handler } from '../../../src/resolvers/report';
import { collectReport, type CollectedReport } from '../../../src/usecases/report/collect';
import { LIST_HANDOVERS, type ReportResponse } from '../../../src/usecases/report/contract';
import type { ReportFilters } from '../../../src/usecases/report/filters';
import type { ReportPage } from '../../../src/usecases/report/list-handovers';

/** What the report page's Forge context looks like for its resolver. */
export const REPORT_CONTEXT = { cloudId: 'sandbox', moduleKey: 'kt-handover-report', extension: { type: 'confluence:globalPage' } };

/** Loads the whole report the way the browser does: one resolver invocation per page, as `accountId`. */
export async function runReport(
  accountId: string,
  filters: Partial<ReportFilters> = {},
  onPage?: (report: CollectedReport) => void,
): Promise<CollectedReport> {
  return collectReport(
    async (request) => {
      const answer = await invokeFunction<ReportResponse>(handler, {
        functionKey: LIST_HANDOVERS,
        payload: request,
        accountId,
        context: REPORT_CONTEXT,
      });
      if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
      return answer.page as ReportPage;
    },
    { spaces: [], statuses: [], ...filters },
    onPage,
  );
}
