import { getFormat, isFormatId } from '@nianbao/rules';
import { AppException } from '../../common/app.exception';

export enum ImportsErrorCode {
  FILE_MISSING = 'FILE_MISSING',
  UNSUPPORTED_FILE = 'UNSUPPORTED_FILE',
  FORMAT_MISMATCH = 'FORMAT_MISMATCH',
  UNSAFE_ZIP = 'UNSAFE_ZIP',
  UPLOAD_EXPIRED = 'UPLOAD_EXPIRED',
}

const formatName = (id: string) => (isFormatId(id) ? getFormat(id).shortName : id);

export class ImportsException extends AppException {
  static fileMissing(what: string) {
    return new ImportsException(400, ImportsErrorCode.FILE_MISSING, `请上传${what}（表单字段名 file）。`);
  }
  static unsupported(detail: string) {
    return new ImportsException(415, ImportsErrorCode.UNSUPPORTED_FILE, detail);
  }
  static formatMismatch(fileFormat: string, campaignFormat: string) {
    return new ImportsException(
      422,
      ImportsErrorCode.FORMAT_MISMATCH,
      `文件中的表格是「${formatName(fileFormat)}」，本填报任务要求「${formatName(campaignFormat)}」；请下载本任务的模板填写后再导入。`,
    );
  }
  static uploadExpired() {
    return new ImportsException(
      410,
      ImportsErrorCode.UPLOAD_EXPIRED,
      '上传的文件已不在服务器上（保留 7 天；未启用 Redis 时服务重启也会清除），请重新上传。',
    );
  }
  static unsafeZip(detail: string) {
    return new ImportsException(422, ImportsErrorCode.UNSAFE_ZIP, `压缩包不能导入：${detail}`);
  }
}
