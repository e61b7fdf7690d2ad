import { AppException } from '../../common/app.exception';

export enum JobsErrorCode {
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  QUEUE_UNAVAILABLE = 'QUEUE_UNAVAILABLE',
  JOB_NOT_FINISHED = 'JOB_NOT_FINISHED',
  FILE_NOT_FOUND = 'FILE_NOT_FOUND',
}

const MESSAGES: Record<JobsErrorCode, [number, string]> = {
  JOB_NOT_FOUND: [404, '任务不存在或已过期。'],
  QUEUE_UNAVAILABLE: [
    503,
    '后台任务服务（Redis）暂时不可用，导入、导出等后台任务暂不能提交；查看和编辑报告不受影响。请稍后再试。',
  ],
  JOB_NOT_FINISHED: [409, '任务尚未完成，完成后才能下载。'],
  FILE_NOT_FOUND: [404, '没有可下载的文件（任务未生成文件或文件已过期）。'],
};

export class JobsException extends AppException {
  constructor(code: JobsErrorCode) {
    const [status, message] = MESSAGES[code];
    super(status, code, message);
  }
}
