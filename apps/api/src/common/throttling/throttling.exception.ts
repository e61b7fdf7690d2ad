import { AppException } from '../app.exception';

export enum ThrottlingErrorCode {
  UPLOAD_THROTTLED = 'UPLOAD_THROTTLED',
}

export class ThrottlingException extends AppException {
  constructor(code: ThrottlingErrorCode) {
    super(429, code, '上传过于频繁，请一分钟后再试。');
  }
}
