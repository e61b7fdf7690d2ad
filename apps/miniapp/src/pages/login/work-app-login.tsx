import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../components/action-button';
import { api } from '../../services/api';
import type { TokenPair } from '../../services/api';
import { retryWorkAppSignIn } from '../../services/work-app-sign-in';
import type { WorkAppSignInState } from '../../services/work-app-sign-in';
import { BindingCodeForm } from './binding-code-form';

interface WorkAppLoginProps {
  state: WorkAppSignInState;
  onSignedIn: (tokens: TokenPair) => void;
}

/**
 * After the work app's OAuth: an account not yet bound enters the administrator's one-time binding code once; a
 * sign-in that failed (an expired code, the work app unreachable) says why and offers to go through OAuth again.
 */
export function WorkAppLogin({ state, onSignedIn }: WorkAppLoginProps) {
  if (state.kind === 'failed') {
    return (
      <View className="login__form">
        <Text className="login__error">企业微信/政务微信登录未成功：{state.message}</Text>
        <ActionButton className="login__button" onClick={() => void retryWorkAppSignIn(state.retryUrl)}>
          重新登录
        </ActionButton>
      </View>
    );
  }
  return (
    <BindingCodeForm
      hint="此企业微信/政务微信账号尚未绑定本平台账号。请输入管理员在管理后台为您生成的一次性绑定码，绑定后再打开无需登录。"
      onBind={async (bindingCode) => {
        const result = await api.workAppBind(state.bindingTicket, bindingCode);
        if (result.tokens) onSignedIn(result.tokens);
      }}
    />
  );
}
