import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, requireUrl, type OpenedPage } from './support/browser';
import { signIn } from './support/auth';
import { descriptionsOf } from './support/forms';

// A browser start, four officers and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 60_000 });

const adminUrl = requireUrl('ADMIN_URL');

/** A province procedure decided by the Department of Construction (Sở Xây dựng), received at the Centre. */
const procedureSearch = 'chứng chỉ hành nghề xây dựng';
const procedureCode = '1.009982';

/** Codes of the Centre (000.00.01.H37): <agency ID>-YYMMDD-NNNN. */
const centreCode = /^000\.00\.01\.H37-\d{6}-\d{4}$/;

/** A 12-digit citizen ID no other test uses, so the applicant's dossiers are this run's. */
const citizenId = `0790${Date.now().toString().slice(-8)}`;

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** Picks the procedure at the counter with the keyboard: type, arrow down, Enter. */
async function chooseProcedure(page: Page) {
  const search = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
  await search.fill(procedureSearch);
  await page.getByRole('option', { name: new RegExp(procedureCode.replace('.', '\\.')) }).waitFor();
  const options = page.getByRole('option');
  const names = await options.allInnerTexts();
  const position = names.findIndex((name) => name.startsWith(procedureCode));
  expect(position).toBeGreaterThanOrEqual(0);
  await search.focus();
  // The first option is selected as the list changes; move down to ours and take it.
  for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByTestId('document-checklist').waitFor();
}

async function fillApplicant(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Số CCCD', exact: true }).fill(citizenId);
  await page.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('12 Trần Phú, phường Vĩnh Thanh, Rạch Giá');
  await page.getByRole('textbox', { name: 'Số điện thoại', exact: true }).fill('0912345678');
}

function checklistItems(page: Page) {
  return page.getByTestId('checklist-item');
}

/** Signs an officer in at a dossier's page (through the sign-in page, which brings them back). */
async function openDossierAs(browser: Browser, username: string, path: string): Promise<OpenedPage> {
  const opened = await openPage(browser, `${adminUrl}${path}`);
  await signIn(opened.page, username);
  return opened;
}

/** Opens an action's dialog from the dossier page and sends it with its button. */
async function act(
  page: Page,
  action: string,
  submit: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await fill?.(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByRole('status')
    .filter({ hasText: `Đã ghi nhận: ${action}.` })
    .waitFor();
}

/** A minimal one-page PDF, built here so the test needs no fixture file. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function statusBadge(page: Page) {
  return page.locator('[data-status]').first();
}

describe('console: a counter dossier from reception to the returned result', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an incomplete checklist cannot be received, and the refusal is shown beside the documents', async () => {
    const { page, pageErrors, close } = await openDossierAs(browser, 'tiepnhan.trungtam', '/tiep-nhan');
    try {
      await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
      await chooseProcedure(page);
      await fillApplicant(page, 'Trần Thị Thiếu');
      // Every document but the first handed in.
      const items = checklistItems(page);
      const count = await items.count();
      expect(count).toBeGreaterThan(1);
      for (let i = 1; i < count; i += 1) await items.nth(i).getByRole('checkbox').first().check();

      await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      // The API names the missing document; the message sits in that document's row.
      await expect.poll(() => items.first().innerText()).toContain('Thiếu');
      const missing = items.first().getByRole('checkbox').first();
      expect(await missing.getAttribute('aria-invalid')).toBe('true');
      // Tied to the box, so a screen reader reads it with the document's name.
      expect((await descriptionsOf(page, missing)).join(' ')).toContain('Thiếu');
      // The other documents have nothing to say.
      expect(await items.nth(1).getByRole('checkbox').first().getAttribute('aria-invalid')).toBeNull();
      expect(new URL(page.url()).pathname).toBe('/tiep-nhan');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('reception, appraisal, approval and return each move the dossier on and show in its timeline', async () => {
    // The reception officer receives it at the counter.
    const counter = await openDossierAs(browser, 'tiepnhan.trungtam', '/tiep-nhan');
    let dossierPath = '';
    let code = '';
    try {
      const { page } = counter;
      await navigation(page).getByRole('link', { name: 'Tiếp nhận hồ sơ' }).waitFor();
      await chooseProcedure(page);
      const items = checklistItems(page);
      const count = await items.count();
      for (let i = 0; i < count; i += 1) await items.nth(i).getByRole('checkbox').first().check();
      await page
        .getByRole('status')
        .filter({ hasText: `Đã nhận ${count} / ${count} giấy tờ` })
        .waitFor();
      await fillApplicant(page, 'Nguyễn Văn Xây');
      await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();

      await page.waitForURL(/\/ho-so\/[^/]+$/);
      dossierPath = new URL(page.url()).pathname;
      code = (await page.getByTestId('dossier-code').innerText()).trim();
      expect(code).toMatch(centreCode);
      await page
        .getByRole('status')
        .filter({ hasText: `Đã tiếp nhận hồ sơ ${code}.` })
        .waitFor();
      expect(await statusBadge(page).innerText()).toContain('Được tiếp nhận');

      // The receipt (Mẫu 01) comes as a PDF.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải về Giấy tiếp nhận và hẹn trả kết quả' }).first().click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

      // On to the Department of Construction.
      await act(page, 'Chuyển bước tiếp', 'Chuyển');
      await expect.poll(() => statusBadge(page).innerText()).toContain('Đang xử lý');
      expect(counter.pageErrors).toEqual([]);
    } finally {
      await counter.close();
    }

    // The specialist finds it in their work and forwards it to the leader.
    const specialist = await openPage(browser, adminUrl);
    try {
      const { page } = specialist;
      await signIn(page, 'chuyenvien.sxd');
      await page.getByRole('heading', { level: 1, name: 'Công việc của tôi' }).waitFor();
      const queue = page.getByRole('table', { name: 'Hồ sơ chờ tôi xử lý' });
      await queue.getByRole('link', { name: code }).click();
      await page.waitForURL(new RegExp(`${dossierPath}$`));
      await act(page, 'Chuyển bước tiếp', 'Chuyển', async (dialog) => {
        await dialog.getByRole('textbox', { name: 'Ghi chú khi chuyển' }).fill('Hồ sơ đủ điều kiện, trình lãnh đạo.');
      });
      expect(specialist.pageErrors).toEqual([]);
    } finally {
      await specialist.close();
    }

    // The leader approves the result.
    const approver = await openDossierAs(browser, 'lanhdao.sxd', dossierPath);
    try {
      const { page } = approver;
      await act(page, 'Ký duyệt kết quả', 'Ký duyệt', async (dialog) => {
        await dialog.getByRole('textbox', { name: 'Trích yếu kết quả' }).fill('Cấp chứng chỉ hành nghề hạng III');
        await dialog.getByRole('textbox', { name: 'Số văn bản' }).fill('125/CCHN');
      });
      await expect.poll(() => statusBadge(page).innerText()).toContain('Đã xử lý xong');
      expect(approver.pageErrors).toEqual([]);
    } finally {
      await approver.close();
    }

    // Back at the counter, the result is handed over; the timeline tells the whole story.
    const handover = await openDossierAs(browser, 'tiepnhan.trungtam', dossierPath);
    try {
      const { page } = handover;
      await act(page, 'Trả kết quả', 'Xác nhận trả kết quả', async (dialog) => {
        await dialog.getByRole('textbox', { name: 'Người nhận kết quả' }).fill('Nguyễn Văn Xây');
      });
      await expect.poll(() => statusBadge(page).innerText()).toContain('Đã trả kết quả');
      const timeline = page.getByTestId('dossier-timeline');
      await expect
        .poll(() =>
          timeline.locator('[data-event]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event'))),
        )
        .toEqual(expect.arrayContaining(['RECEIVED', 'FORWARDED', 'RESOLVED', 'RESULT_RETURNED']));
      const text = await timeline.innerText();
      for (const step of ['Tiếp nhận hồ sơ', 'Chuyển bước', 'Đã xử lý xong', 'Trả kết quả'])
        expect(text).toContain(step);
      for (const officer of ['Nguyễn Thị Mai', 'Lê Minh Khang', 'Phạm Quốc Thái']) expect(text).toContain(officer);
      expect(handover.pageErrors).toEqual([]);
    } finally {
      await handover.close();
    }
  });

  test('the reception officer uploads a scanned document to a received dossier and sees it listed', async () => {
    const { page, pageErrors, close } = await openDossierAs(browser, 'tiepnhan.trungtam', '/tiep-nhan');
    try {
      await chooseProcedure(page);
      const items = checklistItems(page);
      const count = await items.count();
      for (let i = 0; i < count; i += 1) await items.nth(i).getByRole('checkbox').first().check();
      await fillApplicant(page, 'Lê Thị Quét');
      await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await page.waitForURL(/\/ho-so\/[^/]+$/);

      await page.getByRole('button', { name: 'Tải lên tệp', exact: true }).click();
      const form = page.getByRole('form', { name: 'Tải lên tệp' });
      // At the counter the only kind is a document of the list: pick the first.
      await form.getByRole('combobox', { name: 'Thành phần hồ sơ' }).click();
      await page.getByRole('option').first().click();
      await form
        .locator('input[type="file"]')
        .setInputFiles({ name: 'ban-scan.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
      await form.getByRole('button', { name: 'Tải lên', exact: true }).click();

      await page.getByRole('status').filter({ hasText: 'Đã tải lên tệp.' }).waitFor();
      const table = page.getByRole('table', { name: 'Tài liệu đính kèm' });
      await table.getByText('ban-scan.pdf').waitFor();
      expect(await table.innerText()).toContain('Thành phần hồ sơ 1');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
