import type { ConfluenceClient } from '../confluence';
import { APP_VERSION } from './app-version';
import { createOrUpdateHandoverPage, type WriteHandoverResult } from './create-or-update-handover-page';
import type { MacroContext } from './macro-context';
import { extractFromSource, type TranscriptSource } from './transcript-source';

export interface GenerateRequest {
  source: TranscriptSource;
  confirmReplace?: boolean;
}

/** Transcript in, handover page written (or a question back when people edited the page). */
export async function generateHandover(
  client: ConfluenceClient,
  ctx: MacroContext,
  request: GenerateRequest,
  now = new Date().toISOString(),
): Promise<WriteHandoverResult> {
  const { transcript, draft } = await extractFromSource(client, ctx.pageId, request.source);
  return createOrUpdateHandoverPage(client, {
    draft,
    transcriptText: transcript.text,
    ctx,
    now,
    appVersion: APP_VERSION,
    confirmReplace: request.confirmReplace,
  });
}
