import type { HandoverState } from '../handover/state';
import { isConfluenceError, type ConfluenceClient } from '../confluence';
import { applyTasks } from './apply-tasks';
import { bodyHash } from '../adf/body-hash';
import { readHandoverState, saveHandoverState } from './handover-property';
import { patchVerification } from '../adf/patch-verification';

export type ReconcileResult =
  | { handover: false }
  | {
      handover: true;
      changed: boolean;
      state: HandoverState;
      pageVersion?: number;
      /** False when the caller may read but not edit the page: the state shown is current, the trigger stores it. */
      saved?: boolean;
    };

const MAX_PAGE_ATTEMPTS = 4;

/**
 * Brings the handover's verification in line with Confluence's tasks API: who ticked which
 * section's task and when. Run by the task trigger and whenever the macro or report opens,
 * since task events can arrive late or never. Writes only when something changed, which is
 * also what keeps the app's own page writes from looping through its trigger.
 */
export async function reconcileVerification(client: ConfluenceClient, pageId: string, now: string): Promise<ReconcileResult> {
  const stored = await readHandoverState(client, pageId);
  if (!stored) return { handover: false };
  const tasks = await client.listPageTasks(pageId);
  const applied = applyTasks(stored.state, tasks, now);
  if (!applied.changed) return { handover: true, changed: false, state: stored.state };

  let page = await client.getPage(pageId);
  for (let attempt = 1; ; attempt++) {
    // A page people edited keeps its old fingerprint, so a later regeneration still asks first.
    const untouched = bodyHash(page.adf) === stored.state.bodyHash;
    const patched = patchVerification(page.adf, applied.state);
    let version: number;
    try {
      const updated = await client.updatePage({
        id: pageId,
        title: page.title,
        adf: patched,
        baseVersion: page.version,
        message: 'Verification updated by KT Handover',
      });
      version = updated.version.number;
    } catch (e) {
      if (isConfluenceError(e, 'forbidden')) return { handover: true, changed: true, state: applied.state, saved: false };
      if (!isConfluenceError(e, 'conflict') || attempt >= MAX_PAGE_ATTEMPTS) throw e;
      // A tick or an edit landed meanwhile; the patch leaves task states as the fresh page has them.
      page = await client.getPage(pageId);
      continue;
    }
    const stamp = untouched ? { pageVersion: version, bodyHash: bodyHash(patched) } : {};
    const saved = await saveHandoverState(client, pageId, stored, { ...applied.state, ...stamp }, (fresh) => ({
      ...applyTasks(fresh, tasks, now).state,
      ...stamp,
    }));
    return { handover: true, changed: true, state: saved.state, pageVersion: version, saved: true };
  }
}
