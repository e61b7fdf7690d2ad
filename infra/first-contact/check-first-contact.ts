import chromiumLaunchOptions from '@nianbao/dev-config/chromium-launch';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';

const DEMO_PASSWORD = 'nianbao-demo';
const ADMIN_TITLE = '政府信息公开工作年度报告';
const H5_TITLE = '年报审批';
/** The public 年报专栏's default title names the jurisdiction: 示范市 in the demo data. */
const PUBLIC_SITE_TITLE = '政府信息公开工作年度报告专栏';
const PAGE_TIMEOUT_MS = 60_000;

export interface FirstContactResult {
  step: string;
  ok: boolean;
  detail: string;
}

async function fetchText(url: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

/** A page of the app: HTML with the app's own title, not the API's JSON 404 or an empty folder listing. */
async function servesPage(url: string, title: string): Promise<string | null> {
  const { status, type, body } = await fetchText(url);
  if (status !== 200 || !type.includes('text/html'))
    return `${url} answered ${status} ${type}: ${body.slice(0, 120)}`;
  if (!new RegExp(`<title>[^<]*${title}`).test(body))
    return `${url} is HTML but not the app titled “${title}”`;
  return null;
}

async function logInThroughApi(baseUrl: string): Promise<string | null> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'submitter', password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { accessToken?: string };
  return response.ok && body.accessToken ? null : `demo login answered ${response.status}`;
}

async function adminLogsIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('submitter');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('current-user').waitFor({ timeout: PAGE_TIMEOUT_MS });
}

async function h5LogsIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/m/`);
  await page.locator('input[placeholder="用户名"]').fill('unit_leader');
  await page.locator('input[placeholder="密码"]').fill(DEMO_PASSWORD);
  await page.locator('.login__button').click();
  await page.getByText('待我处理').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
}

async function swaggerShows(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/api/docs`);
  await page.locator('.swagger-ui .info').waitFor({ timeout: PAGE_TIMEOUT_MS });
}

/**
 * What a new user meets after `pnpm start`: the admin app at `/`, the H5 app at `/m/` and Swagger at `/api/docs`
 * open in Chromium, and the demo accounts sign in. Every step is tried; the result lists each one.
 */
export async function checkFirstContact(
  baseUrl: string,
  screenshotDir?: string,
): Promise<FirstContactResult[]> {
  const results: FirstContactResult[] = [];
  const record = (step: string, problem: string | null) =>
    results.push({ step, ok: problem === null, detail: problem ?? 'ok' });
  record('GET / is the admin app', await servesPage(`${baseUrl}/`, ADMIN_TITLE));
  record('GET /m/ is the H5 app', await servesPage(`${baseUrl}/m/`, H5_TITLE));
  record('GET /gk/ is the public 年报专栏', await servesPage(`${baseUrl}/gk/`, PUBLIC_SITE_TITLE));
  record('demo login through the API', await logInThroughApi(baseUrl));

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const steps: [string, (page: Page) => Promise<void>, { width: number; height: number }][] = [
      ['admin app: submitter signs in', (page) => adminLogsIn(page, baseUrl), { width: 1366, height: 768 }],
      ['H5 app: unit leader signs in', (page) => h5LogsIn(page, baseUrl), { width: 390, height: 844 }],
      ['Swagger UI at /api/docs', (page) => swaggerShows(page, baseUrl), { width: 1366, height: 768 }],
    ];
    for (const [step, run, viewport] of steps) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await run(page);
        record(step, pageErrors.length > 0 ? `script errors: ${pageErrors.join('; ')}` : null);
      } catch (error) {
        record(step, (error as Error).message.split('\n')[0]);
      } finally {
        if (screenshotDir)
          await page.screenshot({ path: `${screenshotDir}/${step.replace(/\W+/g, '-')}.png` });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
