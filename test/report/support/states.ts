import { seedHandover } from '../../../sandbox/seed/many-handovers-data';
import type { HandoverState, HandoverStatus } from '../../../src/handover/state';

export const NOW = new Date('2026-11-29T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const STATUS_INDEX: Record<HandoverStatus, number> = { draft: 0, 'in-verification': 1, verified: 2, 'signed-off': 3 };

export const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY).toISOString();

/**
 * A realistic `kt-handover` property (derived and recounted by the app's own code via the
 * many-handovers seed) in the wanted status, with generation and verification dates moved.
 */
export function handoverState(
  status: HandoverStatus,
  opts: { generatedDaysAgo?: number; verifiedDaysAgo?: number } = {},
): HandoverState {
  const state = seedHandover(STATUS_INDEX[status] * 5, NOW).state;
  expect(state.status).toBe(status);
  const generatedAt = opts.generatedDaysAgo === undefined ? state.generatedAt : daysAgo(opts.generatedDaysAgo);
  const verifiedAt = opts.verifiedDaysAgo === undefined ? undefined : daysAgo(opts.verifiedDaysAgo);
  const sections = state.sections.map((s) => (s.verified && verifiedAt ? { ...s, verified: { ...s.verified, at: verifiedAt } } : s));
  const history = state.history.map((h) => (verifiedAt ? { ...h, at: verifiedAt } : h));
  return { ...state, generatedAt, sections, history };
}
