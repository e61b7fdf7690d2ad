import { AppException } from '../../common/app.exception';

export enum HistoryImportErrorCode {
  NOT_ALLOWED = 'HISTORY_IMPORT_NOT_ALLOWED',
  NOT_FOUND = 'HISTORY_IMPORT_NOT_FOUND',
  FILE_NOT_FOUND = 'HISTORY_FILE_NOT_FOUND',
  NO_FILES = 'HISTORY_NO_FILES',
  FILE_NOT_REVIEWABLE = 'HISTORY_FILE_NOT_REVIEWABLE',
  INVALID_ORG = 'HISTORY_INVALID_ORG',
  INVALID_YEAR = 'HISTORY_INVALID_YEAR',
}

export class HistoryImportException extends AppException {
  static notAllowed() {
    return new HistoryImportException(
      403,
      HistoryImportErrorCode.NOT_ALLOWED,
      '只有区（县）或市的政务公开办审核员和管理员可以导入历史年报。',
    );
  }
  static notFound() {
    return new HistoryImportException(404, HistoryImportErrorCode.NOT_FOUND, '这次历史年报导入不存在。');
  }
  static fileNotFound() {
    return new HistoryImportException(404, HistoryImportErrorCode.FILE_NOT_FOUND, '导入的文件不存在。');
  }
  static noFiles() {
    return new HistoryImportException(
      400,
      HistoryImportErrorCode.NO_FILES,
      '请选择要导入的历史年报文件（网页、PDF、Word、文本或 Excel），或装有这些文件的 .zip 压缩包（表单字段名 files）。',
    );
  }
  static notReviewable(reason: string) {
    return new HistoryImportException(409, HistoryImportErrorCode.FILE_NOT_REVIEWABLE, reason);
  }
  static invalidOrg() {
    return new HistoryImportException(
      400,
      HistoryImportErrorCode.INVALID_ORG,
      '所选单位不存在、不在您的管辖范围内，或不需要填报年度报告。',
    );
  }
  static invalidYear(latest: number) {
    return new HistoryImportException(
      400,
      HistoryImportErrorCode.INVALID_YEAR,
      `年度须在 2008 至 ${latest} 之间（2008 年《政府信息公开条例》施行起，到已结束的最近一年）。`,
    );
  }
}
