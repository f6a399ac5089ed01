import type { HandoverState } from '../handover/state';
import type { ConfluenceClient } from '../confluence';
import { findHandoverPage } from './find-handover-page';
import { reconcileVerification } from './reconcile-verification';

export type HandoverStatusView =
  | { exists: false }
  | {
      exists: true;
      pageId: string;
      title: string;
      /** Site-relative link to the page (`url` is the same, for callers that read that name). */
      webui?: string;
      url?: string;
      state: HandoverState;
      saved: boolean;
    };

/**
 * The handover written for the macro's page, with its verification brought up to date first
 * (task events may have been lost).
 */
export async function handoverStatus(client: ConfluenceClient, macroPageId: string, now = new Date().toISOString()): Promise<HandoverStatusView> {
  const page = await findHandoverPage(client, macroPageId);
  if (!page) return { exists: false };
  const reconciled = await reconcileVerification(client, page.id, now);
  if (!reconciled.handover) return { exists: false };
  return {
    exists: true,
    pageId: page.id,
    title: page.title,
    ...(page.url ? { webui: page.url, url: page.url } : {}),
    state: reconciled.state,
    saved: reconciled.saved !== false,
  };
}
