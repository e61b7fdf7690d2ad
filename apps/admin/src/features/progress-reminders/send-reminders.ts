import type { ApiSchemas } from '@nianbao/api-client';
import { api, unwrap } from '../../api/api';
import { waitForJob } from '../jobs/wait-for-job';

/** The job's result carries the same figures and sentence as the API's immediate answer. */
type ReminderOutcome = Pick<ApiSchemas['SendRemindersOutput'], 'reminded' | 'message'>;

/**
 * Reminds the submitters of unfinished reports below `orgId` (or the whole view). The API answers at once when the
 * job is quick; for a large city it answers `queued`, and the job is followed here until it says how many it reached.
 */
export async function sendReminders(campaignId: number, orgId?: number): Promise<ReminderOutcome> {
  const answer = await unwrap(
    api.POST('/api/campaigns/{id}/reminders', {
      params: { path: { id: campaignId } },
      body: orgId === undefined ? {} : { orgId },
    }),
  );
  if (answer.state === 'completed') return answer;
  const job = await waitForJob(answer.jobId, {
    failed: '提醒发送失败，请稍后重试',
    stillQueued: answer.message,
  });
  return job.result as unknown as ReminderOutcome;
}
