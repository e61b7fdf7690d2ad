import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerRequest } from '@nestjs/throttler';

/**
 * A guard that applies one of the named throttlers (`login`, `upload`) and ignores the others, so a route limited
 * for uploads is not also counted against the login limit.
 */
export abstract class NamedThrottlerGuard extends ThrottlerGuard {
  protected abstract readonly throttlerName: string;

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== this.throttlerName) return Promise.resolve(true);
    return super.handleRequest(request);
  }
}
