import type { Browser, Page } from 'playwright-core';
import chromiumLaunchOptions from '@nianbao/dev-config/chromium-launch';
import { chromium } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * A phone-sized page (iPhone 12–15 class, 390×844), failing the test on any uncaught page error; `userAgent` makes
 * it, say, 企业微信's in-app browser.
 */
export async function newPhonePage(
  browser: Browser,
  userAgent?: string,
): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({
    ...(userAgent ? { userAgent } : {}),
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}
