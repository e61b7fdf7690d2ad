import type { GuardId, TransitionContext, WorkflowErrorCode } from './types';

export interface GuardFailure {
  code: WorkflowErrorCode;
  message: string;
}

type GuardCheck = (context: TransitionContext) => GuardFailure | null;

/** How each guard named in the definition is checked against what the caller supplies. */
export const GUARD_CHECKS: Record<GuardId, GuardCheck> = {
  comment_required: (context) =>
    typeof context.comment === 'string' && context.comment.trim() !== ''
      ? null
      : { code: 'COMMENT_REQUIRED', message: '请填写意见后再操作。' },

  validation_passed: ({ validation }) => {
    if (
      !validation ||
      !isCount(validation.hardViolations) ||
      !isCount(validation.unexplainedSoftViolations)
    ) {
      return { code: 'VALIDATION_MISSING', message: '提交前须先校验报告，未取得校验结果。' };
    }
    if (validation.hardViolations > 0) {
      return {
        code: 'HARD_VIOLATIONS',
        message: `报告还有 ${validation.hardViolations} 个必须修改的错误，改正后才能提交。`,
      };
    }
    if (validation.unexplainedSoftViolations > 0) {
      return {
        code: 'UNEXPLAINED_SOFT',
        message: `还有 ${validation.unexplainedSoftViolations} 个提示性问题没有填写说明，请逐条说明后再提交。`,
      };
    }
    return null;
  },

  district_complete: (context) =>
    context.isDistrictComplete === true
      ? null
      : { code: 'DISTRICT_INCOMPLETE', message: '本区（县）还有报告未通过审核，区政府本级报告暂不能通过。' },
};

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
