import type { HandoverState } from '../handover/state';
import { isConfluenceError, type ConfluenceClient } from '../confluence';
import { findHandoverPage } from './find-handover-page';
import type { MacroContext } from './macro-context';
import { reconcileVerification } from './reconcile-verification';

/** accountId → display name for every owner the macro shows (its settings' and the page's). */
export type PeopleNames = Record<string, string>;

export type HandoverStatusView =
  | { exists: false; people: PeopleNames }
  | {
      exists: true;
      pageId: string;
      title: string;
      /** Site-relative link to the page (`url` is the same, for callers that read that name). */
      webui?: string;
      url?: string;
      state: HandoverState;
      saved: boolean;
      people: PeopleNames;
    };

/**
 * The handover written for the macro's page, with its verification brought up to date first
 * (task events may have been lost), and the owners' names so the macro shows people, not ids.
 */
export async function handoverStatus(
  client: ConfluenceClient,
  macro: Pick<MacroContext, 'pageId' | 'config'>,
  now = new Date().toISOString(),
): Promise<HandoverStatusView> {
  const configOwners = [macro.config.outgoingOwner, ...macro.config.incomingOwners];
  const page = await findHandoverPage(client, macro.pageId);
  const reconciled = page ? await reconcileVerification(client, page.id, now) : undefined;
  if (!page || !reconciled?.handover) return { exists: false, people: await namesOf(client, configOwners) };
  const { owners } = reconciled.state;
  return {
    exists: true,
    pageId: page.id,
    title: page.title,
    ...(page.url ? { webui: page.url, url: page.url } : {}),
    state: reconciled.state,
    saved: reconciled.saved !== false,
    people: await namesOf(client, [...configOwners, owners.outgoing, ...owners.incoming]),
  };
}

/** One `user/bulk` request for all of them; names are a nicety, so a failed lookup leaves ids. */
async function namesOf(client: ConfluenceClient, ids: Array<string | undefined>): Promise<PeopleNames> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return {};
  try {
    return await client.displayNames(wanted);
  } catch (e) {
    if (!isConfluenceError(e)) throw e;
    console.warn('KT Handover could not look up owner names', e.message);
    return {};
  }
}
