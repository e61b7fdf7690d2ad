import path from 'node:path';
import type { Page } from 'playwright-core';
import { startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import { logIn } from './browser/log-in';
import type { RunningServer } from './browser/vite-dev-server';
import { ADMIN_FOLDER, startViteDevServer } from './browser/vite-dev-server';

jest.setTimeout(120_000);

const SCREENSHOTS = path.join(ADMIN_FOLDER, '../../docs/screenshots');
/** 企业微信's in-app browser on an iPhone 8-sized screen (its user agent carries `wxwork`). */
const WXWORK_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.1.22 MicroMessenger/7.0.1 Language/zh ColorScheme/Light';

let api: RunningServer;
let web: RunningServer;
let page: Page;
const browser = chromiumPerFile((opened) => (page = opened));

beforeAll(async () => {
  api = await startEmbeddedApi();
  web = await startViteDevServer(api.url);
});

afterAll(async () => {
  await web?.stop();
  await api?.stop();
});

it('an administrator configures the city’s 政务微信 app; the secrets come back only as “已设置”', async () => {
  await logIn(page, web.url, 'admin');
  await page.getByRole('menuitem', { name: '企业微信/政务微信' }).click();
  await page.getByLabel('政务微信').check();
  await page.getByLabel('启用').click();
  await page.getByLabel('企业 ID（CorpID）').fill('wwd0c3f1a2b4e5f6a7');
  await page.getByLabel('应用 AgentId').fill('1000002');
  await page.getByLabel('应用 Secret').fill('a-secret-that-must-not-come-back');
  await page.getByLabel('接收消息 Token').fill('nianbaoToken');
  await page.getByLabel('EncodingAESKey').fill('jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C');
  await page.getByLabel('接口地址').fill('https://zwwx.example.gov.cn');
  await page.getByLabel('网页授权地址').fill('https://zwwx.example.gov.cn');
  await page.getByLabel('本系统 H5 地址').fill('https://nianbao.example.gov.cn/m/');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存，密钥已加密保存').waitFor();
  await page.getByText('接收消息 URL').waitFor();
  expect(await page.getByText('已设置，留空则不修改').count()).toBe(3);
  expect(await page.content()).not.toContain('a-secret-that-must-not-come-back');
  await page.screenshot({ path: `${SCREENSHOTS}/admin-work-app-config.png`, fullPage: true });
});

it('the administrator binds accounts in bulk from the address-book list; a bad line is refused by line', async () => {
  await logIn(page, web.url, 'admin');
  await page.getByRole('menuitem', { name: '企业微信/政务微信' }).click();
  const bulk = page.locator('.ant-card', { hasText: '批量绑定' });
  const upload = (lines: string[]) =>
    bulk.locator('input[type=file]').setInputFiles({
      name: '绑定.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['用户名,企业微信/政务微信账号', ...lines].join('\n'), 'utf8'),
    });
  await upload(['city_leader,SunShi', 'nobody,Ghost']);
  await page.getByText('第 3 行：找不到用户「nobody」').waitFor();
  await page.getByRole('button', { name: '知道了' }).click();
  await upload(['city_leader,SunShi', 'district_leader,WangLing']);
  await page.getByText('已绑定 2 个账号').waitFor();
});

it('the H5 app fits the work app’s in-app browser (375×667, wxwork user agent)', async () => {
  const context = await browser().newContext({
    viewport: { width: 375, height: 667 },
    userAgent: WXWORK_UA,
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  const mobile = await context.newPage();
  await mobile.goto(`${api.url}/m/`);
  await mobile.getByPlaceholder('用户名').first().waitFor();
  await mobile.screenshot({ path: `${SCREENSHOTS}/h5-work-app-login.png` });
  await context.close();
});
