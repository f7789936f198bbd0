import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, requireUrl } from './support/browser';

// A browser start and a cold dev server take longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const portalUrl = requireUrl('PORTAL_URL');
const centreName = 'Trung tâm Phục vụ hành chính công tỉnh Kiên Giang';

describe('portal: where to hand in applications', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the header links to the page listing the provincial Centre, its hours and counters', async () => {
    // A phone-sized screen: the page must work there.
    const { page, pageErrors, close } = await openPage(browser, portalUrl, { width: 390, height: 844 });
    try {
      await page.getByRole('link', { name: 'Nơi tiếp nhận hồ sơ' }).click();
      await page.waitForURL(/\/noi-tiep-nhan$/);
      await page.getByRole('heading', { level: 1, name: 'Nơi tiếp nhận hồ sơ' }).waitFor();

      const centre = page.getByRole('article', { name: centreName });
      await centre.waitFor();
      expect(await centre.innerText()).toContain('Giờ làm việc');
      expect(await centre.innerText()).toMatch(/\d{1,2}:\d{2}/);
      const counters = centre.locator('ul').first().locator(':scope > li');
      expect(await counters.count()).toBeGreaterThanOrEqual(12);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
