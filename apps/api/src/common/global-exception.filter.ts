import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppException } from './app.exception';

const GENERIC_MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: '请求格式不正确（参数类型不对或内容不是有效的 JSON）。' },
  401: { code: 'UNAUTHENTICATED', message: '请先登录。' },
  403: { code: 'FORBIDDEN', message: '您无权执行此操作。' },
  404: { code: 'NOT_FOUND', message: '请求的内容不存在。' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持此请求方法。' },
  409: { code: 'CONFLICT', message: '数据已被他人修改，请刷新后重试。' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '上传的内容太大。' },
  429: { code: 'TOO_MANY_REQUESTS', message: '操作过于频繁，请稍后再试。' },
  503: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后再试。' },
};

/** Every error leaves the API as `{ code, message }` with a Chinese message; internals are logged, never sent. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('GlobalExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: { code: string; message: string } } {
    if (exception instanceof AppException) {
      return { status: exception.getStatus(), body: { code: exception.code, message: exception.message } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const generic = GENERIC_MESSAGES[status] ?? { code: `HTTP_${status}`, message: '请求无法完成。' };
      return { status, body: generic };
    }
    if (isBodyParserError(exception)) {
      const status = exception.status;
      return { status, body: GENERIC_MESSAGES[status] ?? GENERIC_MESSAGES[400] };
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试或联系管理员。' },
    };
  }
}

function isBodyParserError(exception: unknown): exception is { status: number; type: string } {
  const candidate = exception as { status?: unknown; type?: unknown } | null;
  return (
    typeof candidate?.status === 'number' && typeof candidate.type === 'string' && candidate.status < 500
  );
}
