import { Injectable } from '@nestjs/common';
import { NamedThrottlerGuard } from './named-throttler.guard';
import { ThrottlingErrorCode, ThrottlingException } from './throttling.exception';

/** Limits file uploads per client address (UPLOAD_THROTTLE_LIMIT a minute): parsing workbooks and PDFs is costly. */
@Injectable()
export class UploadThrottlerGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = 'upload';

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlingException(ThrottlingErrorCode.UPLOAD_THROTTLED);
  }
}
