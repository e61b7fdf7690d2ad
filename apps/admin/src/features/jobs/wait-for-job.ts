import type { ApiSchemas } from '@nianbao/api-client';
import { api, ApiRequestError, unwrap } from '../../api/api';

type JobStatus = ApiSchemas['JobStatusOutput'];

const POLL_INTERVAL_MS = 400;
const GIVE_UP_AFTER_MS = 120_000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What to tell the user, in Chinese, when the job gives no reason for failing or is still queued after two minutes. */
export interface JobMessages {
  failed: string;
  stillQueued: string;
}

/** Polls a background job (`GET /api/jobs/{id}`) until it finishes, reporting its progress (0–100) on the way. */
export async function waitForJob(
  jobId: string,
  messages: JobMessages,
  onProgress: (percent: number) => void = () => undefined,
): Promise<JobStatus> {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  while (Date.now() < deadline) {
    const job = await unwrap(api.GET('/api/jobs/{id}', { params: { path: { id: jobId } } }));
    if (job.state === 'completed') return job;
    if (job.state === 'failed')
      throw new ApiRequestError(job.failedReason ?? messages.failed, undefined, undefined);
    onProgress(job.progress);
    await wait(POLL_INTERVAL_MS);
  }
  throw new ApiRequestError(messages.stillQueued, undefined, undefined);
}
