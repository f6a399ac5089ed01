import type { HandoverState } from '../../handover/state';

export const UNVERIFIED_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface HandoverFlags {
  /** Generated more than 14 days ago and still not every section verified nor signed off. */
  unverifiedOver14Days: boolean;
  /**
   * Regenerated after someone verified it: the verified sections may now say something the
   * incoming owner never checked.
   */
  regeneratedAfterVerification: boolean;
}

export function handoverFlags(state: HandoverState, lastVerifiedAt: string | undefined, now: Date): HandoverFlags {
  const generated = Date.parse(state.generatedAt);
  const fullyVerified =
    state.status === 'verified' ||
    state.status === 'signed-off' ||
    (state.sections.length > 0 && state.counts.verified >= state.sections.length);
  const unverifiedOver14Days =
    !fullyVerified && !Number.isNaN(generated) && now.getTime() - generated > UNVERIFIED_DAYS * DAY_MS;
  const verifiedAt = lastVerifiedAt === undefined ? NaN : Date.parse(lastVerifiedAt);
  const regeneratedAfterVerification = !Number.isNaN(verifiedAt) && !Number.isNaN(generated) && generated > verifiedAt;
  return { unverifiedOver14Days, regeneratedAfterVerification };
}
