import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { JobSnapshot } from './job-definitions';
import { JobQueue } from './job-queue';
import type { StoredFile } from './job-queue';
import { JobsErrorCode, JobsException } from './jobs.exception';

/** A job is seen only by the user who submitted it; to everybody else it does not exist. */
@Injectable()
export class JobsService {
  constructor(private readonly queue: JobQueue) {}

  async status(user: AuthUser, id: string): Promise<JobSnapshot> {
    const job = await this.queue.find(id);
    if (!job || job.ownerId !== user.id) throw new JobsException(JobsErrorCode.JOB_NOT_FOUND);
    return job;
  }

  async download(user: AuthUser, id: string): Promise<StoredFile> {
    const job = await this.status(user, id);
    if (job.state !== 'completed') throw new JobsException(JobsErrorCode.JOB_NOT_FINISHED);
    const fileId = (job.result as { fileId?: unknown } | null)?.fileId;
    const file = typeof fileId === 'string' ? await this.queue.readFile(fileId, user.id) : null;
    if (!file) throw new JobsException(JobsErrorCode.FILE_NOT_FOUND);
    return file;
  }
}
