import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TokenPair } from '../../services/api';
import { signIn } from '../../services/current-user';
import { PasswordLogin } from './password-login';
import { WechatLogin } from './wechat-login';
import './index.scss';

function enterApp(tokens: TokenPair) {
  signIn(tokens);
  void Taro.switchTab({ url: '/pages/todo/index' });
}

/** In WeChat the user signs in with their WeChat account (bound once); in a browser with username and password. */
export default function LoginPage() {
  return (
    <View className="login">
      <Text className="login__title">政府信息公开工作年度报告</Text>
      <Text className="login__subtitle">审批与进度</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <WechatLogin onSignedIn={enterApp} />
      ) : (
        <PasswordLogin onSignedIn={enterApp} />
      )}
    </View>
  );
}
