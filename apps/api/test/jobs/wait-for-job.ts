import type { Response } from 'supertest';
import type { TestApp } from '../support/test-app';

export interface JobStatus {
  state: 'waiting' | 'active' | 'completed' | 'failed';
  progress: number;
  result: Record<string, unknown> | null;
  failedReason: string | null;
  attemptsMade: number;
}

/** Polls GET /api/jobs/{id} until the job completes or fails for good. */
export async function waitForJob(
  api: TestApp,
  username: string,
  jobId: string,
  timeoutMs = 30_000,
): Promise<JobStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await api.get(`/api/jobs/${jobId}`, username);
    if (response.status !== 200)
      throw new Error(`job ${jobId}: ${response.status} ${JSON.stringify(response.body)}`);
    const status = response.body as JobStatus;
    if (status.state === 'completed' || status.state === 'failed') return status;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${status.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Supertest collects a binary body (a workbook) with this parser. */
export function binaryParser(
  response: Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
