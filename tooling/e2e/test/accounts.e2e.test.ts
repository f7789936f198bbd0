import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { accessTokenFor, gatewayRequest, signIn } from './support/auth';
import { choose, descriptionsOf, pick } from './support/forms';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');

/** What an account's initial password is in these tests: long enough for the API's rule. */
const initialPassword = 'Khoi-tao-2026';

function accountsTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách tài khoản' });
}

function accountRow(page: Page, username: string) {
  return accountsTable(page)
    .locator('tbody tr')
    .filter({ has: page.locator('td:nth-child(1)', { hasText: new RegExp(`^${username.replace('.', '\\.')}$`) }) });
}

function createDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Tạo tài khoản cán bộ' });
}

function rolesDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Sửa vai trò' });
}

/** The GraphQL operations a page sends, by name, to tell what reached the API. */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) names.push(body.operationName);
  });
  return names;
}

async function openAccountsAsAdmin(browser: Browser) {
  const opened = await openPage(browser, `${adminUrl}/tai-khoan`);
  await opened.page.waitForURL(/\/dang-nhap\?next=%2Ftai-khoan$/);
  await signIn(opened.page, 'admin');
  await opened.page.waitForURL(/\/tai-khoan$/);
  await accountsTable(opened.page).locator('tbody tr').first().waitFor();
  return opened;
}

interface AccountFacts {
  username: string;
  displayName: string;
  lockedUntil: string | null;
  roles: { role: string; agency: { shortName: string } }[];
}

/** Every account as the API has it, read as the administrator. */
async function accountsFromApi(): Promise<AccountFacts[]> {
  const answer = await gatewayRequest<{ accounts: { edges: { node: AccountFacts }[] } }>(
    '{ accounts(first: 100) { edges { node { username displayName lockedUntil roles { role agency { shortName } } } } } }',
    {},
    await accessTokenFor('admin'),
  );
  return answer.data!.accounts.edges.map((edge) => edge.node);
}

/** Creates a staff account through the API, as a setup step: the console is tested elsewhere. */
async function createAccountThroughApi(username: string, displayName: string, role: string, agencyShortName: string) {
  const token = await accessTokenFor('admin');
  const agencies = await gatewayRequest<{ agencies: { edges: { node: { id: string; shortName: string } }[] } }>(
    '{ agencies(first: 100) { edges { node { id shortName } } } }',
    {},
    token,
  );
  const agency = agencies.data!.agencies.edges.find((edge) => edge.node.shortName === agencyShortName)!.node;
  const answer = await gatewayRequest(
    'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }',
    { input: { username, displayName, password: initialPassword, roles: [{ role, agencyId: agency.id }] } },
    token,
  );
  expect(answer.errors).toBeUndefined();
}

describe('admin: staff accounts and their roles', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an administrator creates a staff account with a role in an agency, and the official signs in', async () => {
    const { page, pageErrors, close } = await openAccountsAsAdmin(browser);
    try {
      await page.getByRole('button', { name: 'Tạo tài khoản cán bộ', exact: true }).click();
      const dialog = createDialog(page);
      await dialog.waitFor();
      // Typed with capitals and spaces: stored as the API normalises it.
      await dialog.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill('  E2E.TuPhap ');
      await dialog.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Huỳnh Thị Bích Ngọc');
      await dialog.getByLabel('Mật khẩu ban đầu').fill(initialPassword);
      await pick(page, dialog.getByRole('combobox', { name: 'Vai trò 1', exact: true }), 'Chuyên viên');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cơ quan của vai trò 1', exact: true }),
        'Sở Tư pháp',
        'Sở Tư pháp',
      );
      await dialog.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản e2e.tuphap.' }).waitFor();
      const row = accountRow(page, 'e2e.tuphap');
      await row.waitFor();
      expect(await row.innerText()).toContain('Huỳnh Thị Bích Ngọc');
      expect(await row.innerText()).toContain('Chuyên viên · Sở Tư pháp');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }

    // The new official signs in with the initial password and lands in the console.
    const official = await openPage(browser, adminUrl);
    try {
      await official.page.waitForURL(/\/dang-nhap$/);
      await signIn(official.page, 'e2e.tuphap', initialPassword);
      await official.page.getByRole('banner').getByText('Huỳnh Thị Bích Ngọc').waitFor();
      // A specialist works on dossiers: the console opens at their work queue.
      await official.page.getByRole('heading', { level: 1, name: 'Công việc của tôi' }).waitFor();
      // A specialist is not an administrator: no accounts link.
      const nav = official.page.getByRole('navigation', { name: 'Điều hướng chính' });
      await nav.getByRole('link', { name: 'Đơn vị hành chính' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
      expect(official.pageErrors).toEqual([]);
    } finally {
      await official.close();
    }
  });

  test('a taken username is refused beside the field and nothing is written', async () => {
    const before = await accountsFromApi();
    const { page, pageErrors, close } = await openAccountsAsAdmin(browser);
    const operations = recordOperations(page);
    try {
      await page.getByRole('button', { name: 'Tạo tài khoản cán bộ', exact: true }).click();
      const dialog = createDialog(page);
      const username = dialog.getByRole('textbox', { name: 'Tên đăng nhập', exact: true });
      const password = dialog.getByLabel('Mật khẩu ban đầu');
      const submit = dialog.getByRole('button', { name: 'Tạo tài khoản', exact: true });

      // Checked in the browser first: nothing filled in, then a password that is too short.
      await submit.click();
      await expect.poll(() => username.getAttribute('aria-invalid')).toBe('true');
      expect((await descriptionsOf(page, username)).join(' ')).toContain('Vui lòng nhập tên đăng nhập.');
      const role = dialog.getByRole('combobox', { name: 'Vai trò 1', exact: true });
      expect((await descriptionsOf(page, role)).join(' ')).toContain('Vui lòng chọn vai trò.');

      await username.fill('chuyenvien.sxd');
      await dialog.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Người Trùng Tên');
      await password.fill('ngan');
      await pick(page, role, 'Lãnh đạo phê duyệt');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cơ quan của vai trò 1', exact: true }),
        'Sở Tài chính',
        'Sở Tài chính',
      );
      await submit.click();
      await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
      expect((await descriptionsOf(page, password)).join(' ')).toContain('Mật khẩu cần ít nhất 10 ký tự.');
      expect(operations).not.toContain('CreateStaffAccount');

      // Well-formed, so it goes to the API, which answers CONFLICT on `username`.
      await password.fill(initialPassword);
      await submit.click();
      await expect.poll(() => username.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
      expect((await descriptionsOf(page, username)).join(' ')).toContain('Tên đăng nhập đã có người dùng.');
      expect(operations.filter((name) => name === 'CreateStaffAccount')).toHaveLength(1);
      expect(await password.getAttribute('aria-invalid')).toBeNull();
      expect(await dialog.isVisible()).toBe(true);

      await dialog.getByRole('button', { name: 'Huỷ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }

    // Nothing written: the same accounts, and the existing one keeps its name and role.
    const after = await accountsFromApi();
    expect(after).toEqual(before);
    const existing = after.find((account) => account.username === 'chuyenvien.sxd')!;
    expect(existing.displayName).toBe('Lê Minh Khang');
    expect(existing.roles).toEqual([{ role: 'SPECIALIST', agency: { shortName: 'Sở Xây dựng' } }]);
  });

  test("an administrator replaces an official's roles", async () => {
    await createAccountThroughApi('e2e.vaitro', 'Đặng Văn Lộc', 'RECEPTION_OFFICER', 'Trung tâm PVHCC tỉnh');
    const { page, pageErrors, close } = await openAccountsAsAdmin(browser);
    try {
      const row = accountRow(page, 'e2e.vaitro');
      await row.getByText('Tiếp nhận hồ sơ · Trung tâm PVHCC tỉnh').waitFor();
      await page.getByRole('button', { name: 'Sửa vai trò của Đặng Văn Lộc', exact: true }).click();
      const dialog = rolesDialog(page);
      await dialog.waitFor();
      expect(await dialog.getByRole('combobox', { name: 'Vai trò 1', exact: true }).inputValue()).toBe(
        'Tiếp nhận hồ sơ',
      );

      // Promoted: manager of the Centre, and a catalogue editor of the Province, instead of reception.
      await dialog.getByRole('button', { name: 'Thêm vai trò', exact: true }).click();
      await pick(page, dialog.getByRole('combobox', { name: 'Vai trò 2', exact: true }), 'Quản lý trung tâm');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cơ quan của vai trò 2', exact: true }),
        'Trung tâm PVHCC',
        'Trung tâm PVHCC tỉnh',
      );
      await dialog.getByRole('button', { name: 'Thêm vai trò', exact: true }).click();
      await pick(page, dialog.getByRole('combobox', { name: 'Vai trò 3', exact: true }), 'Biên tập danh mục');
      await choose(
        page,
        dialog.getByRole('combobox', { name: 'Cơ quan của vai trò 3', exact: true }),
        'UBND tỉnh',
        'UBND tỉnh Kiên Giang',
      );
      await dialog.getByRole('button', { name: 'Bỏ vai trò 1', exact: true }).click();
      await dialog.getByRole('button', { name: 'Lưu vai trò', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('status').filter({ hasText: 'Đã lưu vai trò của Đặng Văn Lộc.' }).waitFor();
      await row.getByText('Quản lý trung tâm · Trung tâm PVHCC tỉnh').waitFor();
      await row.getByText('Biên tập danh mục · UBND tỉnh Kiên Giang').waitFor();
      expect(await row.getByText('Tiếp nhận hồ sơ').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }

    const account = (await accountsFromApi()).find((item) => item.username === 'e2e.vaitro')!;
    expect(account.roles).toEqual(
      expect.arrayContaining([
        { role: 'CENTRE_MANAGER', agency: { shortName: 'Trung tâm PVHCC tỉnh' } },
        { role: 'CATALOGUE_EDITOR', agency: { shortName: 'UBND tỉnh Kiên Giang' } },
      ]),
    );
    expect(account.roles).toHaveLength(2);
  });

  test('an administrator cannot drop their own administrator role', async () => {
    const { page, pageErrors, close } = await openAccountsAsAdmin(browser);
    const operations = recordOperations(page);
    try {
      await page.getByRole('button', { name: 'Sửa vai trò của Quản trị hệ thống', exact: true }).click();
      const dialog = rolesDialog(page);
      await dialog.getByRole('button', { name: 'Bỏ vai trò 1', exact: true }).click();
      await dialog.getByRole('button', { name: 'Lưu vai trò', exact: true }).click();
      await dialog.getByText('Không thể tự bỏ vai trò quản trị hệ thống của chính mình.').waitFor();
      expect(operations).not.toContain('SetAccountRoles');
      await dialog.getByRole('button', { name: 'Huỷ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
    const admin = (await accountsFromApi()).find((item) => item.username === 'admin')!;
    expect(admin.roles.map((grant) => grant.role)).toEqual(['SYSTEM_ADMIN']);
  });

  test('an administrator unlocks an account locked after failed sign-ins', async () => {
    await createAccountThroughApi('e2e.khoa', 'Lâm Thị Hồng', 'SPECIALIST', 'Sở Y tế');
    // The fifth failure in a row locks the account.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await gatewayRequest('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
        input: { username: 'e2e.khoa', password: 'not-the-password' },
      });
    }
    await expect(accessTokenFor('e2e.khoa', initialPassword)).rejects.toThrow(/ACCOUNT_LOCKED|khóa|lock/i);

    const { page, pageErrors, close } = await openAccountsAsAdmin(browser);
    try {
      const row = accountRow(page, 'e2e.khoa');
      await row.getByText(/^Khóa đến/).waitFor();
      await page.getByRole('button', { name: 'Mở khóa tài khoản của Lâm Thị Hồng', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Đã mở khóa tài khoản e2e.khoa.' }).waitFor();
      await row.getByText('Đang hoạt động').waitFor();
      expect(await page.getByRole('button', { name: 'Mở khóa tài khoản của Lâm Thị Hồng' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
    expect(await accessTokenFor('e2e.khoa', initialPassword)).toBeTruthy();
  });
});
