import { Injectable, Logger } from '@nestjs/common';
import { ConfigVariables } from '../../config/config-variables';

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page: string;
  /** Template fields, e.g. { thing1: '填报截止提醒', thing2: '东城街道 2025 年度报告' }. */
  fields: Record<string, string>;
}

export type SendOutcome = { isSent: true } | { isSent: false; error: string };

interface WechatAnswer {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

/** The access token is no longer good: fetch a new one and send again. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** WeChat is busy or limiting: try again later. */
const BUSY_ERRORS = new Set([-1, 45009, 45011]);
const PERMANENT_REASONS: Record<number, string> = {
  43101: '用户未订阅或订阅次数已用完',
  40003: '微信用户标识无效',
  40037: '订阅消息模板无效',
  47003: '模板参数不正确',
};
const TIMEOUT_MS = 5000;
/** Refresh a little before WeChat's expiry so a token never dies in flight. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;

class RetryableError extends Error {}

/**
 * Sends WeChat subscribe messages (`/cgi-bin/message/subscribe/send`). The access token is fetched once and
 * cached until shortly before it expires; a busy or unreachable WeChat is retried with exponential backoff;
 * a refusal (no subscription, bad template) is permanent and returned for the inbox to show.
 * The base URL is configurable (WECHAT_API_BASE_URL): tests point it at a fake server on loopback.
 */
@Injectable()
export class WechatSubscribeSender {
  private readonly logger = new Logger('WechatSubscribeSender');
  private token: { value: string; expiresAt: number } | null = null;
  private pendingToken: Promise<string> | null = null;

  constructor(private readonly config: ConfigVariables) {}

  get isConfigured(): boolean {
    return Boolean(
      this.config.WECHAT_APPID && this.config.WECHAT_SECRET && this.config.WECHAT_SUBSCRIBE_TEMPLATE_ID,
    );
  }

  async send(message: SubscribeMessage): Promise<SendOutcome> {
    let lastError = '';
    for (let attempt = 1; attempt <= this.config.WECHAT_SEND_ATTEMPTS; attempt += 1) {
      try {
        const answer = await this.post(message, await this.accessToken());
        if (!answer.errcode) return { isSent: true };
        if (TOKEN_ERRORS.has(answer.errcode)) {
          this.token = null;
          lastError = `access_token 失效（${answer.errcode}）`;
        } else if (BUSY_ERRORS.has(answer.errcode)) {
          lastError = `微信繁忙（${answer.errcode}）`;
        } else {
          const reason = PERMANENT_REASONS[answer.errcode] ?? '微信拒绝发送';
          return {
            isSent: false,
            error: `${reason}（${answer.errcode} ${answer.errmsg ?? ''}）`.slice(0, 250),
          };
        }
      } catch (error) {
        lastError = error instanceof RetryableError ? error.message : '无法连接微信服务器';
      }
      if (attempt < this.config.WECHAT_SEND_ATTEMPTS)
        await new Promise((resolve) =>
          setTimeout(resolve, this.config.WECHAT_RETRY_BASE_MS * 2 ** (attempt - 1)),
        );
    }
    this.logger.warn(`subscribe message to ${message.openid} failed: ${lastError}`);
    return { isSent: false, error: `重试 ${this.config.WECHAT_SEND_ATTEMPTS} 次仍失败：${lastError}` };
  }

  private async post(message: SubscribeMessage, token: string): Promise<WechatAnswer> {
    const url = new URL('/cgi-bin/message/subscribe/send', this.config.WECHAT_API_BASE_URL);
    url.searchParams.set('access_token', token);
    return this.call(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        data: Object.fromEntries(Object.entries(message.fields).map(([key, value]) => [key, { value }])),
      }),
    });
  }

  /** One token request at a time, however many messages wait for it. */
  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    this.pendingToken ??= this.fetchToken().finally(() => {
      this.pendingToken = null;
    });
    return this.pendingToken;
  }

  private async fetchToken(): Promise<string> {
    const url = new URL('/cgi-bin/token', this.config.WECHAT_API_BASE_URL);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: this.config.WECHAT_APPID,
      secret: this.config.WECHAT_SECRET,
    }).toString();
    const answer = await this.call(url, {});
    if (!answer.access_token)
      throw new RetryableError(`获取 access_token 失败（${answer.errcode ?? '无应答'}）`);
    const lifetimeMs = (answer.expires_in ?? 7200) * 1000;
    this.token = {
      value: answer.access_token,
      expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2),
    };
    return this.token.value;
  }

  private async call(url: URL, init: RequestInit): Promise<WechatAnswer> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.status >= 500) throw new RetryableError(`微信服务器错误（HTTP ${response.status}）`);
    return (await response.json()) as WechatAnswer;
  }
}
