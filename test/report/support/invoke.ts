import { invokeFunction } from '../../../sandbox/forge';
import { handler } from '../../../src/resolvers/report';
import { LIST_HANDOVERS, type ReportResponse } from '../../../src/usecases/report/contract';

/** What the report page's Forge context looks like for its resolver. */
export const REPORT_CONTEXT = { cloudId: 'sandbox', moduleKey: 'kt-handover-report', extension: { type: 'confluence:globalPage' } };

/** One call of the report resolver as Forge makes it, for `accountId`. */
export function invokeReport(accountId: string, payload: unknown): Promise<ReportResponse> {
  return invokeFunction<ReportResponse>(handler, {
    functionKey: LIST_HANDOVERS,
    payload,
    accountId,
    context: REPORT_CONTEXT,
  });
}
