/**
 * Issue 4 end to end, in headless Chromium against `npm start`'s site: a user pastes or
 * attaches a KT transcript in the macro, previews the 13 sections, creates the handover
 * page, and reads it in the page view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, macroFrame, openAs, screenshot } from './support/browser';
import {
  attachmentOptions,
  chooseAttachment,
  createPage,
  engineStatuses,
  errorShown,
  pageProperties,
  pasteTranscript,
  preview,
} from './support/macro';
import { ROOT, startTestSite, type TestSite } from './support/site';

const SEED = join(ROOT, 'sandbox', 'seed', 'assets', 'seed-order-platform.txt');
const VTT = join(ROOT, 'test', 'fixtures', 'zoom-payments-ledger.vtt');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1d1d30000000049454e44ae426082', 'hex');

let site: TestSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchBrowser();
  ({ context, page } = await openAs(browser, site.url, 'user-outgoing'));
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.stop();
});

const ktPageUrl = () => `${site.url}/wiki/spaces/DEMO/pages/${site.demo.ktPage.id}`;

describe('the KT macro with a pasted transcript', () => {
  test('Preview shows the 13 sections with the statuses the engine gives the seed transcript', async () => {
    await page.goto(ktPageUrl());
    const frame = macroFrame(page);
    // The seeded settings hold account ids only: the macro names the people.
    await expect(frame.getByTestId('incoming-owners').innerText()).resolves.toBe('Alex Chen');
    await expect(frame.getByTestId('outgoing-owner').innerText()).resolves.toBe('Priya Raman');
    await pasteTranscript(frame, readFileSync(SEED, 'utf8'));
    const shown = await preview(frame);
    const expected = await engineStatuses(SEED);

    expect(shown).toHaveLength(13);
    expect(shown).toEqual(expected);
    // Known verdicts for the seed call: nobody signed off, the architecture doc was only half described.
    expect(shown.find((s) => s.id === 'sign-off')?.status).toBe('missing');
    expect(shown.find((s) => s.id === 'architecture-reference')?.status).toBe('partial');
    // The architecture page chosen in the macro's settings is the one the page will link.
    await expect(frame.getByTestId('preview-architecture').innerText()).resolves.toContain('Order platform architecture');

    // Each item shows the words behind it (this plain-text call has no speakers or times; the .vtt test checks those).
    await frame.getByTestId('expand-all').click();
    const evidence = frame.locator('[data-section-id="deployment-rollback"] [data-testid="evidence"]').first();
    const quote = await evidence.locator('q').innerText();
    expect(quote.length).toBeGreaterThan(10);
    expect(readFileSync(SEED, 'utf8').replace(/\s+/g, ' ')).toContain(quote.replace(/…$/, ''));
    await expect(frame.getByTestId('missing-list').innerText()).resolves.toContain('Sign-off');
    await frame.getByTestId('expand-all').click();
    await screenshot(page, 'macro-preview', page.getByTestId('forge-macro'));
  });

  test('Create handover page writes the page: sections, Page Properties, 13 tasks, the architecture link', async () => {
    const frame = macroFrame(page);
    const href = await createPage(frame);
    await expect(frame.getByTestId('done').innerText()).resolves.toContain('Handover page created');
    await expect(frame.getByTestId('create-button').innerText()).resolves.toBe('Update handover page');
    await screenshot(page, 'macro-created');

    await Promise.all([page.waitForNavigation(), frame.getByTestId('page-link').click()]);
    expect(page.url()).toBe(href);
    await expect(page.getByTestId('page-title').innerText()).resolves.toMatch(/^Handover: /);

    const headings = await page.locator('[data-testid="page-body"] h2').allInnerTexts();
    const titles = (await engineStatuses(SEED)).map((s) => s.id);
    expect(headings.length).toBeGreaterThanOrEqual(titles.length);
    for (const t of ['System overview', 'Architecture reference', 'Deployment & rollback', 'Sign-off']) expect(headings).toContain(t);

    const props = await pageProperties(page);
    expect(props.Status).toBe('DRAFT');
    expect(props.Verified).toBe('0/13');
    expect(props.Coverage).toMatch(/^\d+\/13$/);
    expect(props['Outgoing owner']).toBe('@Priya Raman');
    expect(props['Incoming owner']).toBe('@Alex Chen');

    await expect(page.locator('input.adf-task-box').count()).resolves.toBe(13);
    await expect(page.locator('input.adf-task-box:checked').count()).resolves.toBe(0);

    const link = page.locator('[data-testid="page-properties"] [data-testid="smart-link"]');
    await expect(link.innerText()).resolves.toContain('Order platform architecture');
    await expect(link.getAttribute('data-url')).resolves.toBe(site.demo.macroConfig.architectureUrl);
    await screenshot(page, 'handover-page');

    // The smart link leads to the architecture page.
    await Promise.all([page.waitForNavigation(), link.click()]);
    await expect(page.getByTestId('page-title').innerText()).resolves.toBe('Order platform architecture');
  });

  test('when Confluence is busy the macro says so, and trying again works', async () => {
    await page.goto(ktPageUrl());
    const frame = macroFrame(page);
    await pasteTranscript(frame, readFileSync(SEED, 'utf8'));
    await frame.getByTestId('create-button').waitFor();
    // Confluence rate-limits the app's next search and asks to come back in a minute.
    site.sandbox.faults.add({ method: 'GET', pathPattern: '^/wiki/rest/api/search', status: 429, times: 1, retryAfterSeconds: 60 });
    await frame.getByTestId('create-button').click();
    const err = await errorShown(frame);
    expect(err.code).toBe('BUSY');
    expect(err.text).toContain('Confluence is busy');
    expect(err.text).toMatch(/try again/i);
    await screenshot(page, 'macro-error-busy', page.getByTestId('forge-macro'));

    await createPage(frame);
    await expect(frame.getByTestId('done').innerText()).resolves.toMatch(/Handover page (created|updated)/);
  });

  test('after someone edits the handover page by hand, the macro asks before replacing it', async () => {
    const children = await site.rest(`/wiki/api/v2/pages/${site.demo.ktPage.id}/children`);
    const handoverId = String(children.json.results[0].id);
    const current = await site.rest(`/wiki/api/v2/pages/${handoverId}?body-format=atlas_doc_format`);
    const body = JSON.parse(current.json.body.atlas_doc_format.value);
    body.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Note added by hand: call Sam before any deploy.' }] });
    const put = await site.rest(`/wiki/api/v2/pages/${handoverId}`, {
      method: 'PUT',
      as: 'user-incoming',
      body: { id: handoverId, status: 'current', title: current.json.title, body: { representation: 'atlas_doc_format', value: JSON.stringify(body) }, version: { number: current.json.version.number + 1 } },
    });
    expect(put.status).toBe(200);

    await page.goto(ktPageUrl());
    const frame = macroFrame(page);
    await pasteTranscript(frame, readFileSync(SEED, 'utf8'));
    await frame.getByTestId('create-button').click();
    const confirm = frame.getByTestId('confirm-replace');
    await confirm.waitFor();
    await expect(confirm.innerText()).resolves.toMatch(/edited the handover page by hand/i);
    await screenshot(page, 'macro-confirm-replace', page.getByTestId('forge-macro'));
    // Nothing was written while the question is open.
    const unchanged = await site.rest(`/wiki/api/v2/pages/${handoverId}`);
    expect(unchanged.json.version.number).toBe(current.json.version.number + 1);

    await frame.getByTestId('confirm-replace-button').click();
    await frame.getByTestId('done').waitFor();
    await expect(frame.getByTestId('done').innerText()).resolves.toContain('Handover page updated');
    const replaced = await site.rest(`/wiki/api/v2/pages/${handoverId}?body-format=atlas_doc_format`);
    expect(replaced.json.body.atlas_doc_format.value).not.toContain('Note added by hand');
  });

  test('an empty paste says so and what to do, without calling Confluence', async () => {
    await page.goto(ktPageUrl());
    const frame = macroFrame(page);
    await pasteTranscript(frame, '   \n  ');
    await frame.getByTestId('preview-button').click();
    const err = await errorShown(frame);
    expect(err.code).toBe('EMPTY');
    expect(err.text).toContain('The transcript is empty');
    expect(err.text).toMatch(/Paste the text/);
    await screenshot(page, 'macro-error-empty');
  });
});

describe('the KT macro with an attached transcript', () => {
  let pageId: string;

  beforeAll(async () => {
    pageId = await site.createMacroPage('Payments ledger KT');
    await site.attach(pageId, 'zoom-payments-ledger.vtt', readFileSync(VTT), 'text/vtt');
    await site.attach(pageId, 'whiteboard.png', PNG, 'image/png');
    await site.attach(pageId, 'call-notes.txt', PNG, 'text/plain');
  });

  test("settings saved in the macro's config panel (view.submit) are what the app uses", async () => {
    await page.goto(`${site.url}/wiki/spaces/DEMO/pages/${pageId}`);
    await page.locator('[data-edit-macro]').first().click();
    const config = page.frameLocator('iframe[data-frame-id="macro-1-config"]');
    // Start from no architecture page, so the one saved below can only come from the search.
    await config.getByTestId('architecture-url').fill('');
    await config.getByTestId('page-search').fill('architecture');
    await config.getByTestId('page-search-button').click();
    const hit = config.getByTestId('page-hits').getByRole('button', { name: /Order platform architecture/ });
    await expect(hit.innerText()).resolves.toBe('Order platform architecture (DEMO)');
    await hit.click();
    await expect(config.getByTestId('architecture-url').inputValue()).resolves.toBe(`${site.url}/wiki${site.demo.architecturePage.webui}`);

    // Owners are people: the saved id shows as its name, and more are found by typing a name.
    const labels = config.locator('.kt-incoming__multi-value');
    await config.locator('.kt-incoming__multi-value', { hasText: 'Alex Chen' }).waitFor();
    await expect(config.locator('.kt-outgoing__single-value').innerText()).resolves.toBe('Priya Raman');
    await config.locator('#kt-incoming').fill('sam r');
    await config.locator('.kt-incoming__option', { hasText: 'Sam Rivera' }).click();
    await expect(labels.allInnerTexts()).resolves.toEqual(['Alex Chen', 'Sam Rivera']);
    await screenshot(page, 'macro-settings', page.locator('.forge-config').first());
    await Promise.all([page.waitForNavigation(), config.getByTestId('save-settings').click()]);

    const summary = macroFrame(page).getByTestId('settings-summary');
    await expect(summary.getByTestId('incoming-owners').innerText()).resolves.toBe('Alex Chen, Sam Rivera');
    await expect(summary.innerText()).resolves.toContain('Order platform architecture');
  });

  test('a .vtt attachment previews and creates like a paste', async () => {
    await page.goto(`${site.url}/wiki/spaces/DEMO/pages/${pageId}`);
    const frame = macroFrame(page);
    await chooseAttachment(frame, 'zoom-payments-ledger.vtt');
    const shown = await preview(frame);
    expect(shown).toEqual(await engineStatuses(VTT));
    // A Zoom cue carries speaker and time: the quotes say who said it and when.
    await frame.getByTestId('expand-all').click();
    await expect(frame.locator('[data-testid="evidence"] cite').first().innerText()).resolves.toMatch(/\S+.*\d\d:\d\d:\d\d/);
    await screenshot(page, 'macro-attachment-vtt');

    await createPage(frame);
    await Promise.all([page.waitForNavigation(), frame.getByTestId('page-link').click()]);
    await expect(page.locator('input.adf-task-box').count()).resolves.toBe(13);
    const props = await pageProperties(page);
    expect(props.Verified).toBe('0/13');
    expect(props['Incoming owner']).toContain('@Alex Chen');
    expect(props['Incoming owner']).toContain('@Sam Rivera');
    // The page links the architecture page picked in the settings' search.
    const link = page.locator('[data-testid="page-properties"] [data-testid="smart-link"]');
    await expect(link.count()).resolves.toBe(1);
    await expect(link.getAttribute('data-url')).resolves.toBe(`${site.url}/wiki${site.demo.architecturePage.webui}`);
  });

  test('a PNG attachment is shown as not usable, with why; a picture saved as .txt is refused in words', async () => {
    await page.goto(`${site.url}/wiki/spaces/DEMO/pages/${pageId}`);
    const frame = macroFrame(page);
    const options = await attachmentOptions(frame);
    expect(options.some((o) => o.includes('zoom-payments-ledger.vtt'))).toBe(true);
    expect(options.some((o) => o.includes('whiteboard.png'))).toBe(false);

    // The user sees their picture, greyed out and not choosable, and what to attach instead.
    const png = frame.getByTestId('unusable-attachment').filter({ hasText: 'whiteboard.png' });
    await expect(png.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(png.locator('input').count()).resolves.toBe(0);
    await expect(png.innerText()).resolves.toContain(
      "whiteboard.png is a PNG image, not a transcript: attach the call's .txt, .vtt, .srt or .docx export",
    );
    const [shade, normal] = await Promise.all([
      png.evaluate((el) => getComputedStyle(el).color),
      frame.getByTestId('attachment-choices').locator('label').first().evaluate((el) => getComputedStyle(el).color),
    ]);
    expect(shade).not.toBe(normal);
    await screenshot(page, 'macro-attachment-png', page.getByTestId('forge-macro'));

    await chooseAttachment(frame, 'call-notes.txt');
    await frame.getByTestId('preview-button').click();
    const err = await errorShown(frame);
    expect(err.code).toBe('UNSUPPORTED_FILE');
    expect(err.text).toContain('PNG image');
    expect(err.text).toMatch(/\.txt, \.vtt, \.srt or \.docx/);
    await expect(frame.getByTestId('preview').count()).resolves.toBe(0);
    await screenshot(page, 'macro-error-picture');
  });
});
