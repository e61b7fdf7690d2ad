import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { RequestError } from '../services/request-error';

export interface LoadState<T> {
  data: T | null;
  error: RequestError | null;
  isLoading: boolean;
  reload: () => Promise<void>;
}

/** Loads a page's data each time the page is shown; the latest call wins when shows overlap. */
export function useLoad<T>(load: () => Promise<T>): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<RequestError | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const latestCall = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const call = ++latestCall.current;
    setIsLoading(true);
    try {
      const result = await loadRef.current();
      if (call !== latestCall.current) return;
      setData(result);
      setError(null);
    } catch (caught) {
      if (call !== latestCall.current) return;
      setError(caught instanceof RequestError ? caught : new RequestError('http', '加载失败，请稍后重试'));
    } finally {
      if (call === latestCall.current) setIsLoading(false);
    }
  }, []);

  useDidShow(() => {
    void reload();
  });

  return { data, error, isLoading, reload };
}
