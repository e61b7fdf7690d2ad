import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';

/**
 * Binds a user to their work-app account (the 账号 / UserID of the address book). Users may also bind themselves
 * in the app with the one-time code of 机构与用户 → 微信绑定码.
 */
export function WorkAppBindingForm() {
  const { message } = App.useApp();
  const users = useApiQuery(() => unwrap(api.GET('/api/users')), []);
  const [userId, setUserId] = useState<number>();
  const [workUserId, setWorkUserId] = useState('');
  const [isSaving, setIsSaving] = useState(false);

  const bind = async () => {
    if (userId === undefined) return;
    setIsSaving(true);
    try {
      await unwrap(
        api.PUT('/api/users/{id}/work-app-binding', {
          params: { path: { id: userId } },
          body: { workUserId: workUserId.trim() },
        }),
      );
      message.success('已绑定');
      setWorkUserId('');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Card title="账号绑定">
      <Typography.Paragraph type="secondary">
        选择本系统账号，填写其在企业微信/政务微信通讯录中的“账号”。也可以发放一次性绑定码，由本人在应用中自助绑定。
      </Typography.Paragraph>
      <Form layout="inline" onFinish={() => void bind()}>
        <Space wrap>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="本系统账号"
            style={{ width: 240 }}
            value={userId}
            onChange={setUserId}
            options={(users.data ?? []).map((user) => ({
              value: user.id,
              label: `${user.displayName}（${user.username}）`,
            }))}
          />
          <Input
            placeholder="企业微信/政务微信账号"
            style={{ width: 220 }}
            value={workUserId}
            onChange={(event) => setWorkUserId(event.target.value)}
          />
          <Button htmlType="submit" disabled={userId === undefined || !workUserId.trim()} loading={isSaving}>
            绑定
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
