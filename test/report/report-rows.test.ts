import { BAD_PROPERTY_PROBLEM, NO_PROPERTY_PROBLEM, toReportRow, type HandoverHit } from '../../src/usecases/report/row';
import { toDisplayRow } from '../../src/usecases/report/display';
import type { HandoverState } from '../../src/handover/state';
import { NOW, handoverState } from './support/states';

const hit = (property: unknown): HandoverHit => ({
  pageId: '98765',
  title: 'Handover: Payments Ledger',
  url: 'https://example.atlassian.net/wiki/spaces/FIN/pages/98765',
  spaceKey: 'FIN',
  spaceName: 'Finance Systems',
  property,
});

describe('a report row', () => {
  it('shows owners, status, coverage, verified n/13 and missing required from the handover property', () => {
    const state = handoverState('in-verification');
    const row = toReportRow(hit(state), NOW);
    expect(row).toMatchObject({
      spaceKey: 'FIN',
      system: state.systemName,
      outgoing: state.owners.outgoing,
      incoming: state.owners.incoming,
      status: 'in-verification',
      covered: state.sections.filter((s) => s.status === 'covered').length,
      partial: state.sections.filter((s) => s.status === 'partial').length,
      missing: state.sections.filter((s) => s.status === 'missing').length,
      verified: state.sections.filter((s) => s.verified).length,
      sections: 13,
      missingRequired: state.sections.reduce((n, s) => n + s.missingCount, 0),
      generatedAt: state.generatedAt,
    });
    expect(row.verified).toBeGreaterThan(0);
    expect(row.verified).toBeLessThan(13);
  });

  it('shows names, not account ids, once the names are known', () => {
    const state = handoverState('draft');
    const users = { [state.owners.outgoing!]: 'Priya Raman', [state.owners.incoming[0]]: 'Alex Chen' };
    const display = toDisplayRow(toReportRow(hit(state), NOW), users);
    expect(display.outgoingName).toBe('Priya Raman');
    expect(display.incomingNames[0]).toBe('Alex Chen');
    expect(display.statusLabel).toBe('Draft');
  });
});

describe('flag "unverified for more than 14 days"', () => {
  const flag = (state: HandoverState) => toReportRow(hit(state), NOW).flags.unverifiedOver14Days;

  it('is raised for a draft or partly verified handover generated 15 days ago', () => {
    expect(flag(handoverState('draft', { generatedDaysAgo: 15 }))).toBe(true);
    expect(flag(handoverState('in-verification', { generatedDaysAgo: 15, verifiedDaysAgo: 2 }))).toBe(true);
  });

  it('is not raised within 14 days, nor once every section is verified or signed off', () => {
    expect(flag(handoverState('draft', { generatedDaysAgo: 13 }))).toBe(false);
    expect(flag(handoverState('verified', { generatedDaysAgo: 40, verifiedDaysAgo: 30 }))).toBe(false);
    expect(flag(handoverState('signed-off', { generatedDaysAgo: 40, verifiedDaysAgo: 30 }))).toBe(false);
  });
});

describe('flag "regenerated after verification"', () => {
  const flag = (state: HandoverState) => toReportRow(hit(state), NOW).flags.regeneratedAfterVerification;

  it('is raised when the page was generated after the newest verification', () => {
    expect(flag(handoverState('in-verification', { generatedDaysAgo: 3, verifiedDaysAgo: 5 }))).toBe(true);
    expect(flag(handoverState('verified', { generatedDaysAgo: 1, verifiedDaysAgo: 2 }))).toBe(true);
  });

  it('is not raised when verification came after generation, or nothing was verified', () => {
    expect(flag(handoverState('in-verification', { generatedDaysAgo: 5, verifiedDaysAgo: 3 }))).toBe(false);
    expect(flag(handoverState('draft', { generatedDaysAgo: 5 }))).toBe(false);
  });

  it('ignores a tick that was removed before the regeneration (only left in the history)', () => {
    const state = handoverState('draft', { generatedDaysAgo: 2 });
    const section = state.sections[0].id;
    state.history = [
      { section, action: 'verified', by: 'user-incoming', at: new Date(NOW.getTime() - 5 * 864e5).toISOString() },
      { section, action: 'unverified', by: 'user-incoming', at: new Date(NOW.getTime() - 4 * 864e5).toISOString() },
    ];
    expect(flag(state)).toBe(false);
  });
});

describe('a labelled page without usable handover data', () => {
  it('stays in the report with what to do, instead of vanishing', () => {
    const missing = toReportRow(hit(undefined), NOW);
    expect(missing.status).toBeUndefined();
    expect(missing.problem).toBe(NO_PROPERTY_PROBLEM);
    expect(toDisplayRow(missing, {}).statusLabel).toBe('No data');

    const broken = toReportRow(hit({ schemaVersion: 99, status: 'whatever' }), NOW);
    expect(broken.problem).toBe(BAD_PROPERTY_PROBLEM);
    expect(broken.title).toBe('Handover: Payments Ledger');
  });
});
