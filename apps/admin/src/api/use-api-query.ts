import { useCallback, useEffect, useState } from 'react';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

/** Loads data when the page opens (and when `deps` change); errors are kept to be shown, never thrown. */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiQuery<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; isLoading: boolean }>({ isLoading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    setState((current) => ({ ...current, isLoading: true, error: undefined }));
    load().then(
      (data) => isCurrent && setState({ data, isLoading: false }),
      (error: unknown) => isCurrent && setState({ error, isLoading: false }),
    );
    return () => {
      isCurrent = false;
    };
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { data: state.data, error: state.error, isLoading: state.isLoading, reload };
}
