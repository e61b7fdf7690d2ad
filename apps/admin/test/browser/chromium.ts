import type { Browser, Page } from 'playwright-core';
import chromiumLaunchOptions from '@nianbao/dev-config/chromium-launch';
import { chromium } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** A page at the smallest desktop size the app supports, failing the test on any uncaught page error. */
export async function newDesktopPage(browser: Browser): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}

/**
 * The jest hooks every browser spec shares: one Chromium for the file, a fresh desktop page per test (handed to the
 * spec through `onPage`), and a test that fails on any uncaught page error. Returns the file's browser.
 */
export function chromiumPerFile(onPage: (page: Page) => void): () => Browser {
  let browser: Browser | undefined;
  let current: { page: Page; pageErrors: string[] } | undefined;
  const opened = () => {
    if (!browser) throw new Error('Chromium has not started (chromiumPerFile registers a beforeAll)');
    return browser;
  };
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    current = await newDesktopPage(opened());
    onPage(current.page);
  });
  afterEach(async () => {
    expect(current?.pageErrors).toEqual([]);
    await current?.page.context().close();
  });
  return opened;
}

/** Opens a page once before the timed tests: Vite compiles and pre-bundles it on the first visit, which on a busy
 * machine alone can take a minute. */
export async function warmUp(
  browser: Browser,
  url: string,
  isReady: (page: Page) => Promise<unknown>,
): Promise<void> {
  const { page } = await newDesktopPage(browser);
  await page.goto(url, { timeout: 150_000 });
  await isReady(page);
  await page.context().close();
}
