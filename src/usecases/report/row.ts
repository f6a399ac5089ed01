import type { HandoverSearchHit } from '../../confluence/search-handovers';
import { HandoverStateSchema, type HandoverState, type HandoverStatus } from '../../handover/state';
import { handoverFlags, type HandoverFlags } from './flags';

/**
 * One line of the admin "Handovers" report. Owners stay account ids here: display names are
 * resolved once per report (not per row) and joined in by `toDisplayRow`.
 */
export interface ReportRow {
  pageId: string;
  title: string;
  url: string;
  spaceKey: string;
  spaceName: string;
  system: string;
  outgoing?: string;
  incoming: string[];
  /** Undefined when the page carries the label but no readable `kt-handover` property. */
  status?: HandoverStatus;
  covered: number;
  partial: number;
  missing: number;
  verified: number;
  sections: number;
  missingRequired: number;
  generatedAt?: string;
  lastVerifiedAt?: string;
  flags: HandoverFlags;
  /** What is wrong with the page's handover data and what to do about it. */
  problem?: string;
}

/** A handover page as the report's search finds it; `property` is stored data, unvalidated. */
export type HandoverHit = HandoverSearchHit;

export const NO_PROPERTY_PROBLEM =
  'This page has the kt-handover label but no handover data. Open the page and regenerate it from the KT Handover macro, or remove the label.';
export const BAD_PROPERTY_PROBLEM =
  'The handover data on this page is unreadable (written by an incompatible app version?). Open the page and regenerate it from the KT Handover macro.';

export function toReportRow(hit: HandoverHit, now: Date): ReportRow {
  const base = {
    pageId: hit.pageId,
    title: hit.title,
    url: hit.url,
    spaceKey: hit.spaceKey,
    spaceName: hit.spaceName,
  };
  if (hit.property === undefined || hit.property === null) return emptyRow(base, NO_PROPERTY_PROBLEM);
  const parsed = HandoverStateSchema.safeParse(hit.property);
  if (!parsed.success) return emptyRow(base, BAD_PROPERTY_PROBLEM);
  const state: HandoverState = parsed.data;
  const lastVerifiedAt = newestVerification(state);
  return {
    ...base,
    system: state.systemName,
    outgoing: state.owners.outgoing,
    incoming: state.owners.incoming,
    status: state.status,
    covered: state.counts.covered,
    partial: state.counts.partial,
    missing: state.counts.missing,
    verified: state.counts.verified,
    sections: state.sections.length,
    missingRequired: state.counts.missingRequired,
    generatedAt: state.generatedAt,
    lastVerifiedAt,
    flags: handoverFlags(state, lastVerifiedAt, now),
  };
}

/**
 * Newest current verification record. A tick that was later removed (only left in the history)
 * does not count: there is no verification left for a regeneration to invalidate.
 */
export function newestVerification(state: HandoverState): string | undefined {
  let newest: number | undefined;
  let newestText: string | undefined;
  const consider = (at: string) => {
    const t = Date.parse(at);
    if (Number.isNaN(t)) return;
    if (newest === undefined || t > newest) {
      newest = t;
      newestText = at;
    }
  };
  for (const section of state.sections) if (section.verified) consider(section.verified.at);
  return newestText;
}

function emptyRow(base: Pick<ReportRow, 'pageId' | 'title' | 'url' | 'spaceKey' | 'spaceName'>, problem: string): ReportRow {
  return {
    ...base,
    system: '',
    incoming: [],
    covered: 0,
    partial: 0,
    missing: 0,
    verified: 0,
    sections: 0,
    missingRequired: 0,
    flags: { unverifiedOver14Days: false, regeneratedAfterVerification: false },
    problem,
  };
}
