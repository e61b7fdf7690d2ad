import { Injectable } from '@nestjs/common';
import { ExcelImportError } from '@nianbao/excel';
import { ReportImportError } from '@nianbao/report-import';
import { AppException } from '../../common/app.exception';
import type { JobName, JobPayloads } from './job-definitions';

export type ReportProgress = (percent: number) => Promise<void>;

/** The job a handler runs, as far as the handler needs to know it. */
export interface RunningJob {
  /**
   * The same for every attempt of this job, on any worker, and never used by another job (even after Redis or the
   * process is restarted): what a job writes is marked with it, so a retry finds the work its earlier attempt committed.
   */
  key: string;
}

export type JobHandler<N extends JobName> = (
  payload: JobPayloads[N],
  progress: ReportProgress,
  job: RunningJob,
) => Promise<unknown>;

/**
 * The processors, by job name. Each processor class registers itself here; the bull worker (worker.ts) and the
 * in-process queue of the embedded mode run the very same functions.
 */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  register<N extends JobName>(name: N, handler: JobHandler<N>): void {
    this.handlers.set(name, handler as unknown as JobHandler<JobName>);
  }

  async run(name: JobName, payload: unknown, progress: ReportProgress, job: RunningJob): Promise<unknown> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no processor for job ${name}`);
    return handler(payload as JobPayloads[JobName], progress, job);
  }
}

/** A bad file or a refusal does not get better by trying again; a lost connection might. */
export function isPermanentFailure(error: unknown): boolean {
  return (
    error instanceof ExcelImportError ||
    error instanceof ReportImportError ||
    (error instanceof AppException && error.getStatus() < 500)
  );
}

/** What the job status shows: our Chinese messages as they are, anything else as a generic sentence. */
export function failureMessage(error: unknown): string {
  if (
    error instanceof ExcelImportError ||
    error instanceof ReportImportError ||
    error instanceof AppException
  )
    return error.message;
  return '处理失败（服务器内部错误），将自动重试；仍失败请联系管理员。';
}
