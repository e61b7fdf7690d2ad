import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'nianbao-demo';

export interface DemoSession {
  accessToken: string;
  refreshToken: string;
}

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

/** A demo user's tokens, straight from the API (for a test's own API calls, or to skip the login form). */
export async function demoSession(apiUrl: string, username: string): Promise<DemoSession> {
  const response = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (await response.json()) as DemoSession;
}

/** Opens a page of the app already signed in (the session stored as the login page stores it). */
export async function openSignedIn(
  page: Page,
  urls: { app: string; api: string },
  username: string,
  address: string,
): Promise<void> {
  const session = await demoSession(urls.api, username);
  await page.addInitScript(
    (stored) => localStorage.setItem('nianbao.session', stored),
    JSON.stringify(session),
  );
  await page.goto(`${urls.app}${address}`);
}

/** An org's report in the current (2025) campaign, as the user signed in on the page sees it. */
export async function currentReportOf(
  page: Page,
  orgName: string,
): Promise<{ id: number; values: Record<string, number | null> }> {
  return page.evaluate(async (name) => {
    const { accessToken } = JSON.parse(localStorage.getItem('nianbao.session') ?? '{}');
    const headers = { Authorization: `Bearer ${accessToken}` };
    const campaigns: { id: number; reportYear: number }[] = await (
      await fetch('/api/campaigns', { headers })
    ).json();
    const current = campaigns.find((campaign) => campaign.reportYear === 2025);
    const reports: { id: number; orgName: string }[] = await (
      await fetch(`/api/campaigns/${current?.id}/reports`, { headers })
    ).json();
    const id = reports.find((report) => report.orgName === name)?.id;
    return (await fetch(`/api/reports/${id}`, { headers })).json();
  }, orgName);
}
