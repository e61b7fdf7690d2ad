import { Button, Text, View } from '@tarojs/components';
import type { RequestError } from '../services/request-error';
import './load-state.scss';

interface LoadStateViewProps {
  isLoading: boolean;
  error: RequestError | null;
  onRetry: () => void;
}

const FAILURE_TITLES = {
  offline: '网络未连接',
  timeout: '请求超时',
  unreachable: '连接不上服务器',
  session: '需要重新登录',
  http: '加载失败',
} as const;

/** What a page shows before its data is there: a loading line, or the failure in Chinese with a retry button. */
export function LoadStateView({ isLoading, error, onRetry }: LoadStateViewProps) {
  if (error) {
    return (
      <View className="load-state load-state--error">
        <Text className="load-state__title">{FAILURE_TITLES[error.failure]}</Text>
        <Text className="load-state__message">{error.message}</Text>
        {error.failure !== 'session' && (
          <Button className="load-state__retry" size="mini" onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    );
  }
  return isLoading ? <View className="load-state">加载中…</View> : null;
}
