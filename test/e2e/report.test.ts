import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { seedManyHandovers } from '../../sandbox/seed/many-handovers';
import { csvRecords } from '../report/support/parse-csv';
import { launchBrowser, openAs, screenshot } from './support/browser';
import { startTestSite, type TestSite } from './support/site';

/**
 * The admin "Handovers" report in headless Chromium on the local site: reached from the site's
 * navigation, filtered by space and status, exported as CSV; and what a user without access to
 * OPS and FIN sees (neither in the table nor in the CSV).
 */
let site: TestSite;
let browser: Browser;

interface Truth {
  pageId: string;
  title: string;
  spaceKey: string;
  status: string;
}

/** Every labelled handover, straight from the sandbox database. */
function handovers(): Truth[] {
  return (
    site.sandbox.db
      .prepare(
        `SELECT p.id AS pageId, p.title AS title, s.key AS spaceKey, json_extract(pr.value, '$.status') AS status
         FROM pages p JOIN spaces s ON s.id = p.space_id JOIN labels l ON l.page_id = p.id AND l.name = 'kt-handover'
         JOIN properties pr ON pr.page_id = p.id AND pr.key = 'kt-handover'`,
      )
      .all() as { pageId: number; title: string; spaceKey: string; status: string }[]
  ).map((r) => ({ ...r, pageId: String(r.pageId) }));
}

async function openReport(page: Page): Promise<FrameLocator> {
  await page.goto(`${site.url}/wiki/home`);
  await page.click('[data-testid="nav-handovers"]');
  const frame = page.frameLocator('[data-testid="report-frame"]');
  await waitLoaded(frame);
  return frame;
}

/** The export button is enabled once every page of the report has arrived. */
async function waitLoaded(frame: FrameLocator): Promise<void> {
  await frame.locator('[data-testid="report-count"]').filter({ hasText: /^\d+ handovers?$/ }).waitFor();
  await frame.locator('[data-testid="export-csv"]:not([disabled])').waitFor();
}

async function choose(page: Page, frame: FrameLocator, inputId: string, text: string): Promise<void> {
  const input = frame.locator(`#${inputId}`);
  await input.click();
  await input.fill(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

async function tableRows(frame: FrameLocator): Promise<{ space: string; title: string; status: string }[]> {
  const rows = frame.locator('[data-testid="handover-report--table"] tbody tr');
  const out: { space: string; title: string; status: string }[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    out.push({
      space: (await cells.nth(0).innerText()).trim(),
      title: (await cells.nth(1).innerText()).trim(),
      status: (await cells.nth(5).innerText()).trim(),
    });
  }
  return out;
}

async function exportCsv(page: Page, frame: FrameLocator): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-testid="export-csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^kt-handovers-\d{4}-\d{2}-\d{2}\.csv$/);
  return csvRecords(readFileSync((await download.path())!, 'utf8'));
}

beforeAll(async () => {
  site = await startTestSite();
  seedManyHandovers(site.sandbox, { count: 120 });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('the Handovers report in the browser', () => {
  it('lets the admin filter by space and status and export exactly those rows as CSV', async () => {
    const all = handovers();
    const { context, page } = await openAs(browser, site.url, 'user-admin');
    try {
      const frame = await openReport(page);
      await expect(frame.locator('[data-testid="report-count"]').innerText()).resolves.toBe(`${all.length} handovers`);

      await choose(page, frame, 'filter-space', 'Operations');
      await waitLoaded(frame);
      await choose(page, frame, 'filter-status', 'Verified');
      const expected = all.filter((h) => h.spaceKey === 'OPS' && h.status === 'verified');
      expect(expected.length).toBeGreaterThan(1);
      await frame.locator('[data-testid="report-count"]').filter({ hasText: `${expected.length} handovers` }).waitFor();
      await waitLoaded(frame);

      const rows = await tableRows(frame);
      expect(rows).toHaveLength(expected.length);
      for (const row of rows) expect([row.space, row.status.toLowerCase()]).toEqual(['OPS', 'verified']);
      expect(rows.map((r) => r.title).sort()).toEqual(expected.map((h) => h.title).sort());
      await screenshot(page, 'report-admin-ops-verified');

      const csv = await exportCsv(page, frame);
      expect(csv.map((r) => r.Page)).toEqual(rows.map((r) => r.title)); // same rows, same order
      for (const record of csv) {
        expect(record).toMatchObject({ Space: 'OPS', Status: 'Verified', Sections: '13' });
        expect(record['Page URL']).toMatch(/\/wiki\/spaces\/OPS\/pages\/\d+/);
        expect(record['Outgoing owner']).toMatch(/^[A-Z]\S* [A-Z]/);
        expect(Number(record.Verified)).toBe(13);
      }
    } finally {
      await context.close();
    }
  });

  it('shows a user without access to OPS and FIN none of their handovers, in the table or the CSV', async () => {
    const all = handovers();
    const demo = all.filter((h) => h.spaceKey === 'DEMO');
    expect(all.some((h) => h.spaceKey === 'OPS') && all.some((h) => h.spaceKey === 'FIN')).toBe(true);
    const { context, page } = await openAs(browser, site.url, 'user-outsider');
    try {
      const frame = await openReport(page);
      await expect(frame.locator('[data-testid="report-count"]').innerText()).resolves.toBe(`${demo.length} handovers`);
      const rows = await tableRows(frame);
      expect(rows).toHaveLength(demo.length);
      expect(new Set(rows.map((r) => r.space))).toEqual(new Set(['DEMO']));

      const csv = await exportCsv(page, frame);
      expect(csv).toHaveLength(demo.length);
      expect(csv.filter((r) => r.Space !== 'DEMO')).toEqual([]);
      const hidden = new Set(all.filter((h) => h.spaceKey !== 'DEMO').map((h) => h.title));
      expect(csv.filter((r) => hidden.has(r.Page))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says what to do when Confluence stays busy, and loads once "Try again" is selected', async () => {
    const { context, page } = await openAs(browser, site.url, 'user-admin');
    site.sandbox.faults.add({ method: 'GET', pathPattern: '^/wiki/rest/api/search$', status: 503, times: 4, retryAfterSeconds: 0 });
    try {
      await page.goto(`${site.url}/wiki/home`);
      await page.click('[data-testid="nav-handovers"]');
      const frame = page.frameLocator('[data-testid="report-frame"]');
      const error = frame.locator('[data-testid="report-error"]');
      await error.waitFor();
      await expect(error.innerText()).resolves.toMatch(/Confluence is busy.*Wait a minute, then select "Try again"/s);
      await expect(frame.locator('[data-testid="export-csv"]').isDisabled()).resolves.toBe(true);

      await frame.getByRole('button', { name: 'Try again' }).click();
      await waitLoaded(frame);
      await expect(error.count()).resolves.toBe(0);
      await expect(frame.locator('[data-testid="report-count"]').innerText()).resolves.toBe(`${handovers().length} handovers`);
    } finally {
      site.sandbox.faults.clear();
      await context.close();
    }
  });
});
