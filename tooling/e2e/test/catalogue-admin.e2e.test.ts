import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { foldCase, launchChromium, openPage, requireUrl } from './support/browser';
import { signIn } from './support/auth';

// A browser start, a cold dev server and a long form take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');
const portalUrl = requireUrl('PORTAL_URL');

/** A name no seeded procedure has, with diacritics the portal search must see past. */
const token = `kiemthu${Date.now().toString(36)}`;
const procedureName = `Xác nhận thông tin thửa đất ven biển ${token}`;
const nameWithoutDiacritics = `xac nhan thong tin thua dat ven bien ${token}`;
const procedureCode = `9.${Date.now().toString().slice(-6)}`;

function section(page: Page, heading: string) {
  return page.getByRole('region', { name: heading, exact: true });
}

/** Types into a searchable Mantine Select and picks the option containing `option`. */
async function choose(page: Page, field: Locator, search: string, option: string) {
  await field.click();
  await field.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** Opens a Mantine date picker and picks today. */
async function pickToday(page: Page, field: Locator) {
  await field.click();
  await page.locator('button[data-today]').first().click();
}

function budget(page: Page) {
  return page.getByTestId('time-budget');
}

describe('admin: editing and publishing the procedure catalogue', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an editor creates a procedure, is refused while its steps do not add up, fixes them and publishes it', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${adminUrl}/thu-tuc`);
    try {
      await page.waitForURL(/\/dang-nhap\?next=%2Fthu-tuc$/);
      await signIn(page, 'bientap.danhmuc');
      await page.getByRole('heading', { level: 1, name: 'Danh mục thủ tục hành chính' }).waitFor();
      await page.getByRole('table', { name: 'Danh sách thủ tục trong danh mục' }).locator('tbody tr').first().waitFor();

      // Identity first: the new procedure starts as an empty draft.
      await page.getByRole('button', { name: 'Thêm thủ tục', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm thủ tục hành chính' });
      await dialog.getByRole('textbox', { name: 'Mã thủ tục', exact: true }).fill(procedureCode);
      await dialog.getByRole('textbox', { name: 'Tên thủ tục', exact: true }).fill(procedureName);
      await dialog.getByRole('combobox', { name: 'Lĩnh vực', exact: true }).fill('Đất đai');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cơ quan có thẩm quyền quyết định', exact: true }),
        'Tư pháp',
        'Sở Tư pháp',
      );
      await dialog.getByRole('button', { name: 'Thêm và biên tập nội dung' }).click();
      await page.getByRole('heading', { level: 1, name: procedureName }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: `Đã thêm thủ tục ${procedureName}.` })
        .waitFor();

      // The terms.
      await page.getByRole('button', { name: 'Thêm bước', exact: true }).click();
      await page
        .getByRole('textbox', { name: 'Bước 1', exact: true })
        .fill('Nộp hồ sơ tại Trung tâm Phục vụ hành chính công.');
      await page.getByRole('button', { name: 'Thêm: Nộp trực tiếp' }).click();
      await page.getByRole('button', { name: 'Thêm khoản phí' }).click();
      await page.getByRole('textbox', { name: 'Tên khoản phí, lệ phí' }).fill('Lệ phí xác nhận');
      await page.getByRole('textbox', { name: 'Mức thu (đồng)' }).fill('50000');
      await page.getByRole('textbox', { name: 'Thời hạn giải quyết', exact: true }).fill('5');
      await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
      await page.getByRole('textbox', { name: 'Tên giấy tờ' }).fill('Đơn đề nghị xác nhận');
      await page.getByRole('textbox', { name: 'Tên kết quả' }).fill('Văn bản xác nhận');
      await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
      await page.getByRole('textbox', { name: 'Số hiệu văn bản' }).fill('31/2024/QH15');
      await pickToday(page, page.getByRole('button', { name: 'Ngày ban hành' }));
      await page.getByRole('textbox', { name: 'Cơ quan ban hành' }).fill('Quốc hội');
      await page.getByRole('textbox', { name: 'Trích yếu' }).fill('Luật Đất đai');

      // Two internal steps taking 1 + 2 of the 5 working days: the bar says they do not add up.
      const internal = section(page, 'Quy trình nội bộ');
      for (const [name, days] of [
        ['Tiếp nhận, chuyển hồ sơ', '1'],
        ['Thẩm định, trình ký', '2'],
      ] as const) {
        await internal.getByRole('button', { name: 'Thêm bước xử lý' }).click();
        const step = internal.getByTestId('internal-step').last();
        await step.getByRole('textbox', { name: 'Nội dung công việc' }).fill(name);
        await choose(page, step.getByRole('combobox', { name: 'Cơ quan thực hiện' }), 'Tư pháp', 'Sở Tư pháp');
        await step.getByRole('textbox', { name: 'Thời gian', exact: true }).fill(days);
      }
      await expect.poll(() => budget(page).getAttribute('data-adds-up')).toBe('false');
      expect(await budget(page).innerText()).toContain('Chưa khớp');
      expect(await budget(page).innerText()).toContain('còn thiếu 2 ngày làm việc');

      // The up and down buttons reorder without a mouse drag.
      const stepNames = () =>
        internal
          .getByRole('textbox', { name: 'Nội dung công việc' })
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      await internal.getByRole('button', { name: 'Chuyển bước 2 lên trên' }).click();
      await expect.poll(stepNames).toEqual(['Thẩm định, trình ký', 'Tiếp nhận, chuyển hồ sơ']);
      await internal.getByRole('button', { name: 'Chuyển bước 1 xuống dưới' }).click();
      await expect.poll(stepNames).toEqual(['Tiếp nhận, chuyển hồ sơ', 'Thẩm định, trình ký']);

      await page.getByRole('button', { name: 'Lưu bản nháp' }).first().click();
      await page.getByRole('status').filter({ hasText: 'Đã lưu bản nháp.' }).waitFor();

      // Publishing is refused, and the fault is named in the dialog and beside the internal process.
      await page.getByRole('button', { name: 'Công bố…' }).click();
      const publish = page.getByRole('dialog', { name: 'Công bố phiên bản 1' });
      await publish.getByRole('textbox', { name: 'Số quyết định công bố' }).fill(`${token}/QĐ-UBND`);
      await publish.getByRole('textbox', { name: 'Người ký' }).fill('Nguyễn Văn Thắng');
      await publish.getByRole('button', { name: 'Công bố', exact: true }).click();
      const refusal = publish.getByRole('alert').filter({ hasText: 'Chưa công bố được' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('Quy trình nội bộ');
      expect(await refusal.innerText()).toContain('phải bằng đúng thời hạn giải quyết');
      await publish.getByRole('button', { name: 'Huỷ' }).click();
      await publish.waitFor({ state: 'hidden' });
      await internal.getByRole('alert').filter({ hasText: 'phải bằng đúng thời hạn giải quyết' }).waitFor();

      // Fixed: 1 + 4 days.
      await internal
        .getByTestId('internal-step')
        .nth(1)
        .getByRole('textbox', { name: 'Thời gian', exact: true })
        .fill('4');
      await expect.poll(() => budget(page).getAttribute('data-adds-up')).toBe('true');
      expect(await budget(page).innerText()).toContain('Khớp');

      await page.getByRole('button', { name: 'Công bố…' }).click();
      await publish.getByRole('textbox', { name: 'Số quyết định công bố' }).fill(`${token}/QĐ-UBND`);
      await publish.getByRole('textbox', { name: 'Người ký' }).fill('Nguyễn Văn Thắng');
      await publish.getByRole('button', { name: 'Công bố', exact: true }).click();
      await publish.waitFor({ state: 'hidden', timeout: 30_000 });
      await page.getByRole('status').filter({ hasText: 'Đã công bố phiên bản 1' }).waitFor();

      // Version history: version 1 in force under the decision.
      await page.getByRole('tab', { name: 'Lịch sử phiên bản' }).click();
      const history = page.getByRole('table', { name: 'Lịch sử phiên bản' });
      const row = history.locator('tbody tr').filter({ hasText: `${token}/QĐ-UBND` });
      await row.waitFor();
      expect(await row.locator('td').first().innerText()).toBe('1');
      expect(await row.innerText()).toContain('Đang hiệu lực');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }

    // The portal finds it first when the name is typed without diacritics.
    const portal = await openPage(browser, `${portalUrl}/?q=${encodeURIComponent(nameWithoutDiacritics)}`);
    try {
      const results = portal.page.getByRole('table', { name: 'Danh sách thủ tục hành chính' });
      await expect
        .poll(async () => foldCase(await results.locator('tbody tr td:nth-child(2)').first().innerText()), {
          timeout: 30_000,
        })
        .toBe(foldCase(procedureName));
      expect(portal.pageErrors).toEqual([]);
    } finally {
      await portal.close();
    }
  });

  test('a reception officer has no catalogue link and cannot open the editor', async () => {
    const { page, pageErrors, close } = await openPage(browser, adminUrl);
    try {
      await signIn(page, 'tiepnhan.trungtam');
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await nav.getByRole('link', { name: 'Đơn vị hành chính' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Danh mục thủ tục' }).count()).toBe(0);

      await page.goto(`${adminUrl}/thu-tuc`);
      await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
      await page.goto(`${adminUrl}/thu-tuc/00000000-0000-4000-8000-000000000000`);
      await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
      expect(await page.getByRole('button', { name: 'Lưu bản nháp' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
