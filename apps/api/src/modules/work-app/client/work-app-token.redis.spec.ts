import { randomUUID } from 'node:crypto';
import { FAKE_CORP, FakeWorkApp } from '../../../../test/support/fake-work-app';
import type { WorkAppSettings } from '../config/work-app-settings';
import { RedisTokenStore } from './work-app-token.store';
import { WorkAppClient } from './work-app.client';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// Several API processes and workers share one token in the real Redis: only one of them asks the work app.
describe('work-app access tokens shared through Redis', () => {
  const workApp = new FakeWorkApp();
  const prefix = `test-${randomUUID()}`;
  let stores: RedisTokenStore[];
  let settings: WorkAppSettings;

  beforeAll(async () => {
    await workApp.start();
    settings = {
      id: 1,
      orgId: 1,
      isEnabled: true,
      corpId: FAKE_CORP.corpId,
      agentId: FAKE_CORP.agentId,
      apiBaseUrl: workApp.baseUrl,
      oauthBaseUrl: workApp.baseUrl,
      h5Url: 'http://127.0.0.1:3000/m/',
      secret: FAKE_CORP.secret,
      callbackToken: FAKE_CORP.callbackToken,
      encodingAesKey: FAKE_CORP.encodingAesKey,
      levels: ['unit'],
    };
    stores = [1, 2, 3].map(() => new RedisTokenStore(REDIS_URL, prefix));
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.onModuleDestroy()));
    await workApp.stop();
  });

  const callFromEveryProcess = () =>
    Promise.all(
      stores.map((store) =>
        new WorkAppClient(store).get(settings, '/cgi-bin/auth/getuserinfo', { code: 'ok:wang' }),
      ),
    );

  it('three processes starting cold fetch one token between them', async () => {
    const answers = await callFromEveryProcess();
    expect(answers.map((answer) => answer.userid)).toEqual(['wang', 'wang', 'wang']);
    expect(workApp.tokenRequests).toBe(1);
  });

  it('when the work app expires the token, one process refreshes it and the others use the new one', async () => {
    workApp.expireTokens();
    const answers = await callFromEveryProcess();
    expect(answers.map((answer) => answer.userid)).toEqual(['wang', 'wang', 'wang']);
    expect(workApp.tokenRequests).toBe(2);
  });
});
