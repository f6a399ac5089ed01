import { recount } from '../handover/derive-state';
import { HISTORY_LIMIT, type HandoverState, type SectionState, type VerificationEvent } from '../handover/state';
import type { Task } from '../confluence';

/** Stands in for `completedBy` when Confluence reports a completed task without one. */
export const UNKNOWN_USER = 'unknown';

export interface AppliedTasks {
  state: HandoverState;
  /** Whether anything a reader would see changed (records, task states, status). */
  changed: boolean;
}

/**
 * The handover state after taking in what Confluence's tasks API says about each section's
 * task. Who ticked comes only from `completedBy`; a tick counts only when that person is one
 * of the incoming owners recorded in the state, anyone else's is kept as `flagged`.
 * Unticking drops the record and leaves an entry in the (bounded) history.
 */
export function applyTasks(state: HandoverState, tasks: readonly Task[], now: string): AppliedTasks {
  const byLocalId = new Map(tasks.map((t) => [t.localId, t]));
  const incoming = new Set(state.owners.incoming);
  const events: VerificationEvent[] = [];

  const sections = state.sections.map((section): SectionState => {
    const task = byLocalId.get(section.taskLocalId);
    // A task deleted by a hand edit tells us nothing; keep what was recorded.
    if (!task) return section;
    const next: SectionState = { ...section };
    if (task.status === 'complete') {
      const record = { by: task.completedBy || UNKNOWN_USER, at: task.completedAt || task.updatedAt || now };
      next.taskState = 'DONE';
      if (incoming.has(record.by)) {
        if (section.verified?.by !== record.by) {
          next.verified = record;
          events.push({ section: section.id, action: 'verified', ...record });
        }
        if (section.flagged) {
          delete next.flagged;
          events.push({ section: section.id, action: 'unflagged', by: section.flagged.by, at: record.at });
        }
      } else {
        if (section.flagged?.by !== record.by) {
          next.flagged = record;
          events.push({ section: section.id, action: 'flagged', ...record });
        }
        if (section.verified) {
          delete next.verified;
          events.push({ section: section.id, action: 'unverified', by: section.verified.by, at: record.at });
        }
      }
    } else {
      next.taskState = 'TODO';
      const at = task.updatedAt || now;
      if (section.verified) {
        delete next.verified;
        events.push({ section: section.id, action: 'unverified', by: section.verified.by, at });
      }
      if (section.flagged) {
        delete next.flagged;
        events.push({ section: section.id, action: 'unflagged', by: section.flagged.by, at });
      }
    }
    return next;
  });

  const taskStatesChanged = sections.some((s, i) => s.taskState !== state.sections[i].taskState);
  if (!events.length && !taskStatesChanged) return { state, changed: false };
  const history = [...state.history, ...events].slice(-HISTORY_LIMIT);
  return { state: recount({ ...state, sections, history }), changed: true };
}
