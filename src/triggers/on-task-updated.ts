import { confluenceAsApp } from '../confluence';
import { reconcileVerification, type ReconcileResult } from '../usecases/reconcile-verification';
import { TaskEventSchema } from './task-event';

export type TaskTriggerResult = { handled: false; reason: string } | ({ handled: true; pageId: string } & ReconcileResult);

/**
 * `avi:confluence:created|updated:task`: a task was ticked or unticked somewhere. Forge runs
 * triggers with no user, so the page is read as the app; pages without the handover property
 * are ignored. Reconcile writes only when something changed, so the app's own page writes do
 * not set it off again.
 */
export async function onTaskUpdated(event: unknown): Promise<TaskTriggerResult> {
  const parsed = TaskEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('KT Handover ignored a task event it does not understand', parsed.error.issues);
    return { handled: false, reason: 'not a task event' };
  }
  const result = await reconcileVerification(confluenceAsApp(), parsed.data.pageId, new Date().toISOString());
  if (!result.handover) return { handled: false, reason: 'not a handover page' };
  return { handled: true, pageId: parsed.data.pageId, ...result };
}
