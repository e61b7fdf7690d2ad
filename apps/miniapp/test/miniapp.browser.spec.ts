import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formatCount, formatShare } from '@nianbao/rules';
import { chartYears } from '../src/pages/data/chart-data';
import type { YearFigures } from '../src/pages/data/chart-data';
import { startApiServer } from './support/api-server';
import type { ApiServer } from './support/api-server';
import { launchChromium, newPhonePage } from './support/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');
/** What the reminder scan tells a submitter whose draft is due within the campaign's reminder window. */
const DEADLINE_REMINDER = '年度报告即将截止';
const RETURN_COMMENT = '第三部分申请数与上年结转数对不上，请核对后重新提交';

interface InboxMessage {
  id: number;
  title: string;
  body: string;
  readAt: string | null;
}

interface ListedReport {
  id: number;
  orgName: string;
  state: string;
  version: number;
}

interface Trend {
  orgName: string;
  years: YearFigures[];
}

interface Ranking {
  year: number;
  entries: { rank: number; orgName: string; value: number }[];
}

describe('mini-program H5 build on a phone-sized Chromium against the API', () => {
  let api: ApiServer;
  let browser: Browser;
  let campaignId: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    // The demo's 东城街道 report is a draft: its submitter sends it to the unit leader, as on a real morning.
    const campaigns = await api.call<{ id: number; reportYear: number }[]>(
      'submitter',
      'GET',
      '/api/campaigns',
    );
    campaignId = campaigns.sort((a, b) => b.reportYear - a.reportYear)[0].id;
    // The 政务公开办 widens the reminder window past the demo's deadline (30 days away), so the next scan
    // reminds every unit whose report is still a draft — 东城街道's submitter among them.
    await api.call('city_reviewer', 'PUT', `/api/campaigns/${campaignId}/reminder-settings`, {
      daysBefore: 60,
      returnedDays: 2,
    });
    await waitForInbox('submitter', (messages) => messages.some((m) => m.title === DEADLINE_REMINDER));
    const [draft] = await api.call<ListedReport[]>(
      'submitter',
      'GET',
      `/api/campaigns/${campaignId}/reports?state=draft`,
    );
    await api.call('submitter', 'POST', `/api/reports/${draft.id}/submit`, { version: draft.version });
  });

  async function waitForInbox(
    username: string,
    isReady: (messages: InboxMessage[]) => boolean,
  ): Promise<InboxMessage[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const messages = await api.call<InboxMessage[]>(username, 'GET', '/api/notifications');
      if (isReady(messages)) return messages;
      if (Date.now() > deadline) throw new Error(`${username}'s inbox: ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${api.origin}/m/#/pages/login/index`);
    await page.reload();
    await page.locator('input[placeholder="用户名"]').fill(username);
    await page.locator('input[placeholder="密码"]').fill('nianbao-demo');
    await page.locator('.login__button').click();
    await page.getByText('待我处理').waitFor();
  }

  /** Waits until page transitions have finished, so a screenshot shows one page, not two sliding. */
  async function settle(page: Page): Promise<void> {
    await page.waitForFunction(() => document.getAnimations().length === 0);
  }

  async function confirmModal(page: Page): Promise<void> {
    await page.locator('.taro__modal').getByText('确认', { exact: true }).click();
  }

  it('opens on the login page without a script error', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await page.locator('input[placeholder="用户名"]').fill('unit_leader');
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-login.png') });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the unit leader returns the waiting report with a comment, and the submitter sees the comment', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'unit_leader');
    const card = page.locator('.todo-card', { hasText: '东城街道' });
    await card.getByText('待单位审核').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-todo.png') });

    await card.click();
    await page.locator('.detail__org', { hasText: '东城街道' }).waitFor();
    await page.locator('.grid').first().waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-report.png') });

    // A return without a comment is refused before anything is sent.
    await page.locator('.decision__button--return').click();
    await page.getByText('退回须填写意见').waitFor();
    await page.locator('.decision__comment textarea').fill(RETURN_COMMENT);
    await page.locator('.decision__button--return').click();
    await confirmModal(page);
    await page.getByText('已退回，报告现为「已退回」').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-returned.png') });

    await signIn(page, 'submitter');
    const returned = page.locator('.todo-card', { hasText: '东城街道' });
    await returned.getByText('已退回').waitFor();
    await returned.getByText(`意见：${RETURN_COMMENT}`).waitFor();
    await returned.click();
    await page.getByText(`最近意见：${RETURN_COMMENT}`).waitFor();
    await page.getByText('记录', { exact: true }).click();
    await page.locator('.timeline__comment', { hasText: RETURN_COMMENT }).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-submitter-sees-comment.png') });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the district leader approves a report, and 进度 shows it one step further', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'district_leader');
    await page.locator('.todo-card', { hasText: '东区教育局' }).click();
    await page.locator('.decision__button--approve').click();
    await confirmModal(page);
    await page.getByText('已通过，报告现为「待市审核」').waitFor();

    await page.goto(`${api.origin}/m/#/pages/progress/index`);
    const group = page.locator('.progress-group', { hasText: '东区教育局' });
    await group.waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-progress.png'), fullPage: true });
    await group.click();
    const report = page.locator('.progress-org__report', { hasText: '东区教育局' });
    await report.getByText('待市审核').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-progress-drilldown.png') });

    const [approved] = await api
      .call<ListedReport[]>(
        'district_leader',
        'GET',
        `/api/campaigns/${campaignId}/reports?state=pending_city`,
      )
      .then((reports) => reports.filter((candidate) => candidate.orgName === '东区教育局'));
    expect(approved).toBeDefined();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a city leader sees the figures of the jurisdiction on 数据, as the API counts them; a submitter sees a note', async () => {
    const trend = await api.call<Trend>('city_leader', 'GET', '/api/analytics/trend?of=jurisdiction');
    const shown = chartYears(trend.years);
    const latest = shown[shown.length - 1];
    const ranking = await api.call<Ranking>(
      'city_leader',
      'GET',
      `/api/analytics/ranking?year=${latest.year}&measure=received&limit=10`,
    );
    // The demo city has approved reports from 2017 on, and its 2020 report (the 2019 trial table) left 纠正 empty.
    expect(shown.length).toBeGreaterThanOrEqual(5);
    const unknownCorrected = shown.find((entry) => entry.values.reviewsCorrected === null);
    expect(unknownCorrected).toBeDefined();

    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'city_leader');
    await page.locator('.taro-tabbar__tabbar').getByText('数据').click();
    await page.getByText(`${trend.orgName}辖区`).waitFor();

    // 新收申请: one column per year, each labelled with the API's sum.
    const columns = page.locator('.data-chart--received .year-column');
    await columns.first().waitFor();
    const years = await columns.locator('.year-column__year').allTextContents();
    const values = await columns.locator('.year-column__value').allTextContents();
    expect(years).toEqual(shown.map((entry) => String(entry.year)));
    expect(values).toEqual(shown.map((entry) => formatCount(entry.values.received)));
    expect(values.every((value) => /^\d+$/.test(value))).toBe(true);
    await page.getByText('历年新收政府信息公开申请（件）').waitFor();

    // 办理结果占比 of the latest year, in %.
    await page.getByText(`${latest.year} 年度申请办理结果占比（%）`).waitFor();
    const disclosed = page.locator('.share-bar', { hasText: '予以公开' }).locator('.share-bar__value');
    expect(await disclosed.textContent()).toBe(formatShare(latest.shares.disclosedShare));

    // 行政复议: a 纠正 nobody filled in is "—", not 0.
    const unknownRow = page.locator('.appeals__row', { hasText: String(unknownCorrected?.year) });
    const reviews = unknownRow.locator('.appeals__cell--reviews');
    expect(await reviews.locator('.appeals__total').textContent()).toBe(
      formatCount(unknownCorrected?.values.reviews),
    );
    expect(await reviews.locator('.appeals__corrected').textContent()).toBe(' 纠正 —');

    // The top orgs of the latest year, largest first.
    const rows = page.locator('.data-chart--ranking .ranking__row');
    expect(await rows.locator('.ranking__org').allTextContents()).toEqual(
      ranking.entries.map((entry) => entry.orgName),
    );
    expect(await rows.locator('.ranking__value').allTextContents()).toEqual(
      ranking.entries.map((entry) => formatCount(entry.value)),
    );
    await settle(page);
    // The H5 page scrolls inside Taro's router, not the document: a viewport as tall as the page shows all charts.
    const viewport = page.viewportSize() ?? { width: 390, height: 844 };
    const height = await page.evaluate(() => {
      const heightOf = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
      return Math.ceil(heightOf('.data') + heightOf('.taro-tabbar__tabbar'));
    });
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-data.png') });
    await page.setViewportSize(viewport);

    await signIn(page, 'submitter');
    await page.locator('.taro-tabbar__tabbar').getByText('数据').click();
    await page.getByText('数据分析面向审核员、分管领导和管理员').waitFor();
    expect(await page.locator('.data-chart').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('an expired access token is renewed silently; without a network the page says so and retries', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'district_leader');
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('nianbao.session') ?? '{}');
      stored.data.accessToken = 'expired-or-forged';
      localStorage.setItem('nianbao.session', JSON.stringify(stored));
    });
    await page.locator('.taro-tabbar__tabbar').getByText('进度').click();
    await page.locator('.progress-group', { hasText: '东区教育局' }).waitFor();

    await page.context().setOffline(true);
    await page.locator('.taro-tabbar__tabbar').getByText('待办').click();
    await page.getByText('网络未连接，请连接网络后重试').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-offline.png') });
    await page.context().setOffline(false);
    await page.getByText('重试', { exact: true }).click();
    await page.getByText('待我处理').waitFor();
    await page.locator('.load-state--error').waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the submitter sees the deadline reminder unread in 消息; tapping it marks it read and opens the report', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'submitter');
    const inboxTab = page.locator('.weui-tabbar__item', { hasText: '消息' });
    await inboxTab.locator('.taro-tabbar-badge', { hasText: '1' }).waitFor();

    await inboxTab.click();
    const reminder = page.locator('.inbox__item', { hasText: DEADLINE_REMINDER });
    await reminder.getByText('东城街道的年度报告将于').waitFor();
    expect(await reminder.getAttribute('class')).toContain('inbox__item--unread');
    await reminder.getByText('未读').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-inbox.png') });

    await reminder.click();
    await page.locator('.detail__org', { hasText: '东城街道' }).waitFor();
    const [message] = (await api.call<InboxMessage[]>('submitter', 'GET', '/api/notifications')).filter(
      (candidate) => candidate.title === DEADLINE_REMINDER,
    );
    expect(message.readAt).not.toBeNull();

    await page.goBack();
    await page.locator('.inbox__item', { hasText: DEADLINE_REMINDER }).waitFor();
    await page.locator('.inbox__item--unread').waitFor({ state: 'detached' });
    await inboxTab.locator('.taro-tabbar-badge').waitFor({ state: 'detached' });

    // Subscribe messages need WeChat: the web page says so instead of offering a button that cannot work.
    await page.locator('.taro-tabbar__tabbar').getByText('我的').click();
    await page.getByText('微信通知：网页版不可订阅').waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
  it('the district 政务公开办 reminds every unfinished unit from 进度; a double tap sends once; a leader sees no button', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'district_reviewer');
    await page.locator('.taro-tabbar__tabbar').getByText('进度').click();
    const remind = page.locator('.progress__remind');
    const manualReminders = async () =>
      (await api.call<{ kind: string }[]>('submitter', 'GET', '/api/notifications')).filter(
        (message) => message.kind === 'remind',
      );

    // 东城街道 is a returned draft again (see above): its submitter and unit leader are told, once.
    const confirmSending = () => page.locator('.taro__modal').getByText('发送', { exact: true }).click();
    await remind.dblclick();
    await confirmSending();
    await page.getByText('已提醒 2 人').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-progress-reminder.png') });
    expect(await manualReminders()).toHaveLength(1);

    await remind.click();
    await confirmSending();
    await page.getByText('已提醒 0 人，2 人刚提醒过').waitFor();
    expect(await manualReminders()).toHaveLength(1);

    await signIn(page, 'district_leader');
    await page.locator('.taro-tabbar__tabbar').getByText('进度').click();
    await page.locator('.progress-group', { hasText: '东城街道' }).waitFor();
    expect(await page.locator('.progress__remind').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the city 政务公开办 reminds one unfinished unit on the district page; a double tap sends once', async () => {
    const { page, pageErrors } = await newPhonePage(browser);
    await page.goto(`${api.origin}/m/`);
    await signIn(page, 'city_reviewer');
    await page.locator('.taro-tabbar__tabbar').getByText('进度').click();
    await page.locator('.progress-group', { hasText: '东区' }).first().click();
    const unfinished = page.locator('.progress-org__report', { hasText: '东城街道' });
    await unfinished.getByText('已退回').waitFor();
    // Only unfinished reports can be reminded: 东区教育局 waits for the city.
    const waiting = page.locator('.progress-org__report', { hasText: '东区教育局' });
    await waiting.getByText('待市审核').waitFor();
    expect(await waiting.locator('.progress-org__remind').count()).toBe(0);
    const remindersOf = async (username: string) =>
      (await api.call<{ kind: string }[]>(username, 'GET', '/api/notifications')).filter(
        (message) => message.kind === 'remind',
      );
    const before = await remindersOf('submitter');

    const confirmSending = async () => {
      const modal = page.locator('.taro__modal');
      await modal.getByText('提醒东城街道').waitFor();
      await modal.getByText('发送', { exact: true }).click();
    };
    await unfinished.locator('.progress-org__remind').dblclick();
    await confirmSending();
    // The district's reminder earlier does not hold back the city's own: its submitter and unit leader are told.
    await page.getByText('已提醒 2 人').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'miniapp-progress-org-reminder.png') });
    expect(await remindersOf('submitter')).toHaveLength(before.length + 1);

    await unfinished.locator('.progress-org__remind').click();
    await confirmSending();
    await page.getByText('已提醒 0 人，2 人刚提醒过').waitFor();
    expect(await remindersOf('submitter')).toHaveLength(before.length + 1);
    // The district's own report: a reminder reaches every unit below it, and the confirmation says so.
    const district = page
      .locator('.progress-org__report')
      .filter({ has: page.locator('.progress-org__name', { hasText: /^东区$/ }) });
    await district.locator('.progress-org__remind').click();
    await page.locator('.taro__modal').getByText('提醒东区及下属未提交单位').waitFor();
    await page.locator('.taro__modal').getByText('取消', { exact: true }).click();
    expect(await remindersOf('submitter')).toHaveLength(before.length + 1);
    // The row opens the report as before.
    await unfinished.getByText('东城街道').click();
    await page.locator('.detail__org', { hasText: '东城街道' }).waitFor();

    await signIn(page, 'city_leader');
    await page.locator('.taro-tabbar__tabbar').getByText('进度').click();
    await page.locator('.progress-group', { hasText: '东区' }).first().click();
    await page.locator('.progress-org__report', { hasText: '东城街道' }).getByText('已退回').waitFor();
    expect(await page.locator('.progress-org__remind').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
