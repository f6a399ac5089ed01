import { buildHandoverPage } from '../../src/adf/handover-page';
import { deriveHandoverState, recount, statusOf } from '../../src/handover/derive-state';
import { architectureUrlOf, systemNameOf } from '../../src/handover/draft-facts';
import { HandoverStateSchema, type HandoverState } from '../../src/handover/state';
import { draftFor, nodesOf, SAMPLE_TRANSCRIPT } from './support/drafts';

const INCOMING = 'acc-incoming';

function derive(draft = draftFor({ transcript: SAMPLE_TRANSCRIPT }), previous?: HandoverState) {
  return deriveHandoverState({
    draft,
    previous,
    owners: { outgoing: 'acc-out', incoming: [INCOMING] },
    generatedAt: new Date(Date.UTC(2026, 10, 29)).toISOString(),
    generatedBy: 'acc-out',
    appVersion: '0.1.0',
    pageVersion: previous ? previous.pageVersion + 1 : 1,
    bodyHash: 'h',
  });
}

function tick(state: HandoverState, ids: string[], by = INCOMING): HandoverState {
  return recount({
    ...state,
    sections: state.sections.map((s) =>
      ids.includes(s.id) ? { ...s, taskState: 'DONE', verified: { by, at: '2026-11-30T08:00:00.000Z' } } : s,
    ),
  });
}

describe('deriveHandoverState', () => {
  it('gives every section its own task id and a state the content-property schema accepts', () => {
    const state = derive();
    expect(HandoverStateSchema.safeParse(state).success).toBe(true);
    expect(new Set(state.sections.map((s) => s.taskLocalId)).size).toBe(13);
    expect(state.status).toBe('draft');
    expect(state.counts).toEqual({ covered: 13, partial: 0, missing: 0, verified: 0, missingRequired: 0 });
  });

  it('counts coverage and missing fields from the draft', () => {
    const draft = draftFor({
      transcript: SAMPLE_TRANSCRIPT,
      missing: { 'bad-windows': ['Period when changes must be avoided'], 'sign-off': ['Sign-off date'] },
    });
    expect(derive(draft).counts).toEqual({ covered: 11, partial: 1, missing: 1, verified: 0, missingRequired: 2 });
  });

  it('keeps task ids, DONE states, records and history across regeneration, even from a different draft', () => {
    const first = tick(derive(), ['system-overview', 'danger-zones']);
    const withFlag: HandoverState = {
      ...first,
      sections: first.sections.map((s) => (s.id === 'sign-off' ? { ...s, taskState: 'DONE', flagged: { by: 'acc-other', at: '2026-11-30T09:00:00.000Z' } } : s)),
      history: [{ section: 'system-overview', action: 'verified', by: INCOMING, at: '2026-11-30T08:00:00.000Z' }],
    };
    const changed = draftFor({ transcript: SAMPLE_TRANSCRIPT, missing: { 'danger-zones': ['Who must approve'] } });
    const again = derive(changed, withFlag);

    expect(again.sections.map((s) => s.taskLocalId)).toEqual(first.sections.map((s) => s.taskLocalId));
    expect(again.sections.filter((s) => s.taskState === 'DONE').map((s) => s.id)).toEqual(['system-overview', 'danger-zones', 'sign-off']);
    expect(again.sections.find((s) => s.id === 'danger-zones')).toMatchObject({ status: 'partial', verified: { by: INCOMING }, missingCount: 1 });
    expect(again.sections.find((s) => s.id === 'sign-off')?.flagged?.by).toBe('acc-other');
    expect(again.history).toHaveLength(1);
    expect(again.counts.verified).toBe(2);
    expect(again.status).toBe('in-verification');
    expect(again.pageVersion).toBe(2);

    // And the rebuilt page carries the same task ids with their DONE states.
    const tasks = nodesOf(buildHandoverPage(changed, again).body).filter((n) => n.type === 'taskItem');
    expect(tasks.map((t) => [t.attrs?.localId, t.attrs?.state])).toEqual(first.sections.map((s) => [s.taskLocalId, ['system-overview', 'danger-zones', 'sign-off'].includes(s.id) ? 'DONE' : 'TODO']));
  });

  it('moves Draft → In verification → Verified → Signed off; flagged ticks do not count', () => {
    const all = derive().sections.map((s) => s.id);
    const flaggedOnly = recount({ ...derive(), sections: derive().sections.map((s) => ({ ...s, flagged: { by: 'x', at: 'y' } })) });
    expect(flaggedOnly.status).toBe('draft');
    expect(tick(derive(), ['system-overview']).status).toBe('in-verification');
    expect(tick(derive(), all).status).toBe('signed-off');

    const unsigned = draftFor({ transcript: SAMPLE_TRANSCRIPT, missing: { 'sign-off': ['Sign-off date'] } });
    expect(tick(derive(unsigned), all).status).toBe('verified');
    expect(statusOf([])).toBe('draft');
  });

  it('uses the configured architecture URL only when it is http(s), else one spoken in the architecture items', () => {
    const spoken = draftFor({
      transcript: SAMPLE_TRANSCRIPT,
      texts: { 'architecture-reference/Link to the architecture document': 'It lives at https://wiki.example.com/display/ENG/Arch.' },
    });
    expect(architectureUrlOf(spoken)).toBe('https://wiki.example.com/display/ENG/Arch');
    const config = (architectureUrl: string) =>
      deriveHandoverState({ draft: spoken, owners: {}, architectureUrl, generatedAt: 'now', generatedBy: 'me', appVersion: '1', pageVersion: 1, bodyHash: 'h' }).architectureUrl;
    expect(config('https://example.atlassian.net/wiki/x/1')).toBe('https://example.atlassian.net/wiki/x/1');
    expect(config('javascript:alert(1)')).toBe('https://wiki.example.com/display/ENG/Arch');
    expect(architectureUrlOf(draftFor({ transcript: SAMPLE_TRANSCRIPT }))).toBeUndefined();
  });

  it('reads the system name out of the stated sentence', () => {
    const named = (text: string) => systemNameOf(draftFor({ transcript: SAMPLE_TRANSCRIPT, texts: { 'system-overview/System name': text } }));
    expect(named('The system name is cloud native order processing platform.')).toBe('Cloud native order processing platform');
    expect(named('Payments ledger service')).toBe('Payments ledger service');
    expect(systemNameOf(draftFor({ transcript: SAMPLE_TRANSCRIPT, missing: { 'system-overview': ['System name'] } }))).toBeUndefined();
  });
});
