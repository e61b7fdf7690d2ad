import { HttpException } from '@nestjs/common';

/**
 * The one error shape the API answers with: `{ code, message }`, message in Chinese. Each module defines its codes
 * in `<feature>.exception.ts` and throws these; the global filter turns them into the response.
 */
export class AppException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
  ) {
    super({ code, message }, status);
    this.message = message;
  }
}
