import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { signIn } from './support/auth';
import { choose, descriptionsOf } from './support/forms';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

function secondmentTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách cán bộ được cử' });
}

function uncoveredAlert(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'Lĩnh vực chưa có cán bộ tiếp nhận' });
}

function addDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Cử cán bộ đến quầy' });
}

/** Opens the staffing page as the Centre's manager, past the sign-in page. */
async function openStaffingAsManager(browser: Browser) {
  const opened = await openPage(browser, `${adminUrl}/bo-tri-can-bo`);
  await opened.page.waitForURL(/\/dang-nhap\?next=%2Fbo-tri-can-bo$/);
  await signIn(opened.page, 'quanly.trungtam');
  await opened.page.waitForURL(/\/bo-tri-can-bo$/);
  await opened.page.getByRole('heading', { level: 1, name: 'Bố trí cán bộ' }).waitFor();
  await secondmentTable(opened.page).locator('tbody tr').first().waitFor();
  return opened;
}

function ddmmyyyy(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

describe('admin: staffing the counters', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the Centre manager sees the warnings and seconds an official to cover a field', async () => {
    const { page, pageErrors, close } = await openStaffingAsManager(browser);
    try {
      // Defaults to the manager's own section, the provincial Centre.
      await page.getByRole('combobox', { name: 'Nơi tiếp nhận', exact: true }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Nơi tiếp nhận', exact: true }).inputValue()).toBe(
        'Trung tâm Phục vụ hành chính công tỉnh Kiên Giang',
      );
      await page
        .getByRole('alert')
        .filter({ hasText: 'Sắp hết thời gian cử' })
        .filter({ hasText: 'Nguyễn Hoàng Nam' })
        .waitFor();
      await uncoveredAlert(page).filter({ hasText: 'Tài nguyên nước' }).waitFor();
      const rowsBefore = await secondmentTable(page).locator('tbody tr').count();

      await page.getByRole('button', { name: 'Cử cán bộ', exact: true }).click();
      const dialog = addDialog(page);
      await dialog.waitFor();
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cán bộ', exact: true }),
        'Quách Thị Diễm My',
        'Quách Thị Diễm My',
      );
      await choose(page, dialog.getByRole('combobox', { name: 'Quầy', exact: true }), 'Sở TN&MT', 'Sở TN&MT');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Lĩnh vực tiếp nhận', exact: true }),
        'Tài nguyên nước',
        'Tài nguyên nước',
      );
      // A MultiSelect stays open for more picks, over the dialog's buttons; Tab moves on and closes it.
      await page.keyboard.press('Tab');
      // The dates default to a twelve-month round from today.
      await dialog.getByRole('button', { name: 'Cử cán bộ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      const row = secondmentTable(page).locator('tbody tr').filter({ hasText: 'Quách Thị Diễm My' });
      await row.waitFor();
      await expect.poll(() => secondmentTable(page).locator('tbody tr').count()).toBe(rowsBefore + 1);
      await expect.poll(() => uncoveredAlert(page).filter({ hasText: 'Tài nguyên nước' }).count()).toBe(0);

      // The timeline's bar says the same in words.
      const today = new Date();
      const lastDay = new Date(today.getFullYear(), today.getMonth() + 12, today.getDate() - 1);
      await page
        .getByRole('listitem')
        .filter({ hasText: `Quách Thị Diễm My · ${ddmmyyyy(today)} – ${ddmmyyyy(lastDay)} · Tài nguyên nước` })
        .first()
        .waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the server's refusal is shown beside the official and nothing is added", async () => {
    const { page, pageErrors, close } = await openStaffingAsManager(browser);
    try {
      const rowsBefore = await secondmentTable(page).locator('tbody tr').count();
      await page.getByRole('button', { name: 'Cử cán bộ', exact: true }).click();
      const dialog = addDialog(page);
      const official = dialog.getByRole('combobox', { name: 'Cán bộ', exact: true });
      await choose(page, official, 'Đoàn Thị Mỹ Linh', 'Đoàn Thị Mỹ Linh');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Quầy', exact: true }),
        'Sở Công Thương',
        'Sở Công Thương',
      );
      const fields = dialog.getByRole('combobox', { name: 'Lĩnh vực tiếp nhận', exact: true });
      await fields.click();
      await page.getByRole('option').first().click();
      await dialog.getByRole('button', { name: 'Cử cán bộ', exact: true }).click();

      // Two years of service: the API refuses and names the official field.
      await expect.poll(() => official.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
      const descriptions = await descriptionsOf(page, official);
      expect(descriptions.join(' ')).toContain('ít nhất 3 năm công tác');
      expect(await dialog.isVisible()).toBe(true);

      await dialog.getByRole('button', { name: 'Huỷ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await secondmentTable(page).locator('tbody tr').count()).toBe(rowsBefore);
      expect(await secondmentTable(page).locator('tbody tr').filter({ hasText: 'Đoàn Thị Mỹ Linh' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a reception officer has no staffing link and is refused the page', async () => {
    const { page, pageErrors, close } = await openPage(browser, adminUrl);
    try {
      await signIn(page, 'tiepnhan.trungtam');
      const nav = navigation(page);
      await nav.getByRole('link', { name: 'Đơn vị hành chính' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Bố trí cán bộ' }).count()).toBe(0);

      await page.goto(`${adminUrl}/bo-tri-can-bo`);
      await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
      expect(await secondmentTable(page).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the Centre manager records a new official and seconds them straight away', async () => {
    const { page, pageErrors, close } = await openStaffingAsManager(browser);
    try {
      await page.getByRole('button', { name: 'Thêm cán bộ', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
      await dialog.waitFor();
      const fullName = dialog.getByRole('textbox', { name: 'Họ và tên', exact: true });
      const email = dialog.getByRole('textbox', { name: 'Thư điện tử', exact: true });
      const submit = dialog.getByRole('button', { name: 'Thêm cán bộ', exact: true });

      // Checked in the browser first.
      await submit.click();
      await expect.poll(() => fullName.getAttribute('aria-invalid')).toBe('true');
      expect((await descriptionsOf(page, fullName)).join(' ')).toContain('Vui lòng nhập họ và tên.');

      await fullName.fill('Tăng Văn Phúc');
      await dialog.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Chuyên viên');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cơ quan công tác', exact: true }),
        'Sở Xây dựng',
        'Sở Xây dựng',
      );
      await dialog.getByRole('textbox', { name: 'Số năm công tác', exact: true }).fill('6');
      await email.fill('phuc@');
      await submit.click();
      await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
      await email.fill('tvphuc@sxd.kiengiang.gov.vn');
      await submit.click();

      await dialog.getByText('Đã thêm cán bộ Tăng Văn Phúc.').waitFor();
      await dialog.getByRole('button', { name: 'Cử cán bộ này đến quầy', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      // The secondment form starts with the new official chosen.
      const add = addDialog(page);
      await add.waitFor();
      await expect
        .poll(() => add.getByRole('combobox', { name: 'Cán bộ', exact: true }).inputValue())
        .toBe('Tăng Văn Phúc · Sở Xây dựng · 6 năm công tác');
      await choose(page, add.getByRole('combobox', { name: 'Quầy', exact: true }), 'Sở Xây dựng', 'Sở Xây dựng');
      await add.getByRole('combobox', { name: 'Lĩnh vực tiếp nhận', exact: true }).click();
      await page.getByRole('option').first().click();
      await add.getByRole('button', { name: 'Cử cán bộ', exact: true }).click();
      await add.waitFor({ state: 'hidden' });

      await secondmentTable(page).locator('tbody tr').filter({ hasText: 'Tăng Văn Phúc' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
