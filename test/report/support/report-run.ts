import { collectReport, type CollectedReport } from '../../../src/usecases/report/collect';
import type { ReportFilters } from '../../../src/usecases/report/filters';
import { invokeReport } from './invoke';

/** Loads the whole report the way the browser does: one resolver invocation per page, as `accountId`. */
export async function runReport(
  accountId: string,
  filters: Partial<ReportFilters> = {},
  onPage?: (report: CollectedReport) => void,
): Promise<CollectedReport> {
  return collectReport(
    async (request) => {
      const answer = await invokeReport(accountId, request);
      if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
      return answer.page;
    },
    { spaces: [], statuses: [], ...filters },
    onPage,
  );
}
