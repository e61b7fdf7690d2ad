import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

/** Shown instead of a blank page when a page fails to load or crashes. */
export function RouteError() {
  const error = useRouteError();
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Result
      status={isNotFound ? '404' : 'error'}
      title={isNotFound ? '页面不存在' : '页面出错了'}
      subTitle={
        isNotFound ? '请检查地址，或从左侧菜单进入。' : '可能是网络中断或系统已更新，请刷新页面后重试。'
      }
      extra={
        <Button type="primary" onClick={() => window.location.assign('/')}>
          返回首页
        </Button>
      }
    />
  );
}
