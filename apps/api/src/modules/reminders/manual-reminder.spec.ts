import {
  manualReminderKey,
  manualReminderKeyPrefix,
  manualReminderText,
  outcomeMessage,
} from './manual-reminder';

describe('a reminder sent now by the 政务公开办', () => {
  it('two clicks within one window make the same event key; the next window a new one', () => {
    const first = new Date('2026-01-10T02:00:05Z');
    expect(manualReminderKey(3, 9, 4, first)).toBe(
      manualReminderKey(3, 9, 4, new Date('2026-01-10T02:09:59Z')),
    );
    expect(manualReminderKey(3, 9, 4, first)).not.toBe(
      manualReminderKey(3, 9, 4, new Date('2026-01-10T02:10:00Z')),
    );
    expect(manualReminderKey(3, 9, 4, first).startsWith(manualReminderKeyPrefix(3, 9, 4))).toBe(true);
    expect(manualReminderKey(3, 9, 5, first)).not.toBe(manualReminderKey(3, 9, 4, first));
  });

  it('says who sends it, for which org, and the deadline in China’s calendar', () => {
    const text = manualReminderText({
      senderOrgName: '东区',
      orgName: '东城街道',
      campaignName: '2025 年度政府信息公开工作年度报告',
      deadline: new Date('2026-01-31T16:00:00Z'),
      isReturned: false,
    });
    expect(text.title).toBe('东区政务公开办提醒');
    expect(text.body).toBe(
      '东城街道的「2025 年度政府信息公开工作年度报告」尚未提交，截止日期 2026/2/1，请尽快填报并提交。',
    );
    const returned = manualReminderText({
      senderOrgName: '西区',
      orgName: '西湖镇',
      campaignName: '2025 年度政府信息公开工作年度报告',
      deadline: new Date('2026-01-31T16:00:00Z'),
      isReturned: true,
    });
    expect(returned.body).toContain('已退回，尚未重新提交');
  });

  it('answers in a sentence with the people reminded, skipped and orgs without an account', () => {
    expect(outcomeMessage({ orgs: 2, reminded: 3, skippedRecently: 0, orgsWithoutRecipients: 0 })).toBe(
      '已提醒 3 人。',
    );
    expect(outcomeMessage({ orgs: 3, reminded: 0, skippedRecently: 2, orgsWithoutRecipients: 1 })).toBe(
      '已提醒 0 人；2 人 10 分钟内已提醒过，未重复发送；1 个单位没有可接收提醒的填报账号。',
    );
    expect(outcomeMessage({ orgs: 0, reminded: 0, skippedRecently: 0, orgsWithoutRecipients: 0 })).toBe(
      '所选范围内的单位都已提交，无需提醒。',
    );
  });
});
