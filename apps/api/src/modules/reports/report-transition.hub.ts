import { Injectable, Logger } from '@nestjs/common';
import type { ReportState, WorkflowAction } from '@nianbao/workflow';

/** A workflow action — or a publication recorded or withdrawn — that was stored: what happened to which report, and who did it. */
export interface ReportTransitioned {
  reportId: number;
  action: WorkflowAction | 'publish' | 'unpublish';
  from: ReportState;
  to: ReportState;
  actorId: number;
}

export type ReportTransitionListener = (event: ReportTransitioned) => Promise<void>;

/**
 * Tells other modules (the work app's approval cards) that a report moved, after the move is committed. A listener's
 * failure is logged and never undoes or fails the action: the user's approval stands whatever a messenger does.
 */
@Injectable()
export class ReportTransitionHub {
  private readonly logger = new Logger('ReportTransitionHub');
  private readonly listeners: ReportTransitionListener[] = [];

  subscribe(listener: ReportTransitionListener): void {
    this.listeners.push(listener);
  }

  async notify(event: ReportTransitioned): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.warn(`listener failed for report ${event.reportId}: ${(error as Error).message}`);
      }
    }
  }
}
