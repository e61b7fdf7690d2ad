import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { ActionButton } from '../../components/action-button';
import type { ReminderOutcome } from '../../services/api';
import { errorMessage } from '../../services/request-error';
import { sendReminders } from '../../services/send-reminders';

/** Short enough for a WeChat toast (two lines); the API's full sentence is in `message`. */
function toastText(outcome: ReminderOutcome): string {
  if (outcome.state === 'queued') return '提醒正在后台发送，单位较多请稍候';
  if (!outcome.orgs) return '都已提交，无需提醒';
  const skipped = outcome.skippedRecently ? `，${outcome.skippedRecently} 人刚提醒过` : '';
  return `已提醒 ${outcome.reminded} 人${skipped}`;
}

export interface ReminderRequest {
  campaignId: number;
  /** The org whose unfinished reports are reminded; none: everything in the user's view. */
  orgId?: number;
  /** Who is reminded, in the confirmation: 未提交单位, or one org's name. */
  recipients: string;
}

/**
 * Sends a reminder after a confirmation and shows the result in a toast. Taps while the dialog is open or the
 * request runs do nothing (whichever button they hit); the API also sends nothing twice within 10 minutes.
 */
export function useReminderSender() {
  const isSending = useRef(false);
  const [busyRequest, setBusyRequest] = useState<ReminderRequest | null>(null);

  const send = async (request: ReminderRequest) => {
    if (isSending.current) return;
    isSending.current = true;
    try {
      const { confirm } = await Taro.showModal({
        title: request.orgId === undefined ? '提醒全部未完成单位' : `提醒${request.recipients}`,
        content: `${request.recipients}的填报人将收到提醒消息，10 分钟内不会重复提醒同一人。`,
        confirmText: '发送',
      });
      if (!confirm) return;
      setBusyRequest(request);
      const outcome = await sendReminders(request.campaignId, request.orgId);
      void Taro.showToast({ title: toastText(outcome), icon: 'none', duration: 3000 });
    } catch (caught) {
      void Taro.showToast({ title: errorMessage(caught), icon: 'none' });
    } finally {
      isSending.current = false;
      setBusyRequest(null);
    }
  };

  return { busyRequest, send };
}

/** Reminds the submitters of every unfinished report in view. */
export function RemindButton({ campaignId }: { campaignId: number }) {
  const { busyRequest, send } = useReminderSender();
  return (
    <ActionButton
      className="progress__remind"
      variant="plain"
      isBusy={busyRequest !== null}
      onClick={() => void send({ campaignId, recipients: '未提交单位' })}
    >
      提醒全部未完成单位
    </ActionButton>
  );
}
