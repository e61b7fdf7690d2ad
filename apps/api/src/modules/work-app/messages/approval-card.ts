import type { WorkAppSettings } from '../config/work-app-settings';

export interface ApprovalCardFacts {
  taskId: string;
  workUserId: string;
  reportId: number;
  agency: string;
  campaignName: string;
  stage: string;
  /** HARD and SOFT findings of the server's validation (SOFT ones are explained by the time a report is here). */
  findings: number;
}

/** The button keys a tap sends back (EventKey). 退回 is a link: it needs a comment, typed in the H5 page. */
export const APPROVE_KEY = 'approve';

/** The H5 page of a report, entered through the work app's sign-in (`workapp` picks the city's app). */
export function reportPageUrl(settings: WorkAppSettings, reportId: number, action?: 'return'): string {
  const query = `id=${reportId}${action ? `&action=${action}` : ''}`;
  return `${settings.h5Url}?workapp=${settings.id}#/subpackages/report/detail/index?${query}`;
}

/** message/send body of a 模板卡片 (button_interaction): agency, stage, findings, 同意 / 退回. */
export function approvalCard(settings: WorkAppSettings, facts: ApprovalCardFacts): object {
  return {
    touser: facts.workUserId,
    msgtype: 'template_card',
    agentid: Number(settings.agentId),
    template_card: {
      card_type: 'button_interaction',
      source: { desc: '政务公开年报' },
      main_title: { title: '年报待您审核', desc: facts.campaignName.slice(0, 40) },
      horizontal_content_list: [
        { keyname: '单位', value: facts.agency.slice(0, 30) },
        { keyname: '环节', value: facts.stage },
        { keyname: '校验提示', value: facts.findings === 0 ? '无' : `${facts.findings} 条（已说明）` },
      ],
      card_action: { type: 1, url: reportPageUrl(settings, facts.reportId) },
      task_id: facts.taskId,
      button_list: [
        { type: 0, text: '同意', style: 1, key: APPROVE_KEY },
        { type: 1, text: '退回', style: 2, url: reportPageUrl(settings, facts.reportId, 'return') },
      ],
    },
    enable_duplicate_check: 0,
  };
}

/** update_template_card body: the buttons give way to the outcome, e.g. 已同意. */
export function answeredCard(
  settings: WorkAppSettings,
  workUserId: string,
  responseCode: string,
  outcome: string,
): object {
  return {
    userids: [workUserId],
    agentid: Number(settings.agentId),
    response_code: responseCode,
    button: { replace_name: outcome.slice(0, 20) },
  };
}

/** message/send body of a reminder or a state notification (textcard, opens the H5 app). */
export function noticeCard(
  settings: WorkAppSettings,
  workUserId: string,
  notice: { title: string; body: string; reportId: number | null },
): object {
  return {
    touser: workUserId,
    msgtype: 'textcard',
    agentid: Number(settings.agentId),
    textcard: {
      title: notice.title.slice(0, 120),
      description: notice.body.slice(0, 500),
      url:
        notice.reportId === null
          ? `${settings.h5Url}?workapp=${settings.id}`
          : reportPageUrl(settings, notice.reportId),
      btntxt: '详情',
    },
  };
}
