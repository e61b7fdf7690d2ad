import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../components/action-button';
import { errorMessage } from '../../services/request-error';

interface BindingCodeFormProps {
  hint: string;
  /** Binds with the code; a rejection's message is shown under the field. */
  onBind: (bindingCode: string) => Promise<void>;
}

/** The one-time binding code an administrator issued, entered once when an outside account is not yet bound. */
export function BindingCodeForm({ hint, onBind }: BindingCodeFormProps) {
  const [bindingCode, setBindingCode] = useState('');
  const [error, setError] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const bind = async () => {
    if (isBusy) return;
    if (!bindingCode.trim()) {
      setError('请输入管理员发给您的绑定码');
      return;
    }
    setIsBusy(true);
    setError('');
    try {
      await onBind(bindingCode.trim());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <View className="login__form">
      <Text className="login__hint">{hint}</Text>
      <Input
        className="login__input"
        placeholder="绑定码"
        value={bindingCode}
        onInput={(event) => setBindingCode(event.detail.value)}
      />
      {error && <Text className="login__error">{error}</Text>}
      <ActionButton className="login__button" isBusy={isBusy} onClick={() => void bind()}>
        绑定并登录
      </ActionButton>
    </View>
  );
}
