import { useState } from 'react';
import { App, Button, Popconfirm } from 'antd';
import type { ButtonProps } from 'antd';
import { errorMessage } from '../../api/api';
import { sendReminders } from './send-reminders';

interface RemindButtonProps {
  campaignId: number;
  /** The org whose unfinished reports (its own and those below it) are reminded; none: the whole view. */
  orgId?: number;
  /** Named in the confirmation, e.g. 东城街道 or 全部未完成单位. */
  target: string;
  children: string;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
}

/**
 * Sends a reminder now to the submitters of unfinished reports, after a confirmation, and says how many people it
 * reached. The button waits until the sending is done; the API itself sends nothing twice within 10 minutes.
 */
export function RemindButton({ campaignId, orgId, target, children, size, type }: RemindButtonProps) {
  const { message } = App.useApp();
  const [isSending, setIsSending] = useState(false);

  const send = async () => {
    setIsSending(true);
    try {
      const outcome = await sendReminders(campaignId, orgId);
      if (outcome.reminded) message.success(outcome.message);
      else message.info(outcome.message);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Popconfirm
      title={`提醒${target}尽快提交？`}
      description="未提交单位的填报人将收到站内消息（已订阅的也会收到微信通知）。"
      okText="发送提醒"
      cancelText="取消"
      onConfirm={send}
      disabled={isSending}
    >
      <Button size={size} type={type} loading={isSending}>
        {children}
      </Button>
    </Popconfirm>
  );
}
