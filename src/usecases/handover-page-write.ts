import { buildHandoverPage } from '../adf/handover-page';
import type { HandoverDraft } from '../engine/model';
import { deriveHandoverState } from '../handover/derive-state';
import type { HandoverState } from '../handover/state';
import type { AdfDoc } from '../confluence';
import { bodyHash } from '../adf/body-hash';
import type { MacroContext } from './macro-context';
import { withTaskStates, type TaskState } from '../adf/task-states';

export interface RenderInput {
  draft: HandoverDraft;
  transcriptText?: string;
  ctx: MacroContext;
  now: string;
  appVersion: string;
}

export interface RenderedPage {
  title: string;
  adf: AdfDoc;
  state: HandoverState;
}

/**
 * The page body and state for `draft`, carrying every verification from `previous`.
 * `liveTaskStates` are the task states in the page as it is now: they win over the state,
 * because a tick may have landed after the state was last written.
 */
export function renderHandover(input: RenderInput, previous?: HandoverState, liveTaskStates?: ReadonlyMap<string, TaskState>): RenderedPage {
  const { ctx } = input;
  let state = deriveHandoverState({
    draft: input.draft,
    previous,
    owners: { outgoing: ctx.config.outgoingOwner, incoming: ctx.config.incomingOwners },
    architectureUrl: ctx.config.architectureUrl,
    generatedAt: input.now,
    generatedBy: ctx.accountId,
    appVersion: input.appVersion,
    // Known only once Confluence has stored the body; set by `stamped`.
    pageVersion: previous?.pageVersion ?? 0,
    bodyHash: previous?.bodyHash ?? '',
  });
  if (liveTaskStates) {
    state = {
      ...state,
      sections: state.sections.map((s) => {
        const live = liveTaskStates.get(s.taskLocalId);
        return live ? { ...s, taskState: live } : s;
      }),
    };
  }
  const page = buildHandoverPage(input.draft, state, { transcriptText: input.transcriptText });
  const adf = page.body as unknown as AdfDoc;
  return { title: page.title, adf: liveTaskStates ? withTaskStates(adf, liveTaskStates) : adf, state };
}

/** The state as stored after a write: the version Confluence gave the body and its fingerprint. */
export function stamped(state: HandoverState, pageVersion: number, adf: AdfDoc): HandoverState {
  return { ...state, pageVersion, bodyHash: bodyHash(adf) };
}
