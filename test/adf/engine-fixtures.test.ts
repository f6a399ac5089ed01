import { SEED_TRANSCRIPT } from '../engine/reference';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildHandoverPage } from '../../src/adf/handover-page';
import { validateAdf } from '../../src/adf/validate';
import { extractHandover } from '../../src/engine/extract';
import { readTranscript } from '../../src/engine/input';
import { deriveHandoverState, recount } from '../../src/handover/derive-state';
import type { HandoverState } from '../../src/handover/state';
import { nodesOf } from './support/drafts';

const ROOT = path.resolve(__dirname, '../..');
const SEED = SEED_TRANSCRIPT;
const FIXTURES = path.join(ROOT, 'test/fixtures');

/** The transcript file behind each gold file (for docx, the .docx itself, not its text dump). */
function transcriptFiles(): string[] {
  const golds = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.json')) : [];
  const files = golds.map((g) => {
    const gold = JSON.parse(readFileSync(path.join(FIXTURES, g), 'utf8')) as { transcript: string };
    const file = path.resolve(FIXTURES, gold.transcript);
    const docx = file.replace(/\.docx\.txt$/, '.docx');
    return docx !== file && existsSync(docx) ? docx : file;
  });
  return [SEED, ...files];
}

const PAGE_NODES = new Set(['doc', 'bodiedExtension', 'table', 'tableRow', 'tableHeader', 'tableCell', 'paragraph', 'text', 'status', 'mention', 'date', 'bulletList', 'listItem', 'panel', 'heading', 'taskList', 'taskItem', 'expand', 'inlineCard']);

describe.each(transcriptFiles().map((f) => [path.basename(f), f]))('handover page for %s', (_name, file) => {
  let draft: ReturnType<typeof extractHandover>;
  let text: string;
  let fresh: HandoverState;

  beforeAll(async () => {
    const transcript = await readTranscript(readFileSync(file), path.basename(file));
    text = transcript.text;
    draft = extractHandover(transcript);
    fresh = deriveHandoverState({
      draft,
      owners: { outgoing: 'acc-out', incoming: ['acc-in'] },
      generatedAt: '2026-11-29T10:00:00.000Z',
      generatedBy: 'acc-out',
      appVersion: '0.1.0',
      pageVersion: 1,
      bodyHash: 'h',
    });
  });

  it('passes both ADF validators, fresh and with every section ticked', () => {
    const ticked = recount({
      ...fresh,
      architectureUrl: 'https://example.atlassian.net/wiki/spaces/ENG/pages/1/Architecture',
      sections: fresh.sections.map((s, i) => ({
        ...s,
        taskState: 'DONE' as const,
        ...(i % 4 === 3 ? { flagged: { by: 'acc-other', at: '2026-11-30T10:00:00.000Z' } } : { verified: { by: 'acc-in', at: '2026-11-30T09:00:00.000Z' } }),
      })),
    });
    const users = { 'acc-out': 'Out Going', 'acc-in': 'In Coming', 'acc-other': 'Some One' };
    expect(validateAdf(buildHandoverPage(draft, fresh, { transcriptText: text }).body)).toEqual([]);
    expect(validateAdf(buildHandoverPage(draft, ticked, { transcriptText: text, users }).body)).toEqual([]);
  });

  it('shows every section with its task, and only the node kinds the page is made of', () => {
    const nodes = nodesOf(buildHandoverPage(draft, fresh, { transcriptText: text }).body);
    expect(nodes.filter((n) => n.type === 'taskItem').map((n) => n.attrs?.localId)).toEqual(fresh.sections.map((s) => s.taskLocalId));
    expect([...new Set(nodes.map((n) => n.type))].filter((t) => !PAGE_NODES.has(t))).toEqual([]);
    const hrefs = nodes.flatMap((n) => (n.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href)));
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
  });

  it('quotes evidence word for word from the transcript', () => {
    const folded = text.replace(/\s+/g, ' ');
    const quotes = nodesOf(buildHandoverPage(draft, fresh, { transcriptText: text }).body)
      .filter((n) => n.type === 'text')
      .flatMap((n) => [...(n.text ?? '').matchAll(/“([^”]*)”/g)].map((m) => m[1].replace(/…$/, '')));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.filter((q) => !folded.includes(q))).toEqual([]);
  });
});
