import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'nianbao-demo';

/** Signs a demo user in through the login form; whoever was signed in before leaves first. */
export async function logIn(page: Page, appUrl: string, username: string): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('current-user').waitFor({ timeout: 60_000 });
}
