/**
 * The report page's only way to the app: `@forge/bridge` `invoke` on the report resolver.
 * A resolver answer `{ ok: false }` becomes a thrown ReportError, so the page has one error path.
 */
import { invoke } from '@forge/bridge';
import { LIST_HANDOVERS, type ReportResponse } from '../../../src/usecases/report/contract';
import type { ReportPage, ReportPageRequest } from '../../../src/usecases/report/list-handovers';

export class ReportError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** What to do next, by failure kind; the resolver's message already says what went wrong. */
const NEXT_STEP: Record<string, string> = {
  busy: 'Wait a minute, then select "Try again".',
  forbidden: 'Ask a Confluence admin for access to the spaces you need.',
  'bad-request': 'Reload the page.',
  unexpected: 'Select "Try again"; if it keeps failing, reload the page.',
};

export async function fetchReportPage(request: ReportPageRequest): Promise<ReportPage> {
  let answer: ReportResponse | undefined;
  try {
    answer = (await invoke(LIST_HANDOVERS, request as unknown as Record<string, unknown>)) as ReportResponse | undefined;
  } catch (e) {
    throw new ReportError(
      `The report could not reach the KT Handover app (${(e as Error)?.message ?? 'no answer'}). Reload the page; if it keeps failing, ask your Confluence admin to check the app is installed.`,
      'unreachable',
    );
  }
  if (!answer || typeof answer !== 'object') {
    throw new ReportError('The KT Handover app gave no answer. Reload the page and try again.', 'unexpected');
  }
  if (!answer.ok) {
    const next = NEXT_STEP[answer.error.code] ?? NEXT_STEP.unexpected;
    throw new ReportError(`${answer.error.message.replace(/\.$/, "")}. ${next}`, answer.error.code);
  }
  return answer.page;
}
