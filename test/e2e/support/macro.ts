import type { FrameLocator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { extractFromFile } from '../../../src/engine/extract';

/** What a user does in the KT macro, and what they read back from it. */

export async function pasteTranscript(frame: FrameLocator, text: string): Promise<void> {
  await frame.getByTestId('tab-paste').click();
  await frame.locator('#kt-transcript').fill(text);
}

export async function chooseAttachment(frame: FrameLocator, title: string): Promise<void> {
  await frame.getByTestId('tab-attachment').click();
  await frame.getByTestId('attachment-choices').locator('label', { hasText: title }).click();
}

/** The attachments the macro offers, as the user reads them. */
export async function attachmentOptions(frame: FrameLocator): Promise<string[]> {
  await frame.getByTestId('tab-attachment').click();
  return frame.getByTestId('attachment-choices').locator('label').allInnerTexts();
}

export async function preview(frame: FrameLocator): Promise<Array<{ id: string; status: string; items: number }>> {
  await frame.getByTestId('preview-button').click();
  await frame.getByTestId('preview').or(frame.getByTestId('error')).first().waitFor();
  return frame.locator('[data-testid="section"]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-section-id') ?? '',
      status: el.querySelector('[data-testid="section-status"]')?.getAttribute('data-status') ?? '',
      items: el.querySelectorAll('[data-testid="item"]').length,
    })),
  );
}

/** Clicks Create/Update and waits for the result; returns the link to the handover page. */
export async function createPage(frame: FrameLocator): Promise<string> {
  await frame.getByTestId('create-button').click();
  await frame.getByTestId('done').or(frame.getByTestId('error')).or(frame.getByTestId('confirm-replace')).first().waitFor({ timeout: 40_000 });
  const error = frame.getByTestId('error');
  if (await error.count()) throw new Error(`The macro showed an error: ${await error.innerText()}`);
  if (await frame.getByTestId('confirm-replace').count()) throw new Error('The macro asked to confirm replacing hand edits');
  const href = await frame.getByTestId('page-link').getAttribute('href');
  if (!href) throw new Error('No link to the handover page');
  return href;
}

export async function errorShown(frame: FrameLocator): Promise<{ code: string; text: string }> {
  const el = frame.getByTestId('error');
  await el.waitFor();
  return { code: (await el.getAttribute('data-code')) ?? '', text: await el.innerText() };
}

/** The engine's own verdict for a file: what the macro must show. */
export async function engineStatuses(file: string): Promise<Array<{ id: string; status: string; items: number }>> {
  const draft = await extractFromFile(readFileSync(file), file);
  return draft.sections.map((s) => ({ id: s.id, status: s.status, items: s.items.length }));
}

/** The Page Properties table of the page being viewed: key → visible text of the value. */
export async function pageProperties(page: Page): Promise<Record<string, string>> {
  const rows = await page.locator('[data-testid="page-properties"] tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', (tr.querySelector('td') as HTMLElement | null)?.innerText?.trim() ?? '']),
  );
  return Object.fromEntries(rows);
}

/** Ticks or unticks a section's task on the page view and waits for the page to show the app's update. */
export async function toggleTask(page: Page, index: number): Promise<void> {
  const box = page.locator('input.adf-task-box').nth(index);
  await Promise.all([page.waitForNavigation({ timeout: 30_000 }), box.click()]);
}

export async function taskStates(page: Page): Promise<boolean[]> {
  return page.locator('input.adf-task-box').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
}
