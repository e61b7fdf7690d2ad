import { Injectable } from '@nestjs/common';
import { NamedThrottlerGuard } from '../../common/throttling/named-throttler.guard';
import { PublicSiteException } from './public-site.exception';

/**
 * Limits searches per client address (PUBLIC_SEARCH_THROTTLE_LIMIT a minute): a search reads many reports' text,
 * the pages themselves are cheap and cached by the CDN.
 */
@Injectable()
export class SearchThrottlerGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = 'search';

  protected override async throwThrottlingException(): Promise<void> {
    throw PublicSiteException.searchThrottled();
  }
}
