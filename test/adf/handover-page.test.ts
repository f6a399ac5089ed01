import { buildHandoverPage, NO_ARCHITECTURE_WARNING } from '../../src/adf/handover-page';
import { validateAdf } from '../../src/adf/validate';
import { deriveHandoverState } from '../../src/handover/derive-state';
import type { HandoverState } from '../../src/handover/state';
import { draftFor, nodesOf, SAMPLE_TRANSCRIPT } from './support/drafts';

const OUTGOING = '557058:aaaa-outgoing';
const INCOMING = '557058:bbbb-incoming';
const OTHER = '557058:cccc-other';
const USERS = { [OUTGOING]: 'Priya Raman', [INCOMING]: 'Tom Weber', [OTHER]: 'Sam Lee' };

function stateFor(draft = draftFor({ transcript: SAMPLE_TRANSCRIPT }), extra: Partial<Parameters<typeof deriveHandoverState>[0]> = {}) {
  return deriveHandoverState({
    draft,
    owners: { outgoing: OUTGOING, incoming: [INCOMING] },
    generatedAt: '2026-11-29T10:00:00.000Z',
    generatedBy: OUTGOING,
    appVersion: '0.1.0',
    pageVersion: 1,
    bodyHash: 'x',
    ...extra,
  });
}

/** The Page Properties table as {key: cell}, keys from the header cells. */
function pageProperties(body: unknown) {
  const details = nodesOf(body).find((n) => n.type === 'bodiedExtension' && n.attrs?.extensionKey === 'details');
  if (!details) throw new Error('no details macro');
  const rows = nodesOf(details).filter((n) => n.type === 'tableRow');
  return Object.fromEntries(
    rows.map((r) => {
      const [key, value] = r.content as unknown[];
      const keyText = nodesOf(key).filter((n) => n.type === 'text').map((n) => n.text).join('');
      return [keyText, nodesOf(value)];
    }),
  );
}

const textIn = (nodes: ReturnType<typeof nodesOf>) => nodes.filter((n) => n.type === 'text').map((n) => n.text).join('');

describe('buildHandoverPage', () => {
  it('writes a page both ADF validators accept, titled after the system', () => {
    const draft = draftFor({
      transcript: SAMPLE_TRANSCRIPT,
      missing: { 'sign-off': ['Sign-off date'], 'bad-windows': ['Period when changes must be avoided'] },
      texts: { 'system-overview/System name': 'The system name is order processing platform.' },
    });
    const page = buildHandoverPage(draft, stateFor(draft), { users: USERS, transcriptText: SAMPLE_TRANSCRIPT });
    expect(validateAdf(page.body)).toEqual([]);
    expect(page.title).toBe('Handover: Order processing platform');
  });

  it('falls back to the state name, then a neutral name, when nobody named the system', () => {
    const draft = draftFor({ transcript: SAMPLE_TRANSCRIPT, missing: { 'system-overview': ['System name'] } });
    const state = stateFor(draft);
    expect(buildHandoverPage(draft, state).title).toBe('Handover: Unnamed system');
    expect(buildHandoverPage(draft, { ...state, systemName: 'Ledger' }).title).toBe('Handover: Ledger');
  });

  it('fills the Page Properties table from the state', () => {
    const draft = draftFor({ transcript: SAMPLE_TRANSCRIPT, missing: { 'danger-zones': ['Who must approve'] } });
    const base = stateFor(draft, { architectureUrl: 'https://example.atlassian.net/wiki/x/ABC' });
    const sections = base.sections.map((s, i) =>
      i === 0
        ? { ...s, taskState: 'DONE' as const, verified: { by: INCOMING, at: '2026-11-30T09:00:00.000Z' } }
        : i === 1
          ? { ...s, taskState: 'DONE' as const, flagged: { by: OTHER, at: '2026-11-30T10:00:00.000Z' } }
          : s,
    );
    const state: HandoverState = { ...base, sections, status: 'in-verification', counts: { ...base.counts, verified: 1 } };
    const props = pageProperties(buildHandoverPage(draft, state, { users: USERS }).body);

    expect(props['Status'].find((n: any) => n.type === 'status')?.attrs).toMatchObject({ text: 'IN VERIFICATION' });
    expect(textIn(props['Coverage'])).toBe('12/13');
    expect(textIn(props['Verified'])).toBe('1/13');
    expect(props['Outgoing owner'].find((n: any) => n.type === 'mention')?.attrs).toMatchObject({ id: OUTGOING, text: '@Priya Raman' });
    expect(props['Incoming owner'].find((n: any) => n.type === 'mention')?.attrs).toMatchObject({ id: INCOMING, text: '@Tom Weber' });
    expect(props['Architecture document'].find((n: any) => n.type === 'inlineCard')?.attrs).toEqual({ url: 'https://example.atlassian.net/wiki/x/ABC' });
    expect(props['Last generated'].find((n: any) => n.type === 'date')?.attrs).toEqual({ timestamp: String(Date.parse('2026-11-29T10:00:00.000Z')) });

    const verification = props['Verification'].filter((n: any) => n.type === 'listItem');
    expect(verification).toHaveLength(13);
    const first = nodesOf(verification[0]);
    expect(textIn(first)).toBe('System overview: verified by  on ');
    expect(first.find((n) => n.type === 'mention')?.attrs?.id).toBe(INCOMING);
    expect(first.find((n) => n.type === 'date')?.attrs?.timestamp).toBe(String(Date.parse('2026-11-30T09:00:00.000Z')));
    expect(textIn(nodesOf(verification[1]))).toBe('Architecture reference: ticked by  on  — not an incoming owner, not counted');
    expect(textIn(nodesOf(verification[2]))).toBe('Plain-English notes: not verified');
  });

  it('links the architecture page as a smart link, or warns visibly when there is none', () => {
    const draft = draftFor({ transcript: SAMPLE_TRANSCRIPT });
    const linked = nodesOf(buildHandoverPage(draft, stateFor(draft, { architectureUrl: 'https://wiki.example.com/arch' })).body);
    expect(linked.filter((n) => n.type === 'inlineCard').map((n) => n.attrs?.url)).toEqual(['https://wiki.example.com/arch', 'https://wiki.example.com/arch']);
    expect(textIn(linked)).not.toContain(NO_ARCHITECTURE_WARNING);

    const unlinked = buildHandoverPage(draft, stateFor(draft)).body;
    const warning = nodesOf(unlinked).find((n) => n.type === 'panel' && n.attrs?.panelType === 'warning' && textIn(nodesOf(n)) === NO_ARCHITECTURE_WARNING);
    expect(warning).toBeDefined();
    expect(nodesOf(unlinked).some((n) => n.type === 'inlineCard')).toBe(false);
    expect(validateAdf(unlinked)).toEqual([]);
  });

  it('colours each section lozenge by its status', () => {
    const draft = draftFor({
      transcript: SAMPLE_TRANSCRIPT,
      missing: { 'bad-windows': ['Period when changes must be avoided'], 'danger-zones': ['Why it is dangerous'] },
    });
    const body = buildHandoverPage(draft, stateFor(draft)).body;
    const sectionLozenges = body.content
      .filter((n: any) => n.type === 'paragraph' && n.content?.[0]?.type === 'status')
      .map((n: any) => n.content[0].attrs);
    expect(sectionLozenges).toHaveLength(13);
    expect(sectionLozenges[0]).toEqual({ text: 'COVERED', color: 'green' });
    expect(sectionLozenges[6]).toEqual({ text: 'MISSING', color: 'red' });
    expect(sectionLozenges[7]).toEqual({ text: 'PARTIAL', color: 'yellow' });
  });

  it('puts danger zones in a warning panel, says what is still missing, and closes with every missing field', () => {
    const draft = draftFor({
      transcript: SAMPLE_TRANSCRIPT,
      missing: { 'danger-zones': ['Who must approve'], 'sign-off': ['Incoming owner', 'Sign-off date'] },
    });
    const body = buildHandoverPage(draft, stateFor(draft)).body;
    const all = nodesOf(body);
    const dangerPanel = all.find((n) => n.type === 'panel' && textIn(nodesOf(n)).includes('What not to touch'));
    expect(dangerPanel?.attrs?.panelType).toBe('warning');
    expect(textIn(all)).toContain('Still missing: Incoming owner, Sign-off date');

    const closing = body.content.findIndex((n: any) => n.type === 'heading' && textIn(nodesOf(n)) === 'Missing before sign-off');
    expect(closing).toBeGreaterThan(0);
    const listed = body.content.slice(closing + 1).map((n: any) => textIn(nodesOf(n))).join('\n');
    expect(listed).toBe('Danger zones: Who must approveSign-off: Incoming owner, Sign-off date');
  });

  it('gives each section one "Verified by incoming owner" task with its state localId and state', () => {
    const draft = draftFor({ transcript: SAMPLE_TRANSCRIPT });
    const state = stateFor(draft);
    const tasks = nodesOf(buildHandoverPage(draft, state).body).filter((n) => n.type === 'taskItem');
    expect(tasks.map((t) => t.attrs?.localId)).toEqual(state.sections.map((s) => s.taskLocalId));
    expect(tasks.every((t) => t.attrs?.state === 'TODO' && textIn(nodesOf(t)) === 'Verified by incoming owner')).toBe(true);
  });

  it('is deterministic: the same draft and state give the same JSON', () => {
    const draft = draftFor({ transcript: SAMPLE_TRANSCRIPT });
    const state = stateFor(draft);
    const opts = { users: USERS, transcriptText: SAMPLE_TRANSCRIPT };
    expect(JSON.stringify(buildHandoverPage(draft, state, opts))).toBe(JSON.stringify(buildHandoverPage(draft, state, opts)));
  });

  it('shows evidence with time, speaker and the quote cut from the transcript', () => {
    const transcript = 'Intro words here. The rollback approver is the on-call lead, always. More words after that.';
    const draft = draftFor({ transcript });
    const section = draft.sections.find((s) => s.id === 'deployment-rollback')!;
    const start = transcript.indexOf('The rollback');
    section.items[0].evidence = [{ start, end: transcript.indexOf(' More'), time: '00:12:03', speaker: 'Priya' }];
    const body = buildHandoverPage(draft, stateFor(draft), { transcriptText: transcript }).body;
    const expandNode = nodesOf(body).find((n) => n.type === 'expand' && String(n.attrs?.title).includes('Deployment & rollback'));
    expect(textIn(nodesOf(expandNode))).toContain('00:12:03 · Priya: “The rollback approver is the on-call lead, always.”');
  });

  it('uses the compact evidence form for a very long transcript and stays valid', () => {
    const long = 'We deploy on Tuesdays after the checks pass and the pipeline is green. '.repeat(2000);
    const draft = draftFor({ transcript: long });
    for (const s of draft.sections) for (const item of s.items) {
      item.evidence = Array.from({ length: 5 }, (_, k) => ({ start: k * 1000, end: k * 1000 + 900, time: '01:00:00', speaker: 'Priya' }));
    }
    const full = buildHandoverPage(draft, stateFor(draft), { transcriptText: long.slice(0, 50_000) }).body;
    const compact = buildHandoverPage(draft, stateFor(draft), { transcriptText: long }).body;
    const quotes = (b: unknown) => nodesOf(b).filter((n) => n.type === 'text' && n.text?.startsWith('01:00:00')).map((n) => n.text!);
    expect(quotes(compact).length).toBeLessThan(quotes(full).length);
    expect(Math.max(...quotes(compact).map((q) => q.length))).toBeLessThan(200);
    expect(textIn(nodesOf(compact))).toContain('and 4 more');
    expect(validateAdf(compact)).toEqual([]);
  });
});

describe('validateAdf', () => {
  it('reports what is wrong with an invalid document, from both validators', () => {
    const bad = {
      type: 'doc',
      version: 1,
      content: [{ type: 'taskList', attrs: { localId: 'l' }, content: [{ type: 'taskItem', attrs: { localId: 't', state: 'MAYBE' }, content: [] }] }],
    };
    const errors = validateAdf(bad);
    expect(errors.some((e) => e.startsWith('adf-utils: taskItem'))).toBe(true);
    expect(errors.some((e) => e.startsWith('json-schema: /content/0/content/0'))).toBe(true);
  });
});
