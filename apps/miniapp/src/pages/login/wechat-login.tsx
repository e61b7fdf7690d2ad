import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { api } from '../../services/api';
import type { TokenPair, WechatLoginResult } from '../../services/api';
import { errorMessage } from '../../services/request-error';
import { BindingCodeForm } from './binding-code-form';

/** A fresh one-time code for every call: WeChat codes are valid once, for five minutes. */
async function wechatCode(): Promise<string> {
  const { code } = await Taro.login();
  return code;
}

/**
 * WeChat login: the API exchanges the code with WeChat (the session key stays on the server). An account not yet
 * bound asks for the one-time binding code the administrator issued.
 */
export function WechatLogin({ onSignedIn }: { onSignedIn: (tokens: TokenPair) => void }) {
  const [needsBinding, setNeedsBinding] = useState(false);
  const [error, setError] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const run = async (call: () => Promise<WechatLoginResult>) => {
    if (isBusy) return;
    setIsBusy(true);
    setError('');
    try {
      const result = await call();
      if (result.tokens) onSignedIn(result.tokens);
      else setNeedsBinding(result.needsBinding);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsBusy(false);
    }
  };

  const login = () => run(async () => api.wechatLogin(await wechatCode()));

  if (!needsBinding) {
    return (
      <View className="login__form">
        {error && <Text className="login__error">{error}</Text>}
        <ActionButton className="login__button" isBusy={isBusy} onClick={login}>
          微信登录
        </ActionButton>
      </View>
    );
  }
  return (
    <BindingCodeForm
      hint="此微信尚未绑定账号。请输入管理员在管理后台为您生成的一次性绑定码。"
      onBind={async (bindingCode) => {
        const result = await api.wechatBind(await wechatCode(), bindingCode);
        if (result.tokens) onSignedIn(result.tokens);
      }}
    />
  );
}
