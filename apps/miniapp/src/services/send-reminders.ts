import type { ReminderOutcome } from './api';
import { api } from './api';
import { RequestError } from './request-error';

const POLL_INTERVAL_MS = 1000;
const GIVE_UP_AFTER_MS = 60_000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reminds the submitters of unfinished reports below `orgId` (none: the whole view). For a large city the API answers
 * `queued` while its job still sends; the job is followed here, since its result carries the same figures.
 */
export async function sendReminders(campaignId: number, orgId?: number): Promise<ReminderOutcome> {
  const answer = await api.sendReminders(campaignId, orgId);
  if (answer.state === 'completed') return answer;
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  while (Date.now() < deadline) {
    await wait(POLL_INTERVAL_MS);
    const job = await api.job(answer.jobId);
    if (job.state === 'failed')
      throw new RequestError('http', job.failedReason ?? '提醒发送失败，请稍后重试');
    if (job.state === 'completed' && job.result)
      return { ...answer, ...(job.result as Partial<ReminderOutcome>), state: 'completed' };
  }
  return answer;
}
