import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FAKE_CORP, FakeWorkApp } from '../../api/test/support/fake-work-app';
import { startApiServer } from './support/api-server';
import type { ApiServer } from './support/api-server';
import { launchChromium, newPhonePage } from './support/chromium';

const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');
/** 企业微信's in-app browser on Android, as it names itself. */
const WORK_APP_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 13; V2254A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 wxwork/4.1.22 MicroMessenger/7.0.1 Language/zh ColorScheme/Light';
const RETURN_COMMENT = '依申请公开的结转数与上年报告不一致，请核对';

interface ListedReport {
  id: number;
  state: string;
  version: number;
}

type CardSend = {
  body: {
    touser?: string;
    msgtype?: string;
    template_card?: { button_list: { text: string; url?: string }[] };
  };
};

// The H5 app opened from a 企业微信/政务微信 card: OAuth sign-in, binding once, the card's 退回 lands on its comment.
describe('the H5 app inside 企业微信 / 政务微信 (fake work app on loopback)', () => {
  const workApp = new FakeWorkApp();
  let api: ApiServer;
  let browser: Browser;
  let configId: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await workApp.start();
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    const orgs = await api.call<{ id: number; name: string }[]>('admin', 'GET', '/api/orgs');
    const city = orgs.find((org) => org.name === '示范市');
    const saved = await api.call<{ callbackPath: string }>(
      'admin',
      'PUT',
      `/api/orgs/${city?.id}/work-app-config`,
      {
        platform: 'wxwork',
        isEnabled: true,
        corpId: FAKE_CORP.corpId,
        agentId: FAKE_CORP.agentId,
        apiBaseUrl: workApp.baseUrl,
        oauthBaseUrl: workApp.baseUrl,
        h5Url: `${api.origin}/m/`,
        secret: FAKE_CORP.secret,
        callbackToken: FAKE_CORP.callbackToken,
        encodingAesKey: FAKE_CORP.encodingAesKey,
        levels: ['unit', 'district', 'city'],
      },
    );
    configId = Number(saved.callbackPath.split('/').pop());
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await workApp.stop();
  });

  async function settle(page: Page): Promise<void> {
    await page.waitForFunction(() => document.getAnimations().length === 0);
  }

  it('an unbound leader binds once with the administrator’s code, then a card’s 退回 opens the report ready for the comment', async () => {
    workApp.signedInUser = 'wang.unit';
    const first = await newPhonePage(browser, WORK_APP_USER_AGENT);
    // The app's home page as configured in the work app: OAuth, then the binding form.
    await first.page.goto(`${api.origin}/m/?workapp=${configId}`);
    await first.page.getByText('此企业微信/政务微信账号尚未绑定本平台账号').waitFor();
    expect(first.page.url()).not.toContain('code=');
    await settle(first.page);
    await first.page.screenshot({ path: path.join(SCREENSHOTS, 'work-app-h5-binding.png') });

    await first.page.locator('input[placeholder="绑定码"]').fill('000000');
    await first.page.locator('.login__button').click();
    await first.page.getByText('绑定码无效、已使用或已过期').waitFor();
    const users = await api.call<{ id: number; username: string }[]>('admin', 'GET', '/api/users');
    const leaderId = users.find((user) => user.username === 'unit_leader')?.id;
    const { bindingCode } = await api.call<{ bindingCode: string }>(
      'admin',
      'POST',
      `/api/users/${leaderId}/wechat-binding-code`,
    );
    await first.page.locator('input[placeholder="绑定码"]').fill(bindingCode);
    await first.page.locator('.login__button').click();
    await first.page.getByText('待我处理').waitFor();
    expect(first.pageErrors).toEqual([]);
    await first.page.context().close();

    // The submitter sends the demo draft up: the now bound unit leader gets a card.
    const campaigns = await api.call<{ id: number; reportYear: number }[]>(
      'submitter',
      'GET',
      '/api/campaigns',
    );
    const campaignId = campaigns.sort((a, b) => b.reportYear - a.reportYear)[0].id;
    const [draft] = await api.call<ListedReport[]>(
      'submitter',
      'GET',
      `/api/campaigns/${campaignId}/reports?state=draft`,
    );
    await api.call('submitter', 'POST', `/api/reports/${draft.id}/submit`, { version: draft.version });
    const deadline = Date.now() + 20_000;
    let card: CardSend | undefined;
    while (!card && Date.now() < deadline) {
      card = (workApp.sends as CardSend[]).find(
        (send) => send.body.touser === 'wang.unit' && send.body.msgtype === 'template_card',
      );
      if (!card) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const returnUrl = card?.body.template_card?.button_list.find((button) => button.text === '退回')?.url;
    expect(returnUrl).toContain(`workapp=${configId}`);

    // Another day, another phone: the 退回 button signs in through OAuth and lands on the report's comment box.
    const second = await newPhonePage(browser, WORK_APP_USER_AGENT);
    await second.page.goto(String(returnUrl));
    await second.page.locator('.detail__org', { hasText: '东城街道' }).waitFor();
    await second.page.getByText('请填写退回意见，然后点「退回」').waitFor();
    expect(second.page.url()).not.toContain('code=');
    await second.page.locator('.decision__comment textarea').fill(RETURN_COMMENT);
    await settle(second.page);
    await second.page.screenshot({ path: path.join(SCREENSHOTS, 'work-app-h5-return.png') });
    await second.page.locator('.decision__button--return').click();
    await second.page.locator('.taro__modal').getByText('确认', { exact: true }).click();
    await second.page.getByText('已退回，报告现为「已退回」').waitFor();
    const report = await api.call<{ statusLabel: string; lastComment: string }>(
      'admin',
      'GET',
      `/api/reports/${draft.id}`,
    );
    expect(report).toMatchObject({ statusLabel: '已退回', lastComment: RETURN_COMMENT });

    // The same card tapped again later: the page says the report no longer needs this leader.
    await second.page.goto('about:blank');
    await second.page.goto(String(returnUrl));
    await second.page.getByText('此报告已不需要您退回').waitFor();
    expect(second.pageErrors).toEqual([]);
    await second.page.context().close();
  });

  it('a code the work app no longer accepts says so and offers to sign in again', async () => {
    const { page, pageErrors } = await newPhonePage(browser, WORK_APP_USER_AGENT);
    await page.goto(`${api.origin}/m/?workapp=${configId}&code=expired-code&state=x#/pages/todo/index`);
    await page.getByText('企业微信/政务微信登录未成功').waitFor();
    await page.getByText('登录凭证无效或已过期').waitFor();
    workApp.signedInUser = 'wang.unit';
    await page.getByText('重新登录').click();
    await page.getByText('待我处理').waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
