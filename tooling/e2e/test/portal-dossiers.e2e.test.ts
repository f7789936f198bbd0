import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** Seeded: Cấp chứng chỉ hành nghề hoạt động xây dựng, handled by the Sở Xây dựng; four documents. */
const practiceCertificate = { code: '1.009982', documentCount: 4 };

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

/** A small but well-formed one-page PDF, its cross-reference offsets counted from the bytes. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Picks a file through the picker the way a person does: a click opens the chooser. */
async function chooseFile(page: Page, picker: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), picker.click()]);
  await chooser.setFiles(file);
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

      // The declaration form's file: a text file named .pdf is refused in the browser, beside the picker.
      const declaration = page.getByRole('group', { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', exact: true });
      const picker = declaration.getByRole('button', { name: 'Tệp giấy tờ', exact: true });
      await chooseFile(page, picker, {
        name: 'to-khai.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('Tờ khai, nhưng chỉ là văn bản thuần.', 'utf8'),
      });
      await declaration.getByRole('alert').filter({ hasText: 'không phải PDF, JPEG hoặc PNG' }).waitFor();
      expect(await picker.getAttribute('aria-invalid')).toBe('true');

      // A real PDF is uploaded at once, listed with its size, and ticks the document as handed in.
      await declaration.getByRole('radio', { name: 'Chưa có, sẽ bổ sung sau' }).check();
      const pdf = minimalPdf();
      await chooseFile(page, picker, { name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: pdf });
      await declaration.getByRole('status').filter({ hasText: 'Đã tải lên tệp to-khai.pdf.' }).waitFor();
      const uploaded = declaration.getByRole('list', { name: 'Tệp đã tải lên: Tệp giấy tờ' });
      await uploaded.getByRole('button', { name: 'Tải về to-khai.pdf' }).waitFor();
      expect(await uploaded.innerText()).toMatch(/\d+ B/);
      expect(await declaration.getByRole('radio', { name: 'Tôi nộp kèm giấy tờ này' }).isChecked()).toBe(true);
      expect(await picker.getAttribute('aria-invalid')).not.toBe('true');

      // A reload finds the draft on the same step, with what was typed and the file uploaded.
      await page.reload();
      await stepHeading(page, 2, 'Giấy tờ').waitFor();
      const download = declaration.getByRole('button', { name: 'Tải về to-khai.pdf' });
      const [saved] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(saved.suggestedFilename()).toBe('to-khai.pdf');
      const savedPath = await saved.path();
      expect(readFileSync(savedPath).equals(pdf)).toBe(true);
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
      // The signed form, as a file sent with the answer.
      await chooseFile(page, answer.getByRole('button', { name: 'Tệp bổ sung (không bắt buộc)', exact: true }), {
        name: 'to-khai-da-ky.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf(),
      });
      await answer.getByRole('button', { name: 'Tải về to-khai-da-ky.pdf' }).waitFor();
      await answer.getByRole('button', { name: 'Gửi bổ sung' }).click();
      const note = answer.getByRole('textbox', { name: 'Nội dung bổ sung' });
      await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
      await note.fill('Đã ký lại tờ khai, gửi kèm bản chụp.');
      await answer.getByRole('button', { name: 'Gửi bổ sung' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã gửi bổ sung.' }).waitFor();
      // Sent back to the one-stop's check.
      await page.getByText('Mới đăng ký', { exact: true }).first().waitFor();
      // The dossier's files: the one uploaded while filing and the supplement.
      const files = page.getByRole('list', { name: 'Các tệp của hồ sơ' });
      await files.getByRole('button', { name: 'Tải về to-khai-da-ky.pdf' }).waitFor();
      expect(await files.innerText()).toContain('to-khai.pdf');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the agency resolves a dossier with an electronic result; the citizen downloads it from "my dossiers"', async () => {
    // Through the API as the console and the citizen's own form would send it: a building practice
    // certificate, handled by the Sở Xây dựng's specialist and approver.
    const call = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
      const answer = await gatewayRequest<T>(query, variables, token);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data!;
    };
    const citizen = await accessTokenFor('congdan.demo');
    const { procedureByCode } = await call<{ procedureByCode: { id: string } }>(
      `query($code: String!) { procedureByCode(code: $code) { id } }`,
      { code: practiceCertificate.code },
      citizen,
    );
    const documents = Array.from({ length: practiceCertificate.documentCount }, (_, index) => ({
      index,
      provided: true,
    }));
    const { saveOnlineDraft } = await call<{ saveOnlineDraft: { dossier: { id: string } } }>(
      `mutation($input: OnlineDraftInput!) { saveOnlineDraft(input: $input) { dossier { id } } }`,
      {
        input: {
          procedureId: procedureByCode.id,
          applicant: {
            kind: 'PERSON',
            name: 'Nguyễn Văn Dân',
            idNumber,
            address: 'Số 12 đường Trần Phú, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang',
            phone: '0912345678',
          },
          documents,
          resultDelivery: 'ONLINE',
        },
      },
      citizen,
    );
    const dossierId = saveOnlineDraft.dossier.id;
    const dossierMutation = (name: string, input: string) =>
      `mutation($input: ${input}!) { ${name}(input: $input) { dossier { status } } }`;
    await call(
      `mutation($id: ID!) { submitOnlineDossier(dossierId: $id) { dossier { id } } }`,
      { id: dossierId },
      citizen,
    );
    const reception = await accessTokenFor('tiepnhan.trungtam');
    await call(
      dossierMutation('decideReception', 'DecideReceptionInput'),
      { input: { dossierId, documents, decision: 'RECEIVE' } },
      reception,
    );
    await call(dossierMutation('forwardDossier', 'ForwardInput'), { input: { dossierId } }, reception);
    await call(
      dossierMutation('forwardDossier', 'ForwardInput'),
      { input: { dossierId } },
      await accessTokenFor('chuyenvien.sxd'),
    );
    const approver = await accessTokenFor('lanhdao.sxd');
    await call(
      `mutation($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id } } }`,
      {
        input: {
          dossierId,
          purpose: 'RESULT',
          fileName: 'chung-chi-hanh-nghe.pdf',
          mediaType: 'application/pdf',
          contentBase64: minimalPdf().toString('base64'),
        },
      },
      approver,
    );
    const resolved = await call<{ resolveDossier: { dossier: { status: string } } }>(
      dossierMutation('resolveDossier', 'ResolveInput'),
      { input: { dossierId, outcome: 'APPROVED', summary: 'Chứng chỉ hành nghề số 12/CCHN', electronic: true } },
      approver,
    );
    expect(resolved.resolveDossier.dossier.status).toBe('RESOLVED');

    const { page, pageErrors, close } = await openPage(browser, `${portalUrl}/ho-so-cua-toi/${dossierId}`, {
      width: 390,
      height: 844,
    });
    try {
      await signInAsCitizen(page);
      const result = page.getByRole('region', { name: 'Kết quả điện tử' });
      const download = result.getByRole('button', { name: 'Tải về chung-chi-hanh-nghe.pdf' });
      await download.waitFor();
      const [saved] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(saved.suggestedFilename()).toBe('chung-chi-hanh-nghe.pdf');
      expect(
        readFileSync(await saved.path())
          .subarray(0, 8)
          .toString('latin1'),
      ).toBe('%PDF-1.4');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
