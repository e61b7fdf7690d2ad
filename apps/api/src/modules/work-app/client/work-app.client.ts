import { Injectable } from '@nestjs/common';
import type { WorkAppSettings } from '../config/work-app-settings';
import { TOKEN_ERRORS, WorkAppApiError } from './work-app-api-error';
import { WorkAppTokenStore } from './work-app-token.store';

interface Answer {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

const TIMEOUT_MS = 5000;
/** Refresh a little before the work app's expiry (expires_in, 7200 s) so a token never dies in flight. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;
const LOCK_MS = 10_000;
const WAIT_STEP_MS = 100;
const WAIT_STEPS = 30;

/**
 * The work app's server API (企业微信 and 政务微信 share it; the base URL differs). Every call carries an access
 * token from `gettoken`, kept in WorkAppTokenStore; an expired token (42001, 40014) is refreshed and the call
 * made again once. Other refusals are thrown as WorkAppApiError (retryable when the work app is busy).
 */
@Injectable()
export class WorkAppClient {
  /** In-process: one token request at a time per app, however many callers wait for it. */
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly tokens: WorkAppTokenStore) {}

  async get(settings: WorkAppSettings, path: string, query: Record<string, string>): Promise<Answer> {
    return this.withToken(settings, (token) =>
      this.request(settings, path, { ...query, access_token: token }, undefined),
    );
  }

  async post(settings: WorkAppSettings, path: string, body: object): Promise<Answer> {
    return this.withToken(settings, (token) => this.request(settings, path, { access_token: token }, body));
  }

  private async withToken(
    settings: WorkAppSettings,
    call: (token: string) => Promise<Answer>,
  ): Promise<Answer> {
    const token = await this.accessToken(settings);
    let answer = await call(token);
    if (answer.errcode && TOKEN_ERRORS.has(answer.errcode)) {
      await this.tokens.invalidate(tokenKey(settings), token);
      answer = await call(await this.accessToken(settings));
    }
    if (answer.errcode) throw WorkAppApiError.fromAnswer(answer.errcode, answer.errmsg);
    return answer;
  }

  private accessToken(settings: WorkAppSettings): Promise<string> {
    const key = tokenKey(settings);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.sharedToken(settings, key).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** The stored token; else one process refreshes it while the others wait for it to appear. */
  private async sharedToken(settings: WorkAppSettings, key: string): Promise<string> {
    const cached = await this.tokens.get(key);
    if (cached) return cached;
    if (!(await this.tokens.tryLock(key, LOCK_MS))) {
      for (let step = 0; step < WAIT_STEPS; step += 1) {
        await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
        const fetched = await this.tokens.get(key);
        if (fetched) return fetched;
      }
    }
    try {
      return await this.fetchToken(settings, key);
    } finally {
      await this.tokens.unlock(key);
    }
  }

  private async fetchToken(settings: WorkAppSettings, key: string): Promise<string> {
    const answer = await this.request(
      settings,
      '/cgi-bin/gettoken',
      { corpid: settings.corpId, corpsecret: settings.secret },
      undefined,
    );
    if (answer.errcode || typeof answer.access_token !== 'string')
      throw new WorkAppApiError(
        answer.errcode ?? null,
        `获取 access_token 失败${answer.errmsg ? `：${answer.errmsg}` : ''}`,
        true,
      );
    const lifetimeMs = (typeof answer.expires_in === 'number' ? answer.expires_in : 7200) * 1000;
    await this.tokens.set(key, answer.access_token, Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2));
    return answer.access_token;
  }

  private async request(
    settings: WorkAppSettings,
    path: string,
    query: Record<string, string>,
    body: object | undefined,
  ): Promise<Answer> {
    const url = new URL(path, settings.apiBaseUrl);
    url.search = new URLSearchParams(query).toString();
    let response: Response;
    try {
      response = await fetch(url, {
        method: body ? 'POST' : 'GET',
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new WorkAppApiError(null, '无法连接企业微信/政务微信服务器', true);
    }
    if (response.status >= 500)
      throw new WorkAppApiError(null, `企业微信/政务微信服务器错误（HTTP ${response.status}）`, true);
    try {
      return (await response.json()) as Answer;
    } catch {
      throw new WorkAppApiError(null, '企业微信/政务微信应答无法识别', true);
    }
  }
}

function tokenKey(settings: WorkAppSettings): string {
  return `${settings.corpId}:${settings.agentId}`;
}
