import type { ReactNode } from 'react';
import { Button, Empty, Result, Spin } from 'antd';
import type { ApiQuery } from '../api/use-api-query';
import { errorMessage } from '../api/api';

interface QueryStateProps<T> {
  query: ApiQuery<T>;
  /** What to say when the data is an empty list. */
  emptyText?: string;
  children: (data: T) => ReactNode;
}

/** Loading, a Chinese error with a retry button, an empty state, or the page itself: never a blank screen. */
export function QueryState<T>({ query, emptyText, children }: QueryStateProps<T>) {
  if (query.error) {
    return (
      <Result
        status="warning"
        title="加载失败"
        subTitle={errorMessage(query.error)}
        extra={
          <Button type="primary" onClick={query.reload}>
            重试
          </Button>
        }
      />
    );
  }
  if (query.data === undefined) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin description="加载中…" />
      </div>
    );
  }
  if (emptyText && Array.isArray(query.data) && query.data.length === 0)
    return <Empty description={emptyText} />;
  return <>{children(query.data)}</>;
}
