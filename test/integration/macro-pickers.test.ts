import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedTranscript, startHarness, unwrap, uploadAttachment, type Harness, type WrittenPage } from './harness';

/** What the macro's settings and attachment tab need from the app: people, pages, files and names. */

type Answer<T> = { ok: boolean; value?: T; error?: { code: string; message: string } };
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1d1d30000000049454e44ae426082',
  'hex',
);

describe('the macro pickers and lists', () => {
  let h: Harness;
  let tmp: string;
  beforeAll(async () => {
    h = await startHarness();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-pickers-'));
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const requests = (p: string) => h.server.requestLog.filter((r) => r.path === p);

  test('searchUsers finds people by the start of their names through Confluence user search', async () => {
    h.server.requestLog.length = 0;
    const alex = unwrap<{ users: unknown[] }>(await h.call('searchUsers', { query: 'ale' }));
    expect(alex.users).toEqual([{ accountId: 'user-incoming', displayName: 'Alex Chen' }]);
    const [request] = requests('/wiki/rest/api/search/user');
    expect(new URLSearchParams(request.query).get('cql')).toBe('user.fullname ~ "ale"');

    const sam = unwrap<{ users: Array<{ displayName: string }> }>(await h.call('searchUsers', { query: 'Sam  Riv' }));
    expect(sam.users.map((u) => u.displayName)).toEqual(['Sam Rivera']);
    // The app's own account is nobody's owner.
    const app = unwrap<{ users: unknown[] }>(await h.call('searchUsers', { query: 'KT' }));
    expect(app.users).toEqual([]);
  });

  test('searchUsers needs something to search for, and says so', async () => {
    const empty = await h.call<Answer<unknown>>('searchUsers', { query: '  ' });
    expect(empty.ok).toBe(false);
    expect(empty.error?.message).toMatch(/Type the first letters of a name/);
  });

  test('a quote in the search cannot break out of the CQL string', async () => {
    const odd = unwrap<{ users: unknown[] }>(await h.call('searchUsers', { query: 'a" or type = user or user.fullname ~ "b' }));
    expect(odd.users).toEqual([]);
  });

  test('searchPages answers pages with id, title, whole url and space key', async () => {
    const found = unwrap<{ pages: Array<{ id: string; title: string; url: string; spaceKey?: string }> }>(
      await h.call('searchPages', { query: 'architecture' }),
    );
    const arch = found.pages.find((p) => p.title === 'Order platform architecture');
    expect(arch).toEqual({ id: h.seed.architecturePage.id, title: 'Order platform architecture', url: `${h.server.url}/wiki${h.seed.architecturePage.webui}`, spaceKey: 'DEMO' });
  });

  test('listAttachments also names the files it does not offer, and why', async () => {
    const png = path.join(tmp, 'whiteboard.png');
    fs.writeFileSync(png, PNG);
    await uploadAttachment(h, h.seed.ktPage.id, png, 'user-outgoing', 'image/png');
    const listed = unwrap<{ attachments: Array<{ title: string }>; others: Array<{ title: string; mediaType?: string; reason: string }> }>(
      await h.call('listAttachments'),
    );
    expect(listed.attachments.map((a) => a.title)).toEqual(['seed-order-platform.txt']);
    expect(listed.others).toEqual([
      {
        title: 'whiteboard.png',
        mediaType: 'image/png',
        reason: "whiteboard.png is a PNG image, not a transcript: attach the call's .txt, .vtt, .srt or .docx export",
      },
    ]);
  });

  test('getHandoverStatus names the owners, with one user lookup', async () => {
    const before = unwrap<{ exists: boolean; people: Record<string, string> }>(await h.call('getHandoverStatus'));
    expect(before.exists).toBe(false);
    expect(before.people).toEqual({ 'user-outgoing': 'Priya Raman', 'user-incoming': 'Alex Chen' });

    unwrap<WrittenPage>(await h.call('createOrUpdatePage', { source: { text: seedTranscript() } }));
    const config = { ...h.seed.macroConfig, incomingOwners: ['user-incoming', 'user-admin'] };
    h.server.requestLog.length = 0;
    const after = unwrap<{ exists: boolean; state: { owners: { incoming: string[] } }; people: Record<string, string> }>(
      await h.call('getHandoverStatus', {}, 'user-incoming', config),
    );
    expect(after.exists).toBe(true);
    expect(after.state.owners.incoming).toEqual(['user-incoming']);
    expect(after.people).toEqual({ 'user-outgoing': 'Priya Raman', 'user-incoming': 'Alex Chen', 'user-admin': 'Sam Rivera' });
    expect(requests('/wiki/rest/api/user/bulk')).toHaveLength(1);
    expect(requests('/wiki/rest/api/user')).toHaveLength(0);
  });
});
