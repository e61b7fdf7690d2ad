import { Injectable } from '@nestjs/common';
import { NamedThrottlerGuard } from '../../../common/throttling/named-throttler.guard';
import { AuthErrorCode, AuthException } from '../auth.exception';

/** Limits login attempts per client address (LOGIN_THROTTLE_LIMIT a minute) to slow password guessing. */
@Injectable()
export class LoginThrottlerGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = 'login';

  protected override async throwThrottlingException(): Promise<void> {
    throw new AuthException(AuthErrorCode.LOGIN_THROTTLED);
  }
}
