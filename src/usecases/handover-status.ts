import type { HandoverState } from '../handover/state';
import type { ConfluenceClient } from '../confluence';
import { findHandoverPage } from './find-handover-page';
import { reconcileVerification } from './reconcile-verification';

export type HandoverStatusView =
  | { exists: false }
  | { exists: true; pageId: string; title: string; webui?: string; state: HandoverState; saved: boolean };

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
    ...(page.url ? { webui: page.url } : {}),
    state: reconciled.state,
    saved: reconciled.saved !== false,
  };
}
