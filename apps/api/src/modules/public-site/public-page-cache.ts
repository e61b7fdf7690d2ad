import { Injectable } from '@nestjs/common';
import { PublicCopyGeneration } from '../publication/public-copy-generation';
import type { PublicResponse } from './public-response';

/** How long a rendered answer is reused: the delay before another API process shows a publication or withdrawal. */
const LIFETIME_MS = 5_000;
const MAX_ENTRIES = 1_000;

/**
 * Rendered answers of the 年报专栏, reused for a few seconds: under many readers the pages are built once instead of
 * once per request (the CDN in front does the same on a larger scale). Emptied at once when this process publishes
 * or withdraws a report.
 */
@Injectable()
export class PublicPageCache {
  private readonly entries = new Map<string, { answer: Promise<PublicResponse>; until: number }>();
  private generation = -1;

  constructor(private readonly copies: PublicCopyGeneration) {}

  get(key: string, build: () => Promise<PublicResponse>, now = Date.now()): Promise<PublicResponse> {
    if (this.generation !== this.copies.current) {
      this.entries.clear();
      this.generation = this.copies.current;
    }
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.answer;
    const answer = build();
    answer.catch(() => this.entries.delete(key));
    this.entries.set(key, { answer, until: now + LIFETIME_MS });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return answer;
  }
}
