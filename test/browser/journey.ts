/** Steps the browser journeys share: the local logins, field errors, table rows and optional screenshots. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The local ID-porten: types the national identity number, keeps the offered level, and logs in. */
export async function loginAtIdporten(page: Page, nationalId: string): Promise<void> {
  await page.locator('input[name="pid"]').waitFor();
  await page.locator('input[name="pid"]').fill(nationalId);
  await page.locator('input[name="acr"][value="idporten-loa-substantial"]').check();
  await page.locator('button[type="submit"]:not([name="cancel"])').click();
}

/** The municipality's local staff login: picks the staff member and logs in. */
export async function loginAsStaff(page: Page, subject: string): Promise<void> {
  await page.locator(`input[name="subject"][value="${subject}"]`).check();
  await page.locator('button[type="submit"]:not([name="cancel"])').click();
}

/** With SCREENSHOT_DIR set, the page as a phone and a desktop show it. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const screenshotDir = process.env.SCREENSHOT_DIR;
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  for (const [size, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(screenshotDir, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Waits until a field is marked invalid and its description (aria-describedby) holds the message. Designsystemet
 * links them a moment after the message appears.
 */
export async function waitForFieldError(field: Locator, message: string): Promise<void> {
  const handle = await field.elementHandle();
  await field.page().waitForFunction(
    ([element, expected]) => {
      if (element?.getAttribute('aria-invalid') !== 'true') return false;
      const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return ids.some((id) => document.getElementById(id)?.textContent?.includes(expected));
    },
    [handle, message] as const,
  );
}

/** The rows of the main table that hold all these texts. */
export function tableRow(page: Page, ...cells: string[]): Locator {
  let row = page.locator('main table tbody tr');
  for (const cell of cells) row = row.filter({ hasText: cell });
  return row;
}
