/**
 * Issue 5 end to end, in headless Chromium: incoming owners tick each section's task on the
 * handover page and the page records who verified what and when; a tick by someone else is
 * shown but not counted; regenerating keeps every tick and record; unticking lowers the count
 * and the history keeps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, macroFrame, openAs, screenshot, switchUser } from './support/browser';
import { createPage, pageProperties, pasteTranscript, taskStates, toggleTask } from './support/macro';
import { ROOT, startTestSite, type TestSite } from './support/site';

const SEED = join(ROOT, 'sandbox', 'seed', 'assets', 'seed-order-platform.txt');

let site: TestSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let handoverUrl: string;
let handoverId: string;

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** The "Verification" cell's line for one section title. */
const lineFor = (props: Record<string, string>, title: string) =>
  props.Verification.split('\n').find((l) => l.trim().startsWith(`${title}:`))?.trim() ?? '';

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchBrowser();
  ({ context, page } = await openAs(browser, site.url, 'user-outgoing'));
  await page.goto(`${site.url}/wiki/spaces/DEMO/pages/${site.demo.ktPage.id}`);
  const frame = macroFrame(page);
  await pasteTranscript(frame, readFileSync(SEED, 'utf8'));
  handoverUrl = await createPage(frame);
  handoverId = /\/pages\/(\d+)/.exec(handoverUrl)![1];
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.stop();
});

test('the incoming owner ticks 3 sections: Page Properties show their name and the date', async () => {
  await page.goto(handoverUrl);
  await switchUser(page, 'user-incoming');
  for (const i of [0, 1, 4]) await toggleTask(page, i);

  expect(await taskStates(page)).toEqual([true, true, false, false, true, false, false, false, false, false, false, false, false]);
  const props = await pageProperties(page);
  expect(props.Verified).toBe('3/13');
  expect(props.Status).toBe('IN VERIFICATION');
  for (const title of ['System overview', 'Architecture reference', 'Deployment & rollback']) {
    expect(lineFor(props, title)).toBe(`${title}: verified by @Alex Chen on ${today()}`);
  }
  expect(lineFor(props, 'Danger zones')).toBe('Danger zones: not verified');
  await screenshot(page, 'verification-ticked', page.getByTestId('page-properties'));
});

test('a tick by someone who is not an incoming owner is flagged, not counted', async () => {
  await switchUser(page, 'user-outsider');
  await toggleTask(page, 7);

  const props = await pageProperties(page);
  expect(props.Verified).toBe('3/13');
  expect(lineFor(props, 'Danger zones')).toMatch(/ticked by @Jordan Blake on .* not an incoming owner, not counted/);
  const state = await site.handoverState(handoverId);
  const danger = state.sections.find((s: { id: string }) => s.id === 'danger-zones');
  expect(danger.flagged?.by).toBe('user-outsider');
  expect(danger.verified).toBeUndefined();
  await screenshot(page, 'verification-flagged', page.getByTestId('page-properties'));
});

test('regenerating from the transcript keeps every tick and every record', async () => {
  const before = await site.handoverState(handoverId);
  await switchUser(page, 'user-outgoing');
  await page.goto(`${site.url}/wiki/spaces/DEMO/pages/${site.demo.ktPage.id}`);
  const frame = macroFrame(page);
  await expect(frame.getByTestId('create-button').innerText()).resolves.toBe('Update handover page');
  await pasteTranscript(frame, readFileSync(SEED, 'utf8'));
  const href = await createPage(frame);
  expect(href).toBe(handoverUrl);
  await expect(frame.getByTestId('done').innerText()).resolves.toContain('Handover page updated');

  await page.goto(handoverUrl);
  expect(await taskStates(page)).toEqual([true, true, false, false, true, false, false, true, false, false, false, false, false]);
  const props = await pageProperties(page);
  expect(props.Verified).toBe('3/13');
  expect(lineFor(props, 'System overview')).toBe(`System overview: verified by @Alex Chen on ${today()}`);
  expect(lineFor(props, 'Danger zones')).toMatch(/ticked by @Jordan Blake/);

  const after = await site.handoverState(handoverId);
  expect(after.pageVersion).toBeGreaterThan(before.pageVersion);
  for (const s of before.sections) {
    const now = after.sections.find((x: { id: string }) => x.id === s.id);
    expect(now.taskLocalId).toBe(s.taskLocalId);
    expect(now.verified).toEqual(s.verified);
    expect(now.flagged).toEqual(s.flagged);
  }
  expect(after.history).toEqual(expect.arrayContaining(before.history));
});

test('unticking a section lowers the count and the history keeps who had verified it', async () => {
  await switchUser(page, 'user-incoming');
  await toggleTask(page, 1);

  const props = await pageProperties(page);
  expect(props.Verified).toBe('2/13');
  expect(lineFor(props, 'Architecture reference')).toBe('Architecture reference: not verified');
  const state = await site.handoverState(handoverId);
  const events = state.history.filter((h: { section: string }) => h.section === 'architecture-reference');
  expect(events.map((h: { action: string; by: string }) => `${h.action}:${h.by}`)).toEqual(['verified:user-incoming', 'unverified:user-incoming']);
  await screenshot(page, 'verification-unticked', page.getByTestId('page-properties'));
});
