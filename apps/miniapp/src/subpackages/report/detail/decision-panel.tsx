import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { actionLabel } from '@nianbao/workflow';
import type { WorkflowAction } from '@nianbao/workflow';
import { useRef, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { api } from '../../../services/api';
import type { Report } from '../../../services/api';
import { errorMessage } from '../../../services/request-error';

/** The decisions a reviewer takes on the phone; submitting and editing stay in the admin app. */
const PHONE_ACTIONS: readonly WorkflowAction[] = ['approve', 'return', 'reopen'];
const NEEDS_COMMENT: ReadonlySet<WorkflowAction> = new Set(['return', 'reopen']);

interface DecisionPanelProps {
  report: Report;
  onDecided: (report: Report, action: WorkflowAction) => void;
  /** The decision a link came for (a work-app card's 退回 button): its comment box is ready to type in. */
  intent?: WorkflowAction;
}

/**
 * Approve or return with a comment. Each decision is confirmed first; a second tap while one is on its way is
 * ignored, and the report's version makes the API refuse a decision on a report someone else changed meanwhile.
 */
export function DecisionPanel({ report, onDecided, intent }: DecisionPanelProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const isSending = useRef(false);
  const actions = report.availableActions.filter((action) => PHONE_ACTIONS.includes(action));
  if (actions.length === 0) return null;

  const decide = async (action: WorkflowAction) => {
    if (isSending.current) return;
    const trimmed = comment.trim();
    if (NEEDS_COMMENT.has(action) && !trimmed) {
      setError(`${actionLabel(action)}须填写意见`);
      return;
    }
    isSending.current = true;
    setError('');
    try {
      const { confirm } = await Taro.showModal({
        title: `确认${actionLabel(action)}？`,
        content: `${report.orgName}${trimmed ? `\n意见：${trimmed}` : ''}`,
        confirmText: '确认',
        cancelText: '取消',
      });
      if (!confirm) return;
      setPending(action);
      const updated = await api.act(report.id, action, {
        version: report.version,
        ...(trimmed ? { comment: trimmed } : {}),
      });
      setComment('');
      onDecided(updated, action);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      isSending.current = false;
      setPending(null);
    }
  };

  const isCommentIntent = intent !== undefined && NEEDS_COMMENT.has(intent) && actions.includes(intent);
  return (
    <View className="decision">
      {isCommentIntent && (
        <Text className="decision__intent">
          请填写{actionLabel(intent)}意见，然后点「{actionLabel(intent)}」
        </Text>
      )}
      <Textarea
        className="decision__comment"
        placeholder="审核意见（退回时必填）"
        value={comment}
        focus={isCommentIntent}
        maxlength={2000}
        onInput={(event) => setComment(event.detail.value)}
      />
      {error && <Text className="decision__error">{error}</Text>}
      <View className="decision__buttons">
        {actions.map((action) => (
          <ActionButton
            key={action}
            className={`decision__button--${action}`}
            variant={action === 'approve' ? 'approve' : 'danger'}
            isBusy={pending === action}
            isDisabled={pending !== null}
            onClick={() => decide(action)}
          >
            {actionLabel(action)}
          </ActionButton>
        ))}
      </View>
    </View>
  );
}
