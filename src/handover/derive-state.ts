import { randomUUID } from 'node:crypto';
import type { HandoverDraft } from '../engine/model';
import { architectureUrlOf, SIGN_OFF_SECTION, systemNameOf } from './draft-facts';
import { toHttpUrl } from './http-url';
import {
  HISTORY_LIMIT,
  HandoverStateSchema,
  type HandoverState,
  type HandoverStatus,
  type SectionState,
} from './state';

/** Title fallback when nobody named the system and no earlier state has a name. */
export const FALLBACK_SYSTEM_NAME = 'Unnamed system';

export interface DeriveHandoverStateInput {
  draft: HandoverDraft;
  /** The page's current `kt-handover` property, when regenerating. */
  previous?: HandoverState;
  owners: { outgoing?: string; incoming?: string[] };
  /** Chosen in the macro's config; when absent, a URL spoken in the architecture items. */
  architectureUrl?: string;
  generatedAt: string;
  generatedBy: string;
  appVersion: string;
  pageVersion: number;
  bodyHash: string;
}

/**
 * The handover's state after (re)generating from `draft`. Everything verification-related
 * (task localIds, DONE states, verified/flagged records, history) is carried over from
 * `previous` by section id, so a regeneration never loses a tick; only new sections get
 * fresh task ids.
 */
export function deriveHandoverState(input: DeriveHandoverStateInput): HandoverState {
  const { draft, previous } = input;
  const before = new Map((previous?.sections ?? []).map((s) => [s.id, s]));
  const sections: SectionState[] = draft.sections.map((section) => {
    const kept = before.get(section.id);
    return {
      id: section.id,
      status: section.status,
      taskLocalId: kept?.taskLocalId ?? randomUUID(),
      taskState: kept?.taskState ?? 'TODO',
      ...(kept?.verified ? { verified: kept.verified } : {}),
      ...(kept?.flagged ? { flagged: kept.flagged } : {}),
      missingCount: section.missing.length,
    };
  });
  const architectureUrl = toHttpUrl(input.architectureUrl) ?? architectureUrlOf(draft);
  return HandoverStateSchema.parse({
    schemaVersion: 1,
    appVersion: input.appVersion,
    templateId: draft.template,
    systemName: systemNameOf(draft) ?? previous?.systemName ?? FALLBACK_SYSTEM_NAME,
    status: statusOf(sections),
    ...(architectureUrl ? { architectureUrl } : {}),
    owners: {
      ...(input.owners.outgoing ? { outgoing: input.owners.outgoing } : {}),
      incoming: [...new Set(input.owners.incoming ?? [])],
    },
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    pageVersion: input.pageVersion,
    bodyHash: input.bodyHash,
    sections,
    counts: countsOf(sections),
    history: (previous?.history ?? []).slice(-HISTORY_LIMIT),
  });
}

/** The flat counts CQL filters on, from the per-section state. */
export function countsOf(sections: readonly SectionState[]): HandoverState['counts'] {
  const count = (p: (s: SectionState) => boolean) => sections.filter(p).length;
  return {
    covered: count((s) => s.status === 'covered'),
    partial: count((s) => s.status === 'partial'),
    missing: count((s) => s.status === 'missing'),
    verified: count((s) => s.verified !== undefined),
    missingRequired: sections.reduce((sum, s) => sum + s.missingCount, 0),
  };
}

/**
 * Draft → In verification (one section verified by an incoming owner) → Verified (all) →
 * Signed off (all verified and the sign-off section names both owners and the date, i.e.
 * nothing is missing there). Flagged ticks never count.
 */
export function statusOf(sections: readonly SectionState[]): HandoverStatus {
  const verified = sections.filter((s) => s.verified !== undefined).length;
  if (verified === 0) return 'draft';
  if (verified < sections.length) return 'in-verification';
  const signOff = sections.find((s) => s.id === SIGN_OFF_SECTION);
  return signOff && signOff.status === 'covered' && signOff.missingCount === 0 ? 'signed-off' : 'verified';
}

/** `state` with status and counts recomputed after its sections changed (e.g. a tick). */
export function recount(state: HandoverState): HandoverState {
  return { ...state, status: statusOf(state.sections), counts: countsOf(state.sections) };
}
