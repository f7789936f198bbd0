import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';
import { accessTokenFor, gatewayRequest, submitSignIn } from './support/auth';

// A browser start, a cold dev server, a sign-in and several saves take longer than vitest's 5 s.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const portalUrl = requireUrl('PORTAL_URL');

/** Seeded: Cấp Phiếu lý lịch tư pháp, fully online (toàn trình), received at the provincial Centre. */
const fullyOnline = {
  code: '2.000488',
  name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
};

/** A fresh 12-digit CCCD-shaped number, so each run's dossier is told apart from earlier ones. */
const idNumber = `0${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;

/** What the filing test leaves for the others: the dossier's id and code. */
const filed = { id: '', code: '' };

function stepHeading(page: Page, step: number, name: string) {
  return page.getByRole('heading', { level: 2, name: `Bước ${step}/4: ${name}` });
}

function applicantFields(page: Page) {
  return {
    name: page.getByRole('textbox', { name: 'Họ và tên', exact: true }),
    idNumber: page.getByRole('textbox', { name: 'Số định danh cá nhân (CCCD)', exact: true }),
    address: page.getByRole('textbox', { name: 'Địa chỉ', exact: true }),
    phone: page.getByRole('textbox', { name: 'Số điện thoại', exact: true }),
  };
}

async function signInAsCitizen(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await submitSignIn(page, 'congdan.demo');
}

function trackingForm(page: Page) {
  return {
    code: page.getByRole('textbox', { name: 'Mã hồ sơ', exact: true }),
    idNumber: page.getByRole('textbox', { name: 'Số CCCD hoặc mã số doanh nghiệp của người nộp', exact: true }),
    submit: page.getByRole('button', { name: 'Tra cứu', exact: true }),
  };
}

describe('portal: a citizen files online, follows the dossier and answers a supplement request', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('file a fully online procedure, reload mid-way and find the draft, send it and see its code', async () => {
    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/thu-tuc/${fullyOnline.code}`);
    try {
      // From the procedure page; the form is a citizen's own page, so sign-in comes first.
      await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
      await signInAsCitizen(page);
      await page.waitForURL(new RegExp(`/nop-truc-tuyen/${fullyOnline.code.replace('.', '\\.')}$`));
      await stepHeading(page, 1, 'Người nộp').waitFor();

      const fields = applicantFields(page);
      // The account's name is filled in; the rest is the citizen's to give.
      expect(await fields.name.inputValue()).toBe('Nguyễn Văn Dân');
      // A CCCD is 12 digits: checked before the form moves on, and said beside the field.
      await fields.idNumber.fill('12345');
      await fields.address.fill('Số 12 đường Trần Phú, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang');
      await fields.phone.fill('0912345678');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await expect.poll(() => fields.idNumber.getAttribute('aria-invalid')).toBe('true');
      await fields.idNumber.fill(idNumber);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      // Saved as a draft: its id and the step are in the address.
      await stepHeading(page, 2, 'Giấy tờ').waitFor();
      await page.waitForURL(/[?&]ban-nhap=[^&]+&buoc=2$/);
      filed.id = new URL(page.url()).searchParams.get('ban-nhap')!;
      // Uploading is not there yet, and the page says so.
      await page.getByText('Chức năng tải tệp giấy tờ lên cổng chưa có.', { exact: false }).waitFor();

      // A reload finds the draft on the same step, with what was typed.
      await page.reload();
      await stepHeading(page, 2, 'Giấy tờ').waitFor();
      await page.getByRole('button', { name: 'Quay lại' }).click();
      await stepHeading(page, 1, 'Người nộp').waitFor();
      expect(await fields.idNumber.inputValue()).toBe(idNumber);
      expect(await fields.phone.inputValue()).toBe('0912345678');

      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await stepHeading(page, 2, 'Giấy tờ').waitFor();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await stepHeading(page, 3, 'Nhận kết quả').waitFor();
      await page.getByRole('radio', { name: 'Trực tuyến, trên cổng này (bản điện tử)' }).check();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await stepHeading(page, 4, 'Xem lại và nộp').waitFor();
      expect(await page.getByRole('main').innerText()).toContain(idNumber);

      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      const done = page.getByRole('status').filter({ hasText: 'Đã nộp hồ sơ' });
      await done.waitFor();
      filed.code = (await done.getByText(/^\S+-\d{6}-\d{4}$/).innerText()).trim();
      expect(filed.code).toMatch(/-\d{6}-\d{4}$/);

      // The confirmation leads to tracking, which shows the dossier at once.
      await done.getByRole('link', { name: 'Tra cứu tình trạng hồ sơ' }).click();
      await page.waitForURL(/\/tra-cuu\?ma=.+&sgt=\d{12}$/);
      const result = page.getByRole('region', { name: 'Kết quả tra cứu' });
      await result.getByText('Mới đăng ký', { exact: true }).waitFor();
      expect(await result.innerText()).toContain(fullyOnline.name);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('tracking by code and ID number, without signing in; a wrong ID number finds nothing', async () => {
    expect(filed.code, 'the filing test ran first').not.toBe('');
    // The receipt's QR code lands here with both in the address, on a phone.
    const query = new URLSearchParams({ ma: filed.code, sgt: idNumber });
    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/tra-cuu?${query}`, {
      width: 390,
      height: 844,
    });
    try {
      const result = page.getByRole('region', { name: 'Kết quả tra cứu' });
      await result.getByText('Mới đăng ký', { exact: true }).waitFor();
      expect(await result.innerText()).toContain(filed.code);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );

      // The same code with another ID number: the one message that does not tell whether the code exists.
      const form = trackingForm(page);
      expect(await form.code.inputValue()).toBe(filed.code);
      await form.idNumber.fill('001099012345');
      await form.submit.click();
      await page.waitForURL(/sgt=001099012345$/);
      await page.getByRole('alert').filter({ hasText: 'Không tìm thấy hồ sơ' }).waitFor();
      expect(await result.innerText()).not.toContain(fullyOnline.name);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the one-stop asks for a supplement; the citizen answers it from "my dossiers"', async () => {
    expect(filed.id, 'the filing test ran first').not.toBe('');
    // The reception officer's check, through the API as the console would send it.
    const officer = await accessTokenFor('tiepnhan.trungtam');
    const asked = await gatewayRequest<{ decideReception: { dossier: { status: string } } }>(
      `mutation Ask($input: DecideReceptionInput!) { decideReception(input: $input) { dossier { status } } }`,
      {
        input: {
          dossierId: filed.id,
          documents: [],
          decision: 'REQUEST_SUPPLEMENT',
          supplementItems: [
            { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', reason: 'Thiếu chữ ký của người khai' },
          ],
          reason: 'Hồ sơ chưa đầy đủ',
        },
      },
      officer,
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.decideReception.dossier.status).toBe('AWAITING_RECEPTION_SUPPLEMENT');

    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/ho-so-cua-toi`, {
      width: 390,
      height: 844,
    });
    try {
      await signInAsCitizen(page);
      await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
      // Cards on a phone; the dossier's code leads to it.
      await page.getByRole('list', { name: 'Danh sách hồ sơ của tôi' }).getByRole('link', { name: filed.code }).click();
      await page.getByRole('heading', { level: 1, name: filed.code }).waitFor();
      await page.getByText('Thiếu chữ ký của người khai', { exact: false }).waitFor();

      const answer = page.getByRole('form', { name: 'Gửi bổ sung hồ sơ' });
      await answer.getByRole('button', { name: 'Gửi bổ sung' }).click();
      const note = answer.getByRole('textbox', { name: 'Nội dung bổ sung' });
      await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
      await note.fill('Đã ký lại tờ khai, gửi kèm bản chụp.');
      await answer.getByRole('button', { name: 'Gửi bổ sung' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã gửi bổ sung.' }).waitFor();
      // Sent back to the one-stop's check.
      await page.getByText('Mới đăng ký', { exact: true }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
