import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { descriptionsOf } from './support/forms';
import { accessTokenFor, gatewayRequest, signIn, signInForm } from './support/auth';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');

/** The seven accounts the organizations subgraph seeds for the demo (portal tests may add citizens). */
const demoUsernames = [
  'admin',
  'quanly.trungtam',
  'tiepnhan.trungtam',
  'chuyenvien.sxd',
  'lanhdao.sxd',
  'bientap.danhmuc',
  'congdan.demo',
];

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

function accountsTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách tài khoản' });
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

describe('admin: signing in to the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a wrong password is reported beside the password field', async () => {
    const { page, pageErrors, close } = await openPage(browser, adminUrl);
    try {
      // The console sends an anonymous visitor to the sign-in page.
      await page.waitForURL(/\/dang-nhap$/);
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();

      const form = signInForm(page);
      await form.username.fill('tiepnhan.trungtam');
      await form.password.fill('not-the-password');
      await form.submit.click();

      // Checking a password takes the server a deliberate moment.
      await expect.poll(() => form.password.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
      // The message is tied to the field, so a screen reader reads it with the field.
      expect(await descriptionsOf(page, form.password)).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(await form.username.getAttribute('aria-invalid')).toBeNull();
      expect(pathOf(page)).toBe('/dang-nhap');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an administrator sees every account, then signs out', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${adminUrl}/tai-khoan`);
    try {
      // Stopped at the sign-in page, then brought back to the accounts page.
      await page.waitForURL(/\/dang-nhap\?next=%2Ftai-khoan$/);
      await signIn(page, 'admin');
      await page.waitForURL(/\/tai-khoan$/);

      await page.getByRole('banner').getByText('Quản trị hệ thống').waitFor();
      await navigation(page).getByRole('link', { name: 'Tài khoản' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();

      const usernames = accountsTable(page).locator('tbody tr td:nth-child(1)');
      await usernames.first().waitFor();
      // Other suites may have added accounts (accounts.e2e); the demo ones are all there.
      await expect.poll(() => usernames.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(demoUsernames.length);
      expect(await usernames.allInnerTexts()).toEqual(expect.arrayContaining(demoUsernames));
      const total = await gatewayRequest<{ accounts: { totalCount: number } }>(
        '{ accounts(first: 1) { totalCount } }',
        {},
        await accessTokenFor('admin'),
      );
      await page
        .getByRole('status')
        .filter({ hasText: `${total.data!.accounts.totalCount} tài khoản` })
        .waitFor();

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/dang-nhap$/);
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();

      // Signed out for real: the console asks for a sign-in again after a reload.
      await page.goto(`${adminUrl}/tai-khoan`);
      await page.waitForURL(/\/dang-nhap\?next=%2Ftai-khoan$/);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a reception officer may not see the accounts, in the console or through the API', async () => {
    const { page, pageErrors, close } = await openPage(browser, adminUrl);
    try {
      await signIn(page, 'tiepnhan.trungtam');
      // An officer who works on dossiers starts at their work queue.
      await page.getByRole('heading', { level: 1, name: 'Công việc của tôi' }).waitFor();
      const nav = navigation(page);
      await nav.getByRole('link', { name: 'Đơn vị hành chính' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);

      await page.goto(`${adminUrl}/tai-khoan`);
      await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
      expect(await accountsTable(page).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }

    const token = await accessTokenFor('tiepnhan.trungtam');
    const answer = await gatewayRequest('{ accounts(first: 1) { totalCount } }', {}, token);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a citizen account is told the console is for staff', async () => {
    const { page, pageErrors, close } = await openPage(browser, adminUrl);
    try {
      const form = signInForm(page);
      await form.username.fill('congdan.demo');
      await form.password.fill('Motcua@2026');
      await form.submit.click();

      await page.getByRole('alert').filter({ hasText: 'Bảng điều khiển chỉ dành cho cán bộ' }).waitFor();
      expect(pathOf(page)).toBe('/dang-nhap');
      expect(await page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
