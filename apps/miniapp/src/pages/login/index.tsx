import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TokenPair } from '../../services/api';
import { signIn } from '../../services/current-user';
import { HOME_ROUTE } from '../../services/work-app-entry';
import { clearWorkAppSignInState, workAppSignInState } from '../../services/work-app-sign-in';
import { PasswordLogin } from './password-login';
import { WechatLogin } from './wechat-login';
import { WorkAppLogin } from './work-app-login';
import './index.scss';

/**
 * In WeChat the user signs in with their WeChat account (bound once); inside 企业微信/政务微信 through the work app
 * (bound once), landing on the page the card opened; in a browser with username and password.
 */
export default function LoginPage() {
  const [workApp] = useState(() => (process.env.TARO_ENV === 'h5' ? workAppSignInState() : null));

  const enterApp = (tokens: TokenPair) => {
    signIn(tokens);
    clearWorkAppSignInState();
    const route = workApp?.kind === 'needs-binding' ? workApp.route : '';
    void (route && route !== HOME_ROUTE && !route.startsWith('/pages/login')
      ? Taro.reLaunch({ url: route })
      : Taro.switchTab({ url: HOME_ROUTE }));
  };

  return (
    <View className="login">
      <Text className="login__title">政府信息公开工作年度报告</Text>
      <Text className="login__subtitle">审批与进度</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <WechatLogin onSignedIn={enterApp} />
      ) : workApp ? (
        <WorkAppLogin state={workApp} onSignedIn={enterApp} />
      ) : (
        <PasswordLogin onSignedIn={enterApp} />
      )}
    </View>
  );
}
