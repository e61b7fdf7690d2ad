import { ApiProperty } from '@nestjs/swagger';
import { JOB_NAMES } from '../job-definitions';
import type { JobName, JobState } from '../job-definitions';

const JOB_STATES: JobState[] = ['waiting', 'active', 'completed', 'failed'];

export class JobAcceptedOutput {
  @ApiProperty({ description: '用 GET /api/jobs/{id} 查看进度和结果' })
  jobId: string;
}

export class JobStatusOutput {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: JOB_NAMES })
  name: JobName;

  @ApiProperty({ enum: JOB_STATES, description: 'bull 的状态；等待重试时为 waiting' })
  state: JobState;

  @ApiProperty({ description: '0–100' })
  progress: number;

  @ApiProperty({
    nullable: true,
    description: '完成后的结果：导入为新版本号和问题清单，导出为下载地址',
    type: 'object',
    additionalProperties: true,
  })
  result: unknown;

  @ApiProperty({ type: String, nullable: true, description: '最近一次失败的原因（中文）' })
  failedReason: string | null;

  @ApiProperty()
  attemptsMade: number;
}
