import type { HandoverDraft, TranscriptFormat } from '../engine/model';
import { FALLBACK_SYSTEM_NAME } from '../handover/derive-state';
import { architectureUrlOf, systemNameOf } from '../handover/draft-facts';
import { toHttpUrl } from '../handover/http-url';
import type { ConfluenceClient } from '../confluence';
import type { MacroContext } from './macro-context';
import { extractFromSource, type TranscriptSource } from './transcript-source';

export interface HandoverPreview {
  draft: HandoverDraft;
  systemName: string;
  /** The architecture link the page will carry: the macro's setting, else a URL said in the call. */
  architectureUrl?: string;
  format: TranscriptFormat;
  fileName?: string;
  /** The transcript's text, so the macro can show the evidence quotes. */
  text: string;
}

/** What the handover page would say, without writing anything. */
export async function previewDraft(client: ConfluenceClient, ctx: MacroContext, source: TranscriptSource): Promise<HandoverPreview> {
  const { transcript, draft, fileName } = await extractFromSource(client, ctx.pageId, source);
  const architectureUrl = toHttpUrl(ctx.config.architectureUrl) ?? architectureUrlOf(draft);
  return {
    draft,
    systemName: systemNameOf(draft) ?? FALLBACK_SYSTEM_NAME,
    ...(architectureUrl ? { architectureUrl } : {}),
    format: transcript.format,
    ...(fileName ? { fileName } : {}),
    text: transcript.text,
  };
}
