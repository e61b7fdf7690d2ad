import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { useLoad } from '../../hooks/use-load';
import { api } from '../../services/api';
import { signOut } from '../../services/current-user';
import { errorMessage } from '../../services/request-error';

/** Subscribe-message template ids, comma separated, from the WeChat admin console (see README). */
const TEMPLATE_IDS = (process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS ?? '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);

/** WeChat-only settings: the binding of this WeChat account and the notifications it may receive. */
export function WechatAccount() {
  const { data: binding } = useLoad(api.wechatBinding);
  const [message, setMessage] = useState('');

  const subscribe = async () => {
    if (TEMPLATE_IDS.length === 0) {
      setMessage('管理员尚未配置通知模板');
      return;
    }
    let answers: Record<string, string>;
    try {
      const result = await Taro.requestSubscribeMessage({ tmplIds: TEMPLATE_IDS, entityIds: [] });
      answers = result as unknown as Record<string, string>;
    } catch {
      setMessage('微信未能打开订阅窗口，请稍后重试');
      return;
    }
    const accepted = TEMPLATE_IDS.filter((id) => answers[id] === 'accept');
    if (accepted.length === 0) {
      setMessage('未订阅通知，提醒仍会出现在「消息」中');
      return;
    }
    try {
      // Each accept allows one message: the server counts them and spends one per reminder it sends.
      const recorded = await Promise.all(accepted.map((id) => api.addWechatSubscriptions(id, 1)));
      const remaining = Math.max(...recorded.map((result) => result.remaining));
      setMessage(`已订阅，可再接收 ${remaining} 条微信提醒`);
    } catch (caught) {
      setMessage(`订阅未能记录：${errorMessage(caught)}`);
    }
  };

  const unbind = async () => {
    const { confirm } = await Taro.showModal({
      title: '解除绑定？',
      content: '解除后此微信不能再登录该账号，需管理员重新发放绑定码',
    });
    if (!confirm) return;
    try {
      await api.wechatUnbind();
      signOut();
      void Taro.reLaunch({ url: '/pages/login/index' });
    } catch (caught) {
      setMessage(errorMessage(caught));
    }
  };

  return (
    <View className="mine__card">
      <Text className="mine__line">微信绑定：{binding ? (binding.isBound ? '已绑定' : '未绑定') : '…'}</Text>
      <ActionButton variant="plain" onClick={subscribe}>
        订阅审批通知
      </ActionButton>
      {binding?.isBound && (
        <ActionButton variant="danger" onClick={unbind}>
          解除微信绑定
        </ActionButton>
      )}
      {message && <Text className="mine__message">{message}</Text>}
    </View>
  );
}
