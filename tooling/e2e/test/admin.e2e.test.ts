import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { signIn } from './support/auth';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');

function unitTree(page: Page) {
  return page.getByRole('tree', { name: 'Cây đơn vị hành chính' });
}

function unitItem(page: Page, name: string) {
  return unitTree(page).getByRole('treeitem', { name, exact: true });
}

function agencyTable(page: Page, unitName: string) {
  return page.getByRole('table', { name: `Cơ quan thuộc ${unitName}` });
}

describe('admin: administrative units and their agencies', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the tree loads districts on expand and a district lists its agencies', async () => {
    // A specialist starts at their work queue; the administrative tree has its own address.
    const { page, pageErrors, close } = await openPage(browser, `${adminUrl}/don-vi-hanh-chinh`);
    try {
      // The console is for signed-in staff; a specialist may read the administrative tree.
      await signIn(page, 'chuyenvien.sxd');
      await page.getByRole('banner').getByText('Bảng điều khiển Motcua').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' }).waitFor();

      const province = unitItem(page, 'Tỉnh Kiên Giang');
      await province.waitFor();
      expect(await province.getAttribute('aria-expanded')).toBe('false');

      // Click the label, not the item: the item's box also covers its children once expanded.
      await province.getByText('Tỉnh Kiên Giang', { exact: true }).click();
      const city = unitItem(page, 'Thành phố Rạch Giá');
      await city.waitFor();
      expect(await province.getAttribute('aria-expanded')).toBe('true');

      await city.getByText('Thành phố Rạch Giá', { exact: true }).click();
      expect(await city.getAttribute('aria-selected')).toBe('true');

      const agencies = agencyTable(page, 'Thành phố Rạch Giá');
      await agencies.locator('tbody').getByRole('row').first().waitFor();
      const names = await agencies.locator('tbody tr td:nth-child(1)').allInnerTexts();
      expect(names.some((name) => /^(UBND|Ủy ban nhân dân)/.test(name.normalize('NFC')))).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the tree works from the keyboard', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${adminUrl}/don-vi-hanh-chinh`);
    try {
      await signIn(page, 'chuyenvien.sxd');
      const province = unitItem(page, 'Tỉnh Kiên Giang');
      await province.focus();

      await page.keyboard.press('ArrowRight');
      await unitItem(page, 'Thành phố Rạch Giá').waitFor();
      expect(await province.getAttribute('aria-expanded')).toBe('true');

      // Down to the first district, then Enter selects it like a click does.
      await page.keyboard.press('ArrowDown');
      // Which district comes first is the server's ordering; read the focused item's name.
      const focused = unitTree(page).locator('[role="treeitem"]:focus');
      const focusedName = /treeitem "([^"]+)"/.exec(await focused.ariaSnapshot())?.[1] ?? '';
      expect(focusedName).not.toBe('');
      expect(focusedName).not.toBe('Tỉnh Kiên Giang');
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { level: 2, name: `Cơ quan thuộc ${focusedName}` }).waitFor();
      expect(await unitItem(page, focusedName).getAttribute('aria-selected')).toBe('true');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
