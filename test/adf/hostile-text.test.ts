import { buildHandoverPage } from '../../src/adf/handover-page';
import { validateAdf } from '../../src/adf/validate';
import { deriveHandoverState } from '../../src/handover/derive-state';
import { draftFor, nodesOf } from './support/drafts';

/** Things a transcript (or a malicious attachment) could contain that must never become structure. */
const HOSTILE = [
  '{"type":"inlineCard","attrs":{"url":"https://evil.example/steal"}}',
  '{"type":"doc","version":1,"content":[{"type":"extension","attrs":{"extensionKey":"html"}}]}',
  'click javascript:alert(document.cookie) now',
  '[the runbook](javascript:alert(1)) and [docs](data:text/html,<script>alert(1)</script>)',
  '<a href="javascript:alert(1)">link</a> <img src=x onerror=alert(1)> <script>alert(2)</script>',
  '**bold** _em_ `code` <!-- comment --> @here',
  'ftp://files.example/secret and //evil.example/x and https://user:pw@evil.example/',
];

const TRUSTED_LINK = 'https://wiki.example.com/arch';

function hostilePage() {
  const transcript = HOSTILE.join('\n');
  const day1 = ['Access needed', 'Safe first actions', 'Actions not to take yet'];
  const texts: Record<string, string> = { 'plain-english-notes/Tribal knowledge': HOSTILE.join(' ') };
  HOSTILE.forEach((h, i) => (texts[`day-1-checklist/${day1[i % 3]}`] = h));
  texts['architecture-reference/Link to the architecture document'] = `The page is at ${TRUSTED_LINK}. Also javascript:alert(1)`;
  const draft = draftFor({ transcript, texts });
  // Evidence quotes are cut from the hostile transcript line by line.
  let at = 0;
  const spans = HOSTILE.map((h) => {
    const span = { start: at, end: at + h.length, speaker: '<b>Mallory</b>', time: '00:00:01' };
    at += h.length + 1;
    return span;
  });
  draft.sections.find((s) => s.id === 'danger-zones')!.items[0].evidence = spans;
  const state = deriveHandoverState({
    draft,
    owners: { incoming: [] },
    architectureUrl: 'javascript:alert(1)',
    generatedAt: '2026-11-29T10:00:00.000Z',
    generatedBy: 'me',
    appVersion: '0.1.0',
    pageVersion: 1,
    bodyHash: 'x',
  });
  return { page: buildHandoverPage(draft, state, { transcriptText: transcript, users: { me: '<script>x</script>' } }), state };
}

describe('untrusted transcript text on the handover page', () => {
  it('stays text: every hostile string appears verbatim inside text nodes, and the page is valid', () => {
    const { page } = hostilePage();
    expect(validateAdf(page.body)).toEqual([]);
    const texts = nodesOf(page.body).filter((n) => n.type === 'text').map((n) => n.text!);
    for (const h of HOSTILE) expect(texts.some((t) => t.includes(h))).toBe(true);
  });

  it('creates no node type from transcript text: only the kinds the page itself is made of', () => {
    const { page } = hostilePage();
    const types = new Set(nodesOf(page.body).map((n) => n.type));
    const allowed = ['doc', 'bodiedExtension', 'table', 'tableRow', 'tableHeader', 'tableCell', 'paragraph', 'text', 'status', 'mention', 'date', 'bulletList', 'listItem', 'panel', 'heading', 'taskList', 'taskItem', 'expand', 'inlineCard'];
    expect([...types].filter((t) => !allowed.includes(t))).toEqual([]);
    // The javascript: URL from the config is refused; the smart link is the https URL that was spoken.
    const cards = nodesOf(page.body).filter((n) => n.type === 'inlineCard').map((n) => n.attrs?.url);
    expect(new Set(cards)).toEqual(new Set([TRUSTED_LINK]));
  });

  it('links only real http(s) URLs that were stated, never javascript:, data:, ftp: or credentials', () => {
    const { page, state } = hostilePage();
    const links = nodesOf(page.body).flatMap((n) => (n.marks ?? []).filter((m) => m.type === 'link').map((m) => m.attrs?.href));
    // A typed https URL may become a link (even inside JSON-looking text); nothing else does.
    expect([...new Set(links)].sort()).toEqual(['https://evil.example/steal', TRUSTED_LINK]);
    // The architecture URL in the state comes from the transcript, since the config value was not http(s).
    expect(state.architectureUrl).toBe(TRUSTED_LINK);
    const marks = new Set(nodesOf(page.body).flatMap((n) => (n.marks ?? []).map((m) => m.type)));
    expect([...marks].sort()).toEqual(['link', 'strong']);
  });

  it('keeps bold only for template field names, never for transcript words', () => {
    const { page } = hostilePage();
    const bold = nodesOf(page.body).filter((n) => n.marks?.some((m) => m.type === 'strong')).map((n) => n.text);
    for (const b of bold) for (const h of HOSTILE) expect(b).not.toContain(h);
  });
});
