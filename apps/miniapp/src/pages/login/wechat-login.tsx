import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { api } from '../../services/api';
import type { TokenPair, WechatLoginResult } from '../../services/api';
import { errorMessage } from '../../services/request-error';

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
  const [bindingCode, setBindingCode] = useState('');
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
  const bind = () => {
    if (!bindingCode.trim()) {
      setError('请输入管理员发给您的绑定码');
      return;
    }
    void run(async () => api.wechatBind(await wechatCode(), bindingCode.trim()));
  };

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
    <View className="login__form">
      <Text className="login__hint">此微信尚未绑定账号。请输入管理员在管理后台为您生成的一次性绑定码。</Text>
      <Input
        className="login__input"
        placeholder="绑定码"
        value={bindingCode}
        onInput={(event) => setBindingCode(event.detail.value)}
      />
      {error && <Text className="login__error">{error}</Text>}
      <ActionButton className="login__button" isBusy={isBusy} onClick={bind}>
        绑定并登录
      </ActionButton>
    </View>
  );
}
