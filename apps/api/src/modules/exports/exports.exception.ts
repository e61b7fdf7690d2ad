import { AppException } from '../../common/app.exception';

export enum ExportsErrorCode {
  UNKNOWN_FORMAT = 'UNKNOWN_FORMAT',
  ORG_NOT_FOUND = 'ORG_NOT_FOUND',
  NOTHING_TO_SUM = 'NOTHING_TO_SUM',
  NOTHING_TO_PUBLISH = 'NOTHING_TO_PUBLISH',
}

export class ExportsException extends AppException {
  static unknownFormat(format: string, known: readonly string[]) {
    return new ExportsException(
      404,
      ExportsErrorCode.UNKNOWN_FORMAT,
      `没有“${format}”格式的模板；可用的格式：${known.join('、')}。`,
    );
  }
  static nothingToSum() {
    return new ExportsException(
      409,
      ExportsErrorCode.NOTHING_TO_SUM,
      '下级单位还没有已通过的报告，暂无汇总可导出。',
    );
  }
  static nothingToPublish() {
    return new ExportsException(
      409,
      ExportsErrorCode.NOTHING_TO_PUBLISH,
      '该单位及其下属单位还没有终审通过的报告，暂无公开年报可下载。',
    );
  }
  static orgNotFound() {
    return new ExportsException(404, ExportsErrorCode.ORG_NOT_FOUND, '单位不存在。');
  }
}
