/**
 * Output formats of `extract --format NAME`. Adding one is adding an entry here.
 */
import type { HandoverDraft, Transcript } from '../engine/model';
import { buildHandoverPage } from '../adf/handover-page';
import { deriveHandoverState } from '../handover/derive-state';
import { APP_VERSION } from '../usecases/app-version';
import { renderMarkdown } from './markdown';

export interface FormatContext {
  transcript: Transcript;
  fileName: string;
}

export type Formatter = (draft: HandoverDraft, ctx: FormatContext) => string;

export const FORMATS: Record<string, Formatter> = {
  json: (draft) => JSON.stringify(draft, null, 2),
  md: (draft) => renderMarkdown(draft),
  /** The page body the app would write for a brand-new handover (fresh state: no owners, no ticks). */
  adf: (draft, ctx) => {
    const state = deriveHandoverState({
      draft,
      owners: {},
      generatedAt: new Date().toISOString(),
      generatedBy: 'cli',
      appVersion: APP_VERSION,
      pageVersion: 0,
      bodyHash: '',
    });
    return JSON.stringify(buildHandoverPage(draft, state, { transcriptText: ctx.transcript.text }).body, null, 2);
  },
};
