import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { accessTokenFor, gatewayRequest, signIn } from './support/auth';
import { descriptionsOf, pick } from './support/forms';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');
const unitName = 'Thành phố Hà Tiên';

function agencyTable(page: Page) {
  return page.getByRole('table', { name: `Cơ quan thuộc ${unitName}` });
}

function createDialog(page: Page) {
  return page.getByRole('dialog', { name: `Thêm cơ quan thuộc ${unitName}` });
}

/** Signs in, opens the province and selects the city, and waits for its agencies. */
async function openUnit(browser: Browser, username: string) {
  const opened = await openPage(browser, adminUrl);
  await signIn(opened.page, username);
  const tree = opened.page.getByRole('tree', { name: 'Cây đơn vị hành chính' });
  await tree.getByRole('treeitem', { name: 'Tỉnh Kiên Giang', exact: true }).getByText('Tỉnh Kiên Giang').click();
  await tree.getByRole('treeitem', { name: unitName, exact: true }).getByText(unitName, { exact: true }).click();
  await agencyTable(opened.page).locator('tbody tr').first().waitFor();
  return opened;
}

interface AgencyFacts {
  electronicId: string;
  name: string;
  shortName: string;
  kind: string;
  address: string | null;
  phone: string | null;
  unit: { name: string };
}

/** Every agency as the API has it. */
async function agenciesFromApi(): Promise<AgencyFacts[]> {
  const answer = await gatewayRequest<{ agencies: { edges: { node: AgencyFacts }[] } }>(
    '{ agencies(first: 100) { edges { node { electronicId name shortName kind address phone unit { name } } } } }',
    {},
    await accessTokenFor('admin'),
  );
  return answer.data!.agencies.edges.map((edge) => edge.node);
}

describe('admin: maintaining agencies', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a system administrator adds an agency to a unit, then edits it', async () => {
    const { page, pageErrors, close } = await openUnit(browser, 'admin');
    try {
      await page.getByRole('button', { name: 'Thêm cơ quan', exact: true }).click();
      const dialog = createDialog(page);
      await dialog.waitFor();
      const electronicId = dialog.getByRole('textbox', { name: 'Mã định danh điện tử', exact: true });
      const submit = dialog.getByRole('button', { name: 'Thêm cơ quan', exact: true });

      // Checked in the browser first.
      await submit.click();
      await expect.poll(() => electronicId.getAttribute('aria-invalid')).toBe('true');
      expect((await descriptionsOf(page, electronicId)).join(' ')).toContain('Vui lòng nhập mã định danh điện tử.');
      await electronicId.fill('000 30 99 H37');
      await submit.click();
      await expect
        .poll(async () => (await descriptionsOf(page, electronicId)).join(' '))
        .toContain('Mã định danh gồm chữ in hoa, chữ số và dấu chấm');

      // Lower case is fine: stored in capitals.
      await electronicId.fill('000.30.99.h37');
      await pick(page, dialog.getByRole('combobox', { name: 'Loại cơ quan', exact: true }), 'Cơ quan ngành dọc');
      await dialog.getByRole('textbox', { name: 'Tên cơ quan', exact: true }).fill('Chi cục Thuế khu vực Hà Tiên');
      await dialog.getByRole('textbox', { name: 'Tên viết tắt', exact: true }).fill('CCT Hà Tiên');
      await dialog.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('12 Mạc Thiên Tích, Hà Tiên');
      await submit.click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('status').filter({ hasText: 'Đã thêm Chi cục Thuế khu vực Hà Tiên.' }).waitFor();
      const row = agencyTable(page).locator('tbody tr').filter({ hasText: 'Chi cục Thuế khu vực Hà Tiên' });
      await row.getByText('000.30.99.H37').waitFor();
      expect(await row.innerText()).toContain('Cơ quan ngành dọc');

      // Edit: the electronic ID and kind stay as they are; the rest changes.
      await page.getByRole('button', { name: 'Sửa thông tin Chi cục Thuế khu vực Hà Tiên', exact: true }).click();
      const editDialog = page.getByRole('dialog', { name: 'Sửa thông tin cơ quan' });
      await editDialog.waitFor();
      const fixedId = editDialog.getByRole('textbox', { name: 'Mã định danh điện tử', exact: true });
      expect(await fixedId.inputValue()).toBe('000.30.99.H37');
      expect(await fixedId.getAttribute('readonly')).not.toBeNull();
      const name = editDialog.getByRole('textbox', { name: 'Tên cơ quan', exact: true });
      await name.fill('  ');
      await editDialog.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
      await name.fill('Đội Thuế liên huyện Hà Tiên – Giang Thành');
      await editDialog.getByRole('textbox', { name: 'Tên viết tắt', exact: true }).fill('Đội Thuế Hà Tiên');
      await editDialog.getByRole('textbox', { name: 'Số điện thoại', exact: true }).fill('0297 385 2000');
      await editDialog.getByRole('button', { name: 'Lưu', exact: true }).click();
      await editDialog.waitFor({ state: 'hidden' });

      await page
        .getByRole('status')
        .filter({ hasText: 'Đã lưu thông tin Đội Thuế liên huyện Hà Tiên – Giang Thành.' })
        .waitFor();
      const edited = agencyTable(page).locator('tbody tr').filter({ hasText: '000.30.99.H37' });
      await edited.getByText('Đội Thuế liên huyện Hà Tiên – Giang Thành').waitFor();
      expect(await edited.innerText()).toContain('Đội Thuế Hà Tiên');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }

    const agency = (await agenciesFromApi()).find((item) => item.electronicId === '000.30.99.H37');
    expect(agency).toEqual({
      electronicId: '000.30.99.H37',
      name: 'Đội Thuế liên huyện Hà Tiên – Giang Thành',
      shortName: 'Đội Thuế Hà Tiên',
      kind: 'CENTRAL_OFFICE',
      address: '12 Mạc Thiên Tích, Hà Tiên',
      phone: '0297 385 2000',
      unit: { name: unitName },
    });
  });

  test('an electronic ID already in use is refused beside the field and nothing is added', async () => {
    const before = await agenciesFromApi();
    const { page, pageErrors, close } = await openUnit(browser, 'admin');
    try {
      const rowsBefore = await agencyTable(page).locator('tbody tr').count();
      await page.getByRole('button', { name: 'Thêm cơ quan', exact: true }).click();
      const dialog = createDialog(page);
      const electronicId = dialog.getByRole('textbox', { name: 'Mã định danh điện tử', exact: true });
      // Sở Xây dựng's.
      await electronicId.fill('000.00.09.H37');
      await pick(page, dialog.getByRole('combobox', { name: 'Loại cơ quan', exact: true }), 'Sở, ban, ngành');
      await dialog.getByRole('textbox', { name: 'Tên cơ quan', exact: true }).fill('Cơ quan trùng mã');
      await dialog.getByRole('textbox', { name: 'Tên viết tắt', exact: true }).fill('Trùng mã');
      await dialog.getByRole('button', { name: 'Thêm cơ quan', exact: true }).click();

      await expect.poll(() => electronicId.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
      expect((await descriptionsOf(page, electronicId)).join(' ')).toContain('Mã định danh này đã được dùng.');
      expect(await dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: 'Huỷ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await agencyTable(page).locator('tbody tr').count()).toBe(rowsBefore);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
    expect(await agenciesFromApi()).toEqual(before);
  });

  test('staff other than system administrators see no buttons to change agencies', async () => {
    const { page, pageErrors, close } = await openUnit(browser, 'quanly.trungtam');
    try {
      expect(await page.getByRole('button', { name: 'Thêm cơ quan' }).count()).toBe(0);
      expect(await agencyTable(page).getByRole('button').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
