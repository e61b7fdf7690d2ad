import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { JobQueue } from '../jobs/job-queue';
import type { SendRemindersOutput } from './dto/send-reminders.output';
import type { ManualReminderOutcome } from './manual-reminder';
import { outcomeMessage } from './manual-reminder';
import { ReminderScopeService } from './reminder-scope.service';
import { RemindersException } from './reminders.exception';

/** Long enough for a reminder job behind an idle queue; a busy queue or a large city answers “queued” instead. */
const WAIT_FOR_JOB_MS = 10_000;
const POLL_MS = 50;

/**
 * “Send a reminder now”: checked here, sent by the `reminders.send` job (so a slow WeChat never holds a request and
 * several API processes share one queue), and answered with the job's outcome when it finishes in time.
 */
@Injectable()
export class ManualRemindersService {
  constructor(
    private readonly scope: ReminderScopeService,
    private readonly queue: JobQueue,
  ) {}

  async send(user: AuthUser, campaignId: number, orgId: number | null): Promise<SendRemindersOutput> {
    await this.scope.resolve(user, campaignId, orgId);
    const jobId = await this.queue.enqueue('reminders.send', {
      ownerId: user.id,
      campaignId,
      orgId,
      at: new Date().toISOString(),
    });
    const waitUntil = Date.now() + WAIT_FOR_JOB_MS;
    while (Date.now() < waitUntil) {
      const job = await this.queue.find(jobId);
      if (job?.state === 'completed') {
        const outcome = job.result as ManualReminderOutcome;
        return { state: 'completed', jobId, ...outcome, message: outcomeMessage(outcome) };
      }
      if (job?.state === 'failed') throw RemindersException.failed(job.failedReason);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return {
      state: 'queued',
      jobId,
      orgs: null,
      reminded: null,
      skippedRecently: null,
      orgsWithoutRecipients: null,
      message: '提醒正在后台发送（单位较多或任务排队），稍后可查看结果。',
    };
  }
}
