import type { ApiSchemas } from '@nianbao/api-client';
import type { WorkflowAction } from '@nianbao/workflow';
import { request } from './request';

export type TokenPair = ApiSchemas['TokenPairOutput'];
export type Me = ApiSchemas['MeOutput'];
export type Campaign = ApiSchemas['CampaignOutput'];
export type ReportListItem = ApiSchemas['ReportListItemOutput'];
export type Report = ApiSchemas['ReportOutput'];
export type ReportHistory = ApiSchemas['ReportHistoryOutput'];
export type CellComment = ApiSchemas['CellCommentOutput'];
export type Validation = ApiSchemas['ValidationOutput'];
export type Progress = ApiSchemas['ProgressOutput'];
export type ReminderOutcome = ApiSchemas['SendRemindersOutput'];
export type JobStatus = ApiSchemas['JobStatusOutput'];

export type WechatLoginResult = ApiSchemas['WechatLoginOutput'];
export type WechatBindingStatus = ApiSchemas['WechatBindingStatusOutput'];
export type InboxMessage = ApiSchemas['NotificationOutput'];
export type WechatSubscriptions = ApiSchemas['SubscriptionsOutput'];
export type WorkAppLoginResult = ApiSchemas['WorkAppLoginOutput'];
export type Trend = ApiSchemas['TrendOutput'];
export type TrendYear = ApiSchemas['TrendYearOutput'];
export type Ranking = ApiSchemas['RankingOutput'];

export const api = {
  login: (username: string, password: string) =>
    request<TokenPair>({
      method: 'POST',
      path: '/api/auth/login',
      data: { username, password },
      isPublic: true,
    }),
  wechatLogin: (code: string) =>
    request<WechatLoginResult>({ method: 'POST', path: '/api/auth/wechat', data: { code }, isPublic: true }),
  wechatBind: (code: string, bindingCode: string) =>
    request<WechatLoginResult>({
      method: 'POST',
      path: '/api/auth/wechat/bind',
      data: { code, bindingCode },
      isPublic: true,
    }),
  workAppAuthorizeUrl: (configId: number, redirectUri: string) =>
    request<ApiSchemas['WorkAppAuthorizeOutput']>({
      path: `/api/auth/work-app/${configId}/authorize-url?redirectUri=${encodeURIComponent(redirectUri)}`,
      isPublic: true,
    }),
  workAppLogin: (configId: number, code: string) =>
    request<WorkAppLoginResult>({
      method: 'POST',
      path: '/api/auth/work-app',
      data: { configId, code },
      isPublic: true,
    }),
  workAppBind: (bindingTicket: string, bindingCode: string) =>
    request<WorkAppLoginResult>({
      method: 'POST',
      path: '/api/auth/work-app/bind',
      data: { bindingTicket, bindingCode },
      isPublic: true,
    }),
  wechatBinding: () => request<WechatBindingStatus>({ path: '/api/auth/wechat/binding' }),
  wechatUnbind: () => request<WechatBindingStatus>({ method: 'DELETE', path: '/api/auth/wechat/binding' }),
  me: () => request<Me>({ path: '/api/me' }),
  campaigns: () => request<Campaign[]>({ path: '/api/campaigns' }),
  campaignReports: (campaignId: number, query: { state?: string; org?: number } = {}) =>
    request<ReportListItem[]>({ path: `/api/campaigns/${campaignId}/reports${toQuery(query)}` }),
  progress: (campaignId: number, org?: number) =>
    request<Progress>({ path: `/api/campaigns/${campaignId}/progress${toQuery({ org })}` }),
  /** The 政务公开办 reminds the submitters of the unfinished reports below an org (none: the whole view) now. */
  sendReminders: (campaignId: number, orgId?: number) =>
    request<ReminderOutcome>({
      method: 'POST',
      path: `/api/campaigns/${campaignId}/reminders`,
      data: orgId === undefined ? {} : { orgId },
    }),
  job: (id: string) => request<JobStatus>({ path: `/api/jobs/${id}` }),
  report: (id: number) => request<Report>({ path: `/api/reports/${id}` }),
  reportHistory: (id: number) => request<ReportHistory>({ path: `/api/reports/${id}/history` }),
  reportComments: (id: number) => request<CellComment[]>({ path: `/api/reports/${id}/comments` }),
  reportValidation: (id: number) => request<Validation>({ path: `/api/reports/${id}/validation` }),
  act: (id: number, action: WorkflowAction, input: { version: number; comment?: string }) =>
    request<Report>({ method: 'POST', path: `/api/reports/${id}/${action}`, data: input }),
  /** Every figure per year, summed over the approved reports strictly below the user's org (its 汇总's reports). */
  analyticsTrend: () => request<Trend>({ path: '/api/analytics/trend?of=jurisdiction' }),
  /** One year's orgs below the user's org ranked by a figure (`received`, …) or share, largest first. */
  analyticsRanking: (year: number, measure: string, limit: number) =>
    request<Ranking>({ path: `/api/analytics/ranking${toQuery({ year, measure, limit })}` }),
  inbox: () => request<InboxMessage[]>({ path: '/api/notifications' }),
  markRead: (id: number) => request<InboxMessage>({ method: 'POST', path: `/api/notifications/${id}/read` }),
  /** Records subscriptions the user just accepted in `requestSubscribeMessage`, so reminders may use them. */
  addWechatSubscriptions: (templateId: string, accepted: number) =>
    request<WechatSubscriptions>({
      method: 'POST',
      path: '/api/notifications/wechat-subscriptions',
      data: { templateId, accepted },
    }),
};

function toQuery(query: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(query).filter(([, value]) => value !== undefined && value !== '');
  return pairs.length
    ? `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join('&')}`
    : '';
}
