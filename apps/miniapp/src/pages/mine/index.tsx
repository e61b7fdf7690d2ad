import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { WORKFLOW } from '@nianbao/workflow';
import { ActionButton } from '../../components/action-button';
import { LoadStateView } from '../../components/load-state';
import { useLoad } from '../../hooks/use-load';
import { getMe, signOut } from '../../services/current-user';
import { WechatAccount } from './wechat-account';
import './index.scss';

export default function MinePage() {
  const { data: me, error, isLoading, reload } = useLoad(getMe);

  const logout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录？', content: '退出后需要重新登录' });
    if (!confirm) return;
    signOut();
    void Taro.reLaunch({ url: '/pages/login/index' });
  };

  if (!me) return <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />;
  return (
    <View className="mine">
      <View className="mine__card">
        <Text className="mine__name">{me.displayName}</Text>
        <Text className="mine__line">账号：{me.username}</Text>
        <Text className="mine__line">单位：{me.orgName}</Text>
        <Text className="mine__line">
          角色：{me.roles.map((role) => WORKFLOW.roles[role].label).join('、')}
        </Text>
      </View>
      {process.env.TARO_ENV === 'weapp' ? (
        <WechatAccount />
      ) : (
        <View className="mine__card">
          <Text className="mine__line">微信通知：网页版不可订阅</Text>
          <Text className="mine__message">
            订阅消息是微信小程序的功能，请在微信中打开「年报审批」小程序订阅；截止和待审核提醒也会出现在「消息」中。
          </Text>
        </View>
      )}
      <ActionButton variant="danger" onClick={logout}>
        退出登录
      </ActionButton>
    </View>
  );
}
