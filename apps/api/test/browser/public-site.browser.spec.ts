/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import chromiumLaunchOptions from '@nianbao/dev-config/chromium-launch';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const SCREENSHOTS = path.join(__dirname, '../../../../docs/screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core, injected from the npm package (no download at run time): the serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

describe('年报专栏 in Chromium (the built site on embedded sql.js)', () => {
  let api: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
    await api.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('reads index → agency → report → Word download, with no serious accessibility violation', async () => {
    // The site's CSP (helmet) forbids inline scripts, rightly; the test lifts it only to inject axe.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      acceptDownloads: true,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${origin}/gk/`);
    expect(await page.locator('h1').innerText()).toContain('年度报告专栏');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/public-site-index.png` });

    await page.getByRole('link', { name: '西城街道', exact: true }).first().click();
    expect(await page.locator('h1').innerText()).toBe('西城街道');
    await page.getByRole('link', { name: '西城街道2024年政府信息公开工作年度报告' }).click();
    expect(await page.locator('h1').innerText()).toContain('2024年政府信息公开工作年度报告');
    expect(await page.locator('table th[scope]').count()).toBeGreaterThan(10);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/public-site-report.png` });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载Word 文档' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('西城街道2024年政府信息公开工作年度报告.docx');

    await page.goto(`${origin}/gk/search?q=${encodeURIComponent('乡村振兴')}`);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('works with JavaScript disabled, on a phone, and in the large-text mode', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/gk/`);
    await page.getByRole('link', { name: '全文搜索' }).click();
    await page.getByLabel('搜索年度报告（单位名称或正文）').fill('东城街道');
    await page.getByRole('button', { name: '搜索' }).click();
    expect(page.url()).toContain('/gk/search?q=');
    await page.getByRole('link', { name: /东城街道2024年/ }).click();
    // The page itself never scrolls sideways on a phone: wide tables scroll in their own box.
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await page.getByRole('link', { name: '大字版（适老化）' }).click();
    expect(await page.locator('html.large').count()).toBe(1);
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThan(20);
    await page.screenshot({ path: `${SCREENSHOTS}/public-site-report-phone-large.png` });
    await context.close();
  });
});
