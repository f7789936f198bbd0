import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { descriptionsOf } from './support/forms';
import { submitSignIn } from './support/auth';

// A browser start, a cold dev server and a password hash or two take longer than vitest's 5 s.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const portalUrl = requireUrl('PORTAL_URL');

function signUpForm(page: Page) {
  return {
    displayName: page.getByRole('textbox', { name: 'Họ và tên', exact: true }),
    username: page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }),
    password: page.getByRole('textbox', { name: 'Mật khẩu', exact: true }),
    confirmation: page.getByRole('textbox', { name: 'Nhập lại mật khẩu', exact: true }),
    submit: page.getByRole('button', { name: 'Đăng ký', exact: true }),
  };
}

/** The signed-in citizen's menu in the header; its name starts with the hidden "Đang đăng nhập:". */
function accountButton(page: Page, name: string) {
  return page.getByRole('banner').getByRole('button', { name: `Đang đăng nhập: ${name}` });
}

async function signOutFromHeader(page: Page, name: string) {
  await accountButton(page, name).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
}

function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** A fresh 12-digit number shaped like a CCCD, so each run signs up a new citizen. */
function newCitizenNumber(): string {
  return `0${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
}

describe('portal: a citizen signs up, stays signed in and signs in again', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('sign up on a phone, reload, sign out, sign in again', async () => {
    const name = 'Nguyễn Thị Lan';
    const username = newCitizenNumber();
    const password = 'mot cau de nho 2026';
    const { page, pageErrors, close } = await openPage(browser, portalUrl, { width: 390, height: 844 });
    try {
      // From the header, as a first-time visitor would.
      await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      await page.getByRole('link', { name: 'Đăng ký' }).click();
      await page.waitForURL(/\/dang-ky$/);
      await page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' }).waitFor();

      const form = signUpForm(page);
      await form.displayName.fill(name);
      await form.username.fill(username);
      await form.password.fill(password);
      await form.confirmation.fill(password);
      await form.submit.click();

      // Signed in by the sign-up itself, and shown the account just created.
      await page.waitForURL(/\/tai-khoan$/);
      await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
      const details = page.getByRole('table', { name: 'Thông tin tài khoản' });
      await details.getByRole('cell', { name: username }).waitFor();
      expect(await details.innerText()).toContain(name);
      expect(await details.innerText()).toContain('Công dân, doanh nghiệp');
      await accountButton(page, name).waitFor();

      // The refresh token brings the session back after a reload, without the password.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
      await details.getByRole('cell', { name: username }).waitFor();
      await accountButton(page, name).waitFor();

      await signOutFromHeader(page, name);
      await page.waitForURL(/\/dang-nhap$/);
      await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('motcua.portal.refreshToken'))).toBeNull();

      // Signed out for real: the account page asks for a sign-in, then comes back.
      await page.goto(`${portalUrl}/tai-khoan`);
      await page.waitForURL(/\/dang-nhap\?next=%2Ftai-khoan$/);
      await submitSignIn(page, username, password);
      await page.waitForURL(/\/tai-khoan$/);
      await details.getByRole('cell', { name: username }).waitFor();
      await accountButton(page, name).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a username already taken is reported beside the field, after the form checked the rest', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/dang-ky`);
    try {
      const form = signUpForm(page);
      await form.displayName.fill('Trần Văn Bình');
      await form.username.fill('congdan.demo');
      await form.password.fill('mot cau de nho 2026');
      await form.confirmation.fill('mot cau khac');
      await form.submit.click();

      // Checked in the browser first: the two passwords differ.
      await expect.poll(() => form.confirmation.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionsOf(page, form.confirmation)).toContain('Hai mật khẩu chưa giống nhau.');

      await form.confirmation.fill('mot cau de nho 2026');
      await form.submit.click();

      // The API's typed error (CONFLICT, extensions.field = username), in Vietnamese, by the field.
      await expect.poll(() => form.username.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
      expect(await descriptionsOf(page, form.username)).toContain('Tên đăng nhập đã có người dùng.');
      expect(await form.confirmation.getAttribute('aria-invalid')).toBeNull();
      expect(pathOf(page)).toBe('/dang-ky');
      expect(await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).count()).toBe(1);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a wrong password is reported beside the password field', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/dang-nhap`);
    try {
      const form = await submitSignIn(page, 'congdan.demo', 'not-the-password');

      await expect.poll(() => form.password.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
      expect(await descriptionsOf(page, form.password)).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(pathOf(page)).toBe('/dang-nhap');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an official is told the portal is for citizens, and is not signed in', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/dang-nhap`);
    try {
      await submitSignIn(page, 'tiepnhan.trungtam');

      await page.getByRole('alert').filter({ hasText: 'Cổng dịch vụ công dành cho công dân, doanh nghiệp' }).waitFor();
      expect(pathOf(page)).toBe('/dang-nhap');
      expect(await page.evaluate(() => localStorage.getItem('motcua.portal.refreshToken'))).toBeNull();
      expect(await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).count()).toBe(1);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
