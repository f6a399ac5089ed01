/**
 * The local site's page renderer: what a reader of a handover page sees, and that nothing a
 * transcript says can run in their browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectRefs, renderAdf, type AdfNode } from '../../sandbox/site/adf-render';
import { extractFromFile } from '../../src/engine/extract';
import { renderHandover } from '../../src/usecases/handover-page-write';

const SEED = join(__dirname, '..', '..', 'sandbox', 'seed', 'assets', 'seed-order-platform.txt');

const text = (t: string, marks?: AdfNode['marks']): AdfNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const doc = (...content: AdfNode[]): AdfNode => ({ type: 'doc', content });

test('transcript words are shown as text, never as markup', () => {
  const html = renderAdf(doc(p(text('<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>'))));
  expect(html).not.toMatch(/<script|<img/);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
});

test('only http(s) and same-site links become links', () => {
  const html = renderAdf(
    doc(
      p(text('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      p(text('good', [{ type: 'link', attrs: { href: 'https://example.com/runbook' } }])),
      p({ type: 'inlineCard', attrs: { url: 'data:text/html,<b>x</b>' } }),
    ),
  );
  expect(html).not.toContain('javascript:');
  expect(html).not.toMatch(/href="data:/);
  expect(html).toContain('<a href="https://example.com/runbook" rel="noopener noreferrer">good</a>');
  expect(html).toContain('>bad<');
});

test('tasks become checkboxes tied to their Confluence task, ticked when done', () => {
  const tasks: AdfNode = {
    type: 'taskList',
    attrs: { localId: 'list' },
    content: [
      { type: 'taskItem', attrs: { localId: 'a', state: 'DONE' }, content: [text('Verified by incoming owner')] },
      { type: 'taskItem', attrs: { localId: 'b', state: 'TODO' }, content: [text('Verified by incoming owner')] },
      { type: 'taskItem', attrs: { localId: 'c', state: 'TODO' }, content: [text('not synced yet')] },
    ],
  };
  const html = renderAdf(doc(tasks), { taskId: (id) => ({ a: '11', b: '12' })[id] });
  expect(html).toMatch(/<input type="checkbox" class="adf-task-box" checked data-task-id="11" data-local-id="a">/);
  expect(html).toMatch(/<input type="checkbox" class="adf-task-box" data-task-id="12" data-local-id="b">/);
  // A task Confluence does not know (yet) cannot be ticked from the page.
  expect(html).toMatch(/<input type="checkbox" class="adf-task-box" disabled data-local-id="c">/);
});

test("the app's handover page renders: Page Properties, mentions, status lozenges, dates, tasks, smart link", async () => {
  const bytes = readFileSync(SEED);
  const draft = await extractFromFile(bytes, SEED);
  const { adf } = renderHandover({
    draft,
    transcriptText: bytes.toString('utf8'),
    ctx: {
      pageId: '1',
      spaceId: '2',
      accountId: 'user-outgoing',
      config: { architectureUrl: 'https://example.atlassian.net/wiki/spaces/DEMO/pages/9/Architecture', outgoingOwner: 'user-outgoing', incomingOwners: ['user-incoming'] },
    },
    now: '2026-11-29T10:00:00.000Z',
    appVersion: 'test',
  });
  const page = adf as unknown as AdfNode;
  const refs = collectRefs(page);
  const html = renderAdf(page, {
    userName: (id) => ({ 'user-outgoing': 'Priya Raman', 'user-incoming': 'Alex Chen' })[id],
    linkTitle: (url) => (url.includes('/pages/9/') ? 'Architecture' : undefined),
    taskId: (id) => `task-${id}`,
  });
  expect(html).toContain('data-testid="page-properties"');
  expect(html).toMatch(/<th><p>Verified<\/p><\/th><td><p>0\/13<\/p><\/td>/);
  expect(html).toContain('@Priya Raman');
  expect(html).toContain('@Alex Chen');
  expect(html).toMatch(/class="adf-status adf-status-green"[^>]*>COVERED/);
  expect(html).toMatch(/class="adf-status adf-status-red"[^>]*>MISSING/);
  expect(html).toContain('29 Nov 2026');
  expect(html).toContain('>Architecture</a>');
  expect(refs.taskLocalIds.size).toBe(13);
  expect(html.match(/class="adf-task-box" data-task-id=/g)).toHaveLength(13);
  expect(html).toContain('<details class="adf-expand">');
});

test('a Forge macro on the page is handed to the host to frame', () => {
  const macro: AdfNode = { type: 'extension', attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: 'app/env/static/kt-handover-macro', localId: 'm1' } };
  const html = renderAdf(doc(macro), { forgeMacro: (n) => `<iframe data-local-id="${n.attrs?.localId}"></iframe>` });
  expect(html).toBe('<iframe data-local-id="m1"></iframe>');
});
