import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { api } from '../../services/api';
import type { TokenPair } from '../../services/api';
import { errorMessage } from '../../services/request-error';

export function PasswordLogin({ onSignedIn }: { onSignedIn: (tokens: TokenPair) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const submit = async () => {
    if (isBusy) return;
    if (!username.trim() || !password) {
      setError('请输入用户名和密码');
      return;
    }
    setIsBusy(true);
    setError('');
    try {
      onSignedIn(await api.login(username.trim(), password));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <View className="login__form">
      <Input
        className="login__input"
        placeholder="用户名"
        value={username}
        onInput={(event) => setUsername(event.detail.value)}
      />
      <Input
        className="login__input"
        placeholder="密码"
        password
        value={password}
        onInput={(event) => setPassword(event.detail.value)}
        onConfirm={submit}
      />
      {error && <Text className="login__error">{error}</Text>}
      <ActionButton className="login__button" isBusy={isBusy} onClick={submit}>
        登录
      </ActionButton>
    </View>
  );
}
