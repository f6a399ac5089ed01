import { tmpdir } from 'node:os';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site';

/** Debian's Chromium, headless, with the flags the team uses (no sandbox in containers, no network chatter). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A browser tab signed in to the local site as `accountId` (the site's user cookie). */
export async function openAs(browser: Browser, siteUrl: string, accountId: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'kt_sandbox_user', value: accountId, url: siteUrl }]);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Switches the signed-in user of an open tab through the site's own user switcher. */
export async function switchUser(page: Page, accountId: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.selectOption('[data-testid="user-switch"]', accountId)]);
}

/** The KT macro's iframe on the current page (the first one unless told). */
export function macroFrame(page: Page, n = 1): FrameLocator {
  return page.frameLocator(`iframe[data-frame-id="macro-${n}"]`);
}

/**
 * Saves a screenshot: the viewport, or just `target` (e.g. the Page Properties table). They go to
 * a scratch folder unless UPDATE_SCREENSHOTS=1, so a test run does not rewrite the README's images.
 */
export async function screenshot(page: Page, name: string, target?: Locator): Promise<void> {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(tmpdir(), 'kt-handover-screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  if (target) await target.screenshot({ path });
  else await page.screenshot({ path });
}
