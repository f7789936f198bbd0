import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foldCase, launchChromium, openPage, requireUrl } from './support/browser';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const portalUrl = requireUrl('PORTAL_URL');

function resultsTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách thủ tục hành chính' });
}

function resultRows(page: Page) {
  return resultsTable(page).locator('tbody').getByRole('row');
}

/** The procedure name is the second column (code, name, field, level, processing time). */
function resultNames(page: Page) {
  return resultRows(page).locator('td:nth-child(2)');
}

/** Waits for "Tìm thấy N thủ tục" and returns N. */
async function foundCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^Tìm thấy \d+ thủ tục$/ });
  const text = await status.innerText();
  return Number(/\d+/.exec(text)?.[0]);
}

describe('portal: finding an administrative procedure', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the home page lists the seeded catalogue and loads more on request', async () => {
    const { page, pageErrors, close } = await openPage(browser, portalUrl);
    try {
      await page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }).waitFor();
      expect(await foundCount(page)).toBeGreaterThan(40);

      await resultRows(page).first().waitFor();
      const firstPage = await resultRows(page).count();
      expect(firstPage).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Xem thêm' }).click();
      await expect.poll(() => resultRows(page).count()).toBeGreaterThan(firstPage);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a search typed without diacritics finds the names that have them', async () => {
    const { page, pageErrors, close } = await openPage(browser, portalUrl);
    try {
      const everything = await foundCount(page);

      await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('giay phep');

      // The search is debounced and the previous rows stay until the new ones arrive, so wait
      // until the search reached the URL and the table holds only the new results.
      await page.waitForURL(/[?&]q=giay(\+|%20)phep/);
      await expect
        .poll(async () => {
          const busy = await resultsTable(page).getAttribute('aria-busy');
          const names = await resultNames(page).allInnerTexts();
          return busy === 'false' && names.length > 0 && names.every((name) => foldCase(name).includes('giấy phép'));
        })
        .toBe(true);

      const names = await resultNames(page).allInnerTexts();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(foldCase(name)).toContain('giấy phép');
      expect(await foundCount(page)).toBeLessThan(everything);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the search survives a reload through the address', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/?q=giay%20phep`);
    try {
      await expect(page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).inputValue()).resolves.toBe(
        'giay phep',
      );
      await resultRows(page).first().waitFor();
      const names = await resultNames(page).allInnerTexts();
      for (const name of names) expect(foldCase(name)).toContain('giấy phép');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('switching the language to English translates the page and is remembered', async () => {
    const { page, pageErrors, close } = await openPage(browser, portalUrl);
    try {
      await page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }).waitFor();

      // The radio inputs are visually hidden; a user clicks the visible "EN" label.
      await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('EN', { exact: true }).click();

      await page.getByRole('heading', { level: 1, name: 'Find an administrative procedure' }).waitFor();
      expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('button', { name: 'Load more' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Find an administrative procedure' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
