import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/**
 * Headless Chromium as installed by the system package. The flags keep it from reaching out to
 * Google services, which would slow start-up or fail in a sandbox without network.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A base URL the e2e harness sets after starting the platform. Missing means a broken run. */
export function requireUrl(name: 'PORTAL_URL' | 'ADMIN_URL'): string {
  const url = process.env[name];
  if (!url) throw new Error(`${name} is not set: run the e2e tests through the harness that starts the platform`);
  return url;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions in the page; a test ends by checking there were none. */
  pageErrors: Error[];
  close: () => Promise<void>;
}

/**
 * A page in a fresh context (no cookies, no localStorage), so each test starts as a first visit,
 * in Vietnamese, whatever an earlier test chose.
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  // Generous: on CI's two cores the platform, Chromium and the test runner share the CPU.
  page.setDefaultTimeout(30_000);
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(url);
  return { page, pageErrors, close: () => context.close() };
}

/** Compares Vietnamese text whatever its Unicode form (precomposed or combining marks) and case. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}
