import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foldCase, launchChromium, openPage, requireUrl } from './support/browser';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const portalUrl = requireUrl('PORTAL_URL');

/** Seeded procedures: fully online (toàn trình) and information only. */
const fullyOnline = {
  code: '2.000488',
  name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
};
const informationOnly = { code: '2.000505' };

function resultsTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách thủ tục hành chính' });
}

function resultRows(page: Page) {
  return resultsTable(page).locator('tbody').getByRole('row');
}

/** The section under the `<h2>` of this name (sections are labelled by their heading). */
function section(page: Page, heading: string) {
  return page.getByRole('region', { name: heading, exact: true });
}

/**
 * Opens a page in a fresh context, runs the steps, checks the page threw nothing, and closes it
 * whatever happened.
 */
async function onPage(
  browser: Browser,
  url: string,
  ...rest:
    | [steps: (page: Page) => Promise<void>]
    | [viewport: { width: number; height: number }, steps: (page: Page) => Promise<void>]
) {
  const [viewport, steps] = rest.length === 1 ? [undefined, rest[0]] : rest;
  const { page, pageErrors, close } = await openPage(browser, url, viewport);
  try {
    await steps(page);
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
}

/** Waits for "Tìm thấy N thủ tục" and returns N. */
async function foundCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^Tìm thấy \d+ thủ tục$/ });
  return Number(/\d+/.exec(await status.innerText())?.[0]);
}

async function switchToEnglish(page: Page) {
  // The radio inputs are visually hidden; a user clicks the visible "EN" label.
  await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('EN', { exact: true }).click();
}

describe('portal: a procedure page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a search without diacritics leads to "Đăng ký khai sinh" and all a citizen needs to apply', async () => {
    await onPage(browser, portalUrl, async (page) => {
      await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('dang ky khai sinh');
      await page.waitForURL(/[?&]q=dang(\+|%20)ky(\+|%20)khai(\+|%20)sinh/);
      // The first row is the best match once the table holds this search's results.
      const firstLink = resultRows(page).first().getByRole('link');
      await expect
        .poll(
          async () => (await resultsTable(page).getAttribute('aria-busy')) === 'false' && (await firstLink.innerText()),
        )
        .toBe('Đăng ký khai sinh');

      await firstLink.click();
      await page.waitForURL(/\/thu-tuc\/1\.001193$/);
      await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
      expect(await page.title()).toContain('Đăng ký khai sinh');
      expect(await page.getByText('Hộ tịch', { exact: true }).first().isVisible()).toBe(true);

      const documents = section(page, 'Thành phần hồ sơ');
      const documentRows = documents.getByRole('table', { name: 'Các giấy tờ phải nộp' }).locator('tbody tr');
      expect(await documentRows.count()).toBeGreaterThan(0);
      expect(foldCase(await documents.innerText())).toContain('tờ khai');

      const channels = section(page, 'Cách thức nộp, thời hạn giải quyết và phí, lệ phí');
      const inPerson = channels.getByRole('article', { name: 'Nộp trực tiếp' });
      expect(await inPerson.innerText()).toMatch(/Thời hạn giải quyết\s+\d+(,\d+)? (ngày làm việc|ngày|giờ làm việc)/);
      expect(await inPerson.innerText()).toMatch(/Phí, lệ phí\s+(Miễn phí|.*\d{1,3}(\.\d{3})* ₫)/);

      const where = section(page, 'Nơi tiếp nhận hồ sơ');
      const places = where.getByRole('article');
      expect(await places.count()).toBeGreaterThan(0);
      expect(await places.first().innerText()).toContain('Địa chỉ:');

      for (const heading of [
        'Trình tự thực hiện',
        'Yêu cầu, điều kiện thực hiện',
        'Kết quả thực hiện',
        'Căn cứ pháp lý',
        'Quyết định công bố',
      ]) {
        await section(page, heading).waitFor();
      }
      expect(await section(page, 'Quyết định công bố').innerText()).toMatch(/Áp dụng từ ngày\s+\d{2}\/\d{2}\/\d{4}/);

      // The way back leads to the same search, not to an empty one.
      await page.getByRole('link', { name: 'Quay lại tra cứu thủ tục' }).click();
      await page.waitForURL(/\/\?q=dang(\+|%20)ky(\+|%20)khai(\+|%20)sinh$/);
      expect(await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).inputValue()).toBe('dang ky khai sinh');
    });
  });

  test('the procedure page reads in English', async () => {
    await onPage(browser, `${portalUrl}/thu-tuc/${fullyOnline.code}`, async (page) => {
      await page.getByRole('heading', { level: 2, name: 'Thành phần hồ sơ' }).waitFor();
      await switchToEnglish(page);

      for (const heading of [
        'Steps',
        'Required documents',
        'Ways to apply, processing time and fees',
        'Where to apply',
        'Requirements and conditions',
        'Result',
        'Legal basis',
        'Publication decision',
      ]) {
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      }
      const channels = section(page, 'Ways to apply, processing time and fees');
      await channels.getByRole('heading', { level: 3, name: 'In person' }).waitFor();
      await channels.getByRole('heading', { level: 3, name: 'Online' }).waitFor();
      // Amounts in the English way: ₫200,000.
      expect(await channels.innerText()).toContain('₫200,000');
      expect(await channels.innerText()).toMatch(/\d+ working days?/);
      expect(await page.getByText('Fully online', { exact: true }).isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Apply online' }).waitFor();
      await page.getByRole('button', { name: 'Print this procedure' }).waitFor();
    });
  });

  test('a fully online procedure offers online filing; an information-only one does not', async () => {
    await onPage(browser, `${portalUrl}/thu-tuc/${informationOnly.code}`, async (page) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByText('Chỉ cung cấp thông tin', { exact: true }).waitFor();
      expect(await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).count()).toBe(0);

      await page.goto(`${portalUrl}/thu-tuc/${fullyOnline.code}`);
      await page.getByRole('heading', { level: 1, name: fullyOnline.name }).waitFor();
      await page.getByText('Trực tuyến toàn trình', { exact: true }).waitFor();
      await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();

      // The form is a citizen's own page: a sign-in first, then back to it (portal-dossiers.e2e files one).
      await page.waitForURL(/\/dang-nhap\?next=%2Fnop-truc-tuyen%2F2\.000488$/);
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    });
  });

  test('the home page browses the catalogue by field', async () => {
    await onPage(browser, portalUrl, async (page) => {
      const fields = page.getByRole('navigation', { name: 'Duyệt theo lĩnh vực' });
      const civilStatus = fields.getByRole('link', { name: /^Hộ tịch: \d+ thủ tục$/ });
      const expected = Number(/\d+/.exec((await civilStatus.getAttribute('aria-label')) ?? '')?.[0]);
      expect(expected).toBeGreaterThan(0);

      await civilStatus.click();
      await page.waitForURL(/[?&]linh-vuc=H%E1%BB%99(\+|%20)t%E1%BB%8Bch/);
      await expect.poll(() => civilStatus.getAttribute('aria-current')).toBe('true');
      await expect.poll(() => foundCount(page)).toBe(expected);
      const fieldCells = await resultRows(page).locator('td:nth-child(3)').allInnerTexts();
      expect(fieldCells.length).toBeGreaterThan(0);
      expect(new Set(fieldCells)).toEqual(new Set(['Hộ tịch']));
      // The filter shows the same choice, and survives a reload through the address.
      await page.reload();
      expect(await page.getByRole('combobox', { name: 'Lĩnh vực' }).inputValue()).toBe('Hộ tịch');

      // A second filter narrows further: only the commune-level civil-status procedures.
      await page.getByRole('combobox', { name: 'Cấp thực hiện' }).selectOption('COMMUNE');
      await page.waitForURL(/[?&]cap=COMMUNE/);
      await expect.poll(() => foundCount(page)).toBeLessThan(expected);
      await expect
        .poll(async () => new Set(await resultRows(page).locator('td:nth-child(4)').allInnerTexts()))
        .toEqual(new Set(['Cấp xã']));
    });
  });

  test('an unknown code says the procedure was not found', async () => {
    await onPage(browser, `${portalUrl}/thu-tuc/9.999999`, async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' }).waitFor();
      expect(await page.getByText(/9\.999999/).isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Tra cứu thủ tục khác' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }).waitFor();
    });
  });

  test('on a phone the page fits the screen, and it prints without the header and buttons', async () => {
    await onPage(
      browser,
      `${portalUrl}/thu-tuc/${fullyOnline.code}`,
      {
        width: 390,
        height: 844,
      },
      async (page) => {
        await page.getByRole('heading', { level: 2, name: 'Căn cứ pháp lý' }).waitFor();
        // Only tables may scroll sideways, inside their own box; the page itself must not.
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBe(0);

        const print = page.getByRole('button', { name: 'In thông tin thủ tục' });
        expect(await print.isVisible()).toBe(true);
        await page.emulateMedia({ media: 'print' });
        expect(await print.isVisible()).toBe(false);
        expect(await page.getByRole('banner').isVisible()).toBe(false);
        expect(await page.getByRole('heading', { level: 1, name: fullyOnline.name }).isVisible()).toBe(true);
      },
    );
  });
});
