import Resolver from '@forge/resolver';
import { handoverReportSourceAsUser } from '../confluence/search-handovers';
import { isConfluenceError } from '../confluence/errors';
import { LIST_HANDOVERS, ReportPageRequestSchema, type ReportResponse } from '../usecases/report/contract';
import { listHandoverPage } from '../usecases/report/list-handovers';

/**
 * Resolver of the admin "Handovers" page (confluence:globalPage). Reads as the viewer, so the
 * report holds exactly the handovers that person may see; nothing in the payload widens that.
 */
const resolver = new Resolver();

resolver.define(LIST_HANDOVERS, async ({ payload }): Promise<ReportResponse> => {
  const request = ReportPageRequestSchema.safeParse(payload ?? {});
  if (!request.success) {
    const detail = request.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'bad-request', message: `The report sent filters it cannot use (${detail}). Reload the page and choose the filters again.` } };
  }
  try {
    return { ok: true, page: await listHandoverPage(handoverReportSourceAsUser(), request.data) };
  } catch (e) {
    if (isConfluenceError(e)) {
      console.error('listHandovers failed', e.message);
      return { ok: false, error: { code: e.code, message: e.userMessage } };
    }
    // A bug of ours: logged with its stack for the developer, a plain next step for the viewer.
    console.error('listHandovers failed unexpectedly', e);
    return { ok: false, error: { code: 'unexpected', message: 'The report failed unexpectedly' } };
  }
});

export const handler = resolver.getDefinitions();
