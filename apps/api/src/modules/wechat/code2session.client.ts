import { Injectable } from '@nestjs/common';
import { ConfigVariables } from '../../config/config-variables';
import { WechatErrorCode, WechatException } from './wechat.exception';

/** WeChat's answer to jscode2session; `session_key` is read by nobody and never leaves this file. */
interface Code2SessionAnswer {
  openid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** Codes WeChat answers for a code that is wrong, used or expired (the user just logs in again). */
const INVALID_CODE_ERRORS = new Set([40029, 40163, 40226]);
const TIMEOUT_MS = 5000;

/**
 * Exchanges a mini-program login code for the user's openid through WeChat's `jscode2session`. The base URL is
 * configurable (WECHAT_API_BASE_URL) so tests and private deployments can point it at their own server.
 */
@Injectable()
export class Code2SessionClient {
  constructor(private readonly config: ConfigVariables) {}

  async openidFor(code: string): Promise<string> {
    if (!this.config.WECHAT_APPID || !this.config.WECHAT_SECRET)
      throw new WechatException(WechatErrorCode.WECHAT_NOT_CONFIGURED);
    const url = new URL('/sns/jscode2session', this.config.WECHAT_API_BASE_URL);
    url.search = new URLSearchParams({
      appid: this.config.WECHAT_APPID,
      secret: this.config.WECHAT_SECRET,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    let answer: Code2SessionAnswer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      answer = (await response.json()) as Code2SessionAnswer;
    } catch {
      throw new WechatException(WechatErrorCode.WECHAT_UNAVAILABLE);
    }
    if (answer.errcode && INVALID_CODE_ERRORS.has(answer.errcode))
      throw new WechatException(WechatErrorCode.INVALID_WECHAT_CODE);
    if (answer.errcode || typeof answer.openid !== 'string' || !answer.openid)
      throw new WechatException(WechatErrorCode.WECHAT_UNAVAILABLE);
    return answer.openid;
  }
}
