/** Token no longer good (expired, invalid): fetch a new one and call again, once. */
export const TOKEN_ERRORS = new Set([40014, 42001, 40001]);
/** Busy or rate-limited: try again later (the job queue's backoff). */
export const BUSY_ERRORS = new Set([-1, 45009, 45033, 45011]);

const REASONS: Record<number, string> = {
  45009: '接口调用超过频率限制',
  45033: '接口并发调用超过限制',
  [-1]: '系统繁忙',
  40003: '用户账号无效（userid 不存在）',
  81013: '用户、部门、标签均无效或不在应用可见范围内',
  60020: '服务器 IP 不在应用的可信 IP 中',
  40029: '授权码无效',
  40013: '企业 ID 无效',
  40001: 'Secret 无效',
};

/** A refusal or failure of the work app, in the words the message record and the logs show. */
export class WorkAppApiError extends Error {
  constructor(
    readonly errcode: number | null,
    detail: string,
    readonly isRetryable: boolean,
  ) {
    super(
      errcode === null
        ? detail
        : `${REASONS[errcode] ?? '企业微信/政务微信拒绝'}（${errcode}${detail ? ` ${detail}` : ''}）`.slice(
            0,
            250,
          ),
    );
  }

  static fromAnswer(errcode: number, errmsg: string | undefined): WorkAppApiError {
    return new WorkAppApiError(errcode, (errmsg ?? '').slice(0, 80), BUSY_ERRORS.has(errcode));
  }
}
