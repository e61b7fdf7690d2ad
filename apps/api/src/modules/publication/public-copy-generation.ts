import { Injectable } from '@nestjs/common';

/**
 * Counts this process's writes to the published copies, so the 年报专栏's page cache drops everything at once when
 * a report is published or withdrawn here. Other API processes notice through their cache's short lifetime.
 */
@Injectable()
export class PublicCopyGeneration {
  private generation = 0;

  get current(): number {
    return this.generation;
  }

  bump(): void {
    this.generation += 1;
  }
}
