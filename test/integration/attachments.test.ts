import fs from 'node:fs';
import path from 'node:path';
import { nodesOf, pageOf, startHarness, stateOf, unwrap, uploadAttachment, type Harness, type WrittenPage } from './harness';

/** Transcripts attached to the macro's page, in every format the engine reads. */

const FIXTURES = path.resolve('test/fixtures');
const FILES: Array<{ file: string; format: string; mediaType: string }> = [
  { file: 'zoom-payments-ledger.vtt', format: 'vtt', mediaType: 'text/vtt' },
  { file: 'srt-mobile-gateway.srt', format: 'srt', mediaType: 'application/x-subrip' },
  { file: 'teams-docx-reporting.docx', format: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { file: 'otter-identity-auth.txt', format: 'text', mediaType: 'text/plain' },
].filter((f) => fs.existsSync(path.join(FIXTURES, f.file)));

interface Listed {
  attachments: Array<{ id: string; title: string }>;
}

describe('transcript attachments', () => {
  let h: Harness;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    h = await startHarness();
    for (const f of FILES) ids.set(f.file, await uploadAttachment(h, h.seed.ktPage.id, path.join(FIXTURES, f.file), 'user-outgoing', f.mediaType));
    await uploadAttachment(h, h.seed.ktPage.id, path.resolve('package.json'), 'user-outgoing', 'application/json');
  });
  afterAll(() => h.close());

  test('the fixtures of every format are there', () => {
    expect(FILES.map((f) => f.format).sort()).toEqual(['docx', 'srt', 'text', 'vtt']);
  });

  test('the macro lists only the transcripts attached to its page', async () => {
    const listed = unwrap<Listed>(await h.call('listAttachments'));
    expect(listed.attachments.map((a) => a.title).sort()).toEqual([...FILES.map((f) => f.file), 'seed-order-platform.txt'].sort());
  });

  test.each(FILES)('$file is read as $format and previewed as a 13-section draft', async ({ file, format }) => {
    const read = unwrap<{ title: string; format: string; text: string }>(await h.call('readAttachment', { attachmentId: ids.get(file) }));
    expect(read.title).toBe(file);
    expect(read.format).toBe(format);
    expect(read.text.length).toBeGreaterThan(500);

    const preview = unwrap<{ format: string; draft: { sections: Array<{ status: string }> }; fileName: string }>(
      await h.call('preview', { source: { attachmentId: ids.get(file) } }),
    );
    expect(preview.format).toBe(format);
    expect(preview.fileName).toBe(file);
    expect(preview.draft.sections).toHaveLength(13);
    expect(preview.draft.sections.some((s) => s.status !== 'missing')).toBe(true);
  });

  test.each(FILES)('a handover page is written from $file', async ({ file }) => {
    const page = unwrap<WrittenPage>(await h.call('createOrUpdatePage', { source: { attachmentId: ids.get(file) } }));
    const written = await pageOf(h, page.pageId);
    const state = await stateOf(h, page.pageId);
    expect(written.title).toBe(page.title);
    expect(nodesOf(written.adf).filter((n) => n.type === 'taskItem')).toHaveLength(13);
    expect(state.pageVersion).toBe(written.version.number);
  });

  test('a file that is not a transcript, or not on this page, is refused with what to do', async () => {
    const all = await h.rest<{ results: Array<{ id: string; title: string }> }>('GET', `/wiki/api/v2/pages/${h.seed.ktPage.id}/attachments`, 'user-admin');
    const json = all.json.results.find((a) => a.title === 'package.json')!;
    const notTranscript = await h.call<{ ok: boolean; error: { message: string } }>('readAttachment', { attachmentId: json.id });
    expect(notTranscript.ok).toBe(false);
    expect(notTranscript.error.message).toMatch(/not a transcript.*\.txt, \.vtt, \.srt or \.docx/);

    const elsewhere = await uploadAttachment(h, h.seed.architecturePage.id, path.join(FIXTURES, FILES[0].file));
    const foreign = await h.call<{ ok: boolean; error: { code: string } }>('readAttachment', { attachmentId: elsewhere });
    expect(foreign.ok).toBe(false);
    expect(foreign.error.code).toBe('not-found');
  });
});
