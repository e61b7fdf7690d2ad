import path from 'node:path';
import type { Page } from 'playwright-core';
import { startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import { demoSession, openSignedIn } from './browser/log-in';
import type { RunningServer } from './browser/vite-dev-server';
import { ADMIN_FOLDER, startViteDevServer } from './browser/vite-dev-server';

jest.setTimeout(120_000);

const SCREENSHOTS = path.join(ADMIN_FOLDER, '../../docs/screenshots');

let api: RunningServer;
let web: RunningServer;
let page: Page;
chromiumPerFile((opened) => (page = opened));

beforeAll(async () => {
  api = await startEmbeddedApi();
  web = await startViteDevServer(api.url);
});

afterAll(async () => {
  await web?.stop();
  await api?.stop();
});

/** Opens the progress dashboard signed in as the user. */
async function openProgressAs(username: string): Promise<void> {
  await openSignedIn(page, { app: web.url, api: api.url }, username, '/progress');
  await page.getByRole('cell', { name: '东城街道' }).waitFor({ timeout: 60_000 });
}

const rowOf = (orgName: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: orgName, exact: true }) });

/** Clicks a reminder button and confirms in its own popup, then waits for the popup to finish closing. */
async function confirmReminder(button: ReturnType<Page['getByRole']>, target: string): Promise<void> {
  await button.click();
  // A popup that is still fading out counts as visible: pick this button's popup by its question.
  const popup = page.locator('.ant-popconfirm:visible', { hasText: `提醒${target}尽快提交？` });
  await popup.getByRole('button', { name: '发送提醒' }).click();
  await popup.waitFor({ state: 'hidden' });
}

test('the district 政务公开办 reminds an unfinished org, then every one; a second click sends nothing twice', async () => {
  await openProgressAs('district_reviewer');
  // Only unfinished orgs offer the button: 东湖镇 has submitted.
  await expect(rowOf('东湖镇').getByRole('button', { name: '发送提醒' }).count()).resolves.toBe(0);

  await confirmReminder(rowOf('东城街道').getByRole('button', { name: '发送提醒' }), '东城街道');
  await page.getByText('已提醒 2 人。').waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-progress-reminder.png` });

  await confirmReminder(rowOf('东城街道').getByRole('button', { name: '发送提醒' }), '东城街道');
  await page.getByText('已提醒 0 人；2 人 10 分钟内已提醒过，未重复发送。').waitFor();

  // 东区's own report is unfinished too, and nobody there fills it in.
  await confirmReminder(page.getByRole('button', { name: '提醒全部未完成单位' }), '全部未完成单位');
  await page
    .getByText(/已提醒 0 人；2 人 10 分钟内已提醒过，未重复发送；1 个单位没有可接收提醒的填报账号/)
    .waitFor();

  const { accessToken } = await demoSession(api.url, 'submitter');
  const inbox = (await (
    await fetch(`${api.url}/api/notifications`, { headers: { Authorization: `Bearer ${accessToken}` } })
  ).json()) as { kind: string; title: string }[];
  expect(inbox.filter((message) => message.kind === 'remind')).toEqual([
    expect.objectContaining({ title: '东区政务公开办提醒' }),
  ]);
});

test('a leader who does not run the 政务公开办 sees no reminder buttons', async () => {
  await openProgressAs('district_leader');
  await expect(page.getByRole('button', { name: /提醒/ }).count()).resolves.toBe(0);
});
