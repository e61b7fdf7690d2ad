import type { WorkflowErrorCode } from '@nianbao/workflow';
import { AppException } from '../../common/app.exception';

export enum ReportErrorCode {
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  VERSION_NOT_FOUND = 'VERSION_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  NOT_EDITABLE = 'NOT_EDITABLE',
  UNKNOWN_CELLS = 'UNKNOWN_CELLS',
  INVALID_VALUES = 'INVALID_VALUES',
  ALREADY_HANDLED = 'ALREADY_HANDLED',
  NOTHING_TO_SUM = 'NOTHING_TO_SUM',
  INVALID_NARRATIVE = 'INVALID_NARRATIVE',
  NARRATIVE_TOO_LONG = 'NARRATIVE_TOO_LONG',
}

/** How each refusal of the workflow package maps to an HTTP status. */
const WORKFLOW_STATUS: Record<WorkflowErrorCode, number> = {
  INVALID_INPUT: 400,
  NO_ROUTE: 409,
  WRONG_STATE: 409,
  NOT_ALLOWED: 403,
  COMMENT_REQUIRED: 400,
  VALIDATION_MISSING: 422,
  HARD_VIOLATIONS: 422,
  UNEXPLAINED_SOFT: 422,
  DISTRICT_INCOMPLETE: 409,
  IMPORTED_HISTORY: 409,
};

export class ReportException extends AppException {
  static notFound() {
    return new ReportException(404, ReportErrorCode.REPORT_NOT_FOUND, '报告不存在。');
  }
  static versionNotFound(version: number) {
    return new ReportException(404, ReportErrorCode.VERSION_NOT_FOUND, `没有第 ${version} 版。`);
  }
  static stale(current: number) {
    return new ReportException(
      409,
      ReportErrorCode.STALE_VERSION,
      `报告已被他人修改（当前为第 ${current} 版），您的修改未保存，也未丢失：请刷新后在最新版本上重新修改。`,
    );
  }
  static notEditable(reason: string) {
    return new ReportException(403, ReportErrorCode.NOT_EDITABLE, reason);
  }
  static unknownCells(codes: string[]) {
    return new ReportException(
      400,
      ReportErrorCode.UNKNOWN_CELLS,
      `表中没有这些单元格：${codes.slice(0, 10).join('、')}。`,
    );
  }
  /** Cells are named as the submitter sees them (表 › 行 › 列), with the code for support. */
  static invalidValues(cells: { code: string; displayName: string }[]) {
    return new ReportException(
      400,
      ReportErrorCode.INVALID_VALUES,
      `这些单元格的值须为数字或留空：${cells
        .slice(0, 10)
        .map((cell) => `${cell.displayName}（${cell.code}）`)
        .join('、')}${cells.length > 10 ? ` 等 ${cells.length} 处` : ''}。`,
    );
  }
  /** A second click, another tab or another reviewer acted first; `currentStatus` when it is known. */
  static alreadyHandled(currentStatus?: string) {
    return new ReportException(
      409,
      ReportErrorCode.ALREADY_HANDLED,
      `报告刚刚已被处理（重复点击，或他人已先操作）${currentStatus ? `，当前状态：${currentStatus}` : '，状态已变化'}。请刷新后查看。`,
    );
  }
  static nothingToSum() {
    return new ReportException(
      409,
      ReportErrorCode.NOTHING_TO_SUM,
      '下级单位还没有已通过的报告，暂无汇总数可填入。',
    );
  }
  static invalidNarrative(reason: string) {
    return new ReportException(400, ReportErrorCode.INVALID_NARRATIVE, `${reason}。`);
  }
  static narrativeTooLong() {
    return new ReportException(
      400,
      ReportErrorCode.NARRATIVE_TOO_LONG,
      '正文过长（超过约两万字），未保存。请精简后再保存。',
    );
  }
  static fromWorkflow(code: WorkflowErrorCode, message: string) {
    return new ReportException(WORKFLOW_STATUS[code], code, message);
  }
}
