import { Text } from '@tarojs/components';
import { statusLabel } from '@nianbao/workflow';
import type { ReportState, WorkflowAction } from '@nianbao/workflow';
import './status-tag.scss';

interface StatusTagProps {
  state: ReportState;
  lastAction?: WorkflowAction | null;
  isOverdue?: boolean;
}

/** The report's status as lists show it, red when overdue. */
export function StatusTag({ state, lastAction, isOverdue }: StatusTagProps) {
  return (
    <Text className={`status-tag status-tag--${state}${isOverdue ? ' status-tag--overdue' : ''}`}>
      {statusLabel({ state, lastAction })}
      {isOverdue ? ' · 逾期' : ''}
    </Text>
  );
}
