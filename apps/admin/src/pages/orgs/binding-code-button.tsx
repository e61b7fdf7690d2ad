import { useState } from 'react';
import { App, Button, Typography } from 'antd';
import { api, errorMessage, unwrap } from '../../api/api';

/** Issues a one-time code with which the user binds the mini-program's WeChat account; shown only once. */
export function BindingCodeButton({ userId, displayName }: { userId: number; displayName: string }) {
  const { modal, message } = App.useApp();
  const [isIssuing, setIsIssuing] = useState(false);

  const issue = async () => {
    setIsIssuing(true);
    try {
      const issued = await unwrap(
        api.POST('/api/users/{id}/wechat-binding-code', { params: { path: { id: userId } } }),
      );
      modal.success({
        title: `${displayName}的微信绑定码`,
        okText: '已转告',
        content: (
          <>
            <Typography.Title level={2} copyable data-testid="binding-code" style={{ letterSpacing: 4 }}>
              {issued.bindingCode}
            </Typography.Title>
            <Typography.Paragraph>
              请本人在小程序中用此码绑定微信，{new Date(issued.expiresAt).toLocaleString('zh-CN')}{' '}
              前有效，只能使用一次。关闭后不再显示；再次发放会使旧码失效。
            </Typography.Paragraph>
          </>
        ),
      });
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsIssuing(false);
    }
  };

  return (
    <Button size="small" loading={isIssuing} onClick={() => void issue()}>
      微信绑定码
    </Button>
  );
}
