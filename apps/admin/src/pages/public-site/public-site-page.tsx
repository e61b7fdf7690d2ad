import { useState } from 'react';
import type { ApiSchemas } from '@nianbao/api-client';
import { WORKFLOW } from '@nianbao/workflow';
import { App, Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';

type Settings = ApiSchemas['PublicSiteSettingsOutput'];
type SettingsInput = ApiSchemas['PublicSiteSettingsInput'];

/** In the order the 专栏 lists them, named as the 专栏 names them. */
const LEVEL_OPTIONS: { value: SettingsInput['visibleOrgTypes'][number]; label: string }[] = (
  ['city', 'city_department', 'district', 'district_department', 'township'] as const
).map((value) => ({ value, label: WORKFLOW.orgTypes[value].publicLabel }));

/** 年报专栏 (/gk/): its title, footer (网站标识码, 备案) and which levels it lists; set by the city's 政务公开办. */
export default function PublicSitePage() {
  const { message } = App.useApp();
  const [isSaving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Settings>();
  const query = useApiQuery(() => unwrap(api.GET('/api/public-site/settings')), []);

  const save = async (values: SettingsInput) => {
    setSaving(true);
    try {
      setSaved(await unwrap(api.PUT('/api/public-site/settings', { body: values })));
      message.success('已保存，年报专栏约10秒内更新');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3}>年报专栏</Typography.Title>
      <QueryState query={query}>
        {(loaded) => {
          const settings = saved ?? loaded;
          const siteUrl = new URL(settings.siteUrl, window.location.origin).href;
          return (
            <Card size="small">
              <Typography.Paragraph>
                公众无需登录即可在专栏阅读、下载、比较和搜索已发布的年度报告：{' '}
                <a href={settings.siteUrl} target="_blank" rel="noreferrer" data-testid="public-site-url">
                  {siteUrl}
                </a>
              </Typography.Paragraph>
              <Form<SettingsInput>
                layout="vertical"
                initialValues={settings}
                onFinish={(values) => void save(values)}
              >
                <Form.Item
                  name="title"
                  label="专栏标题"
                  rules={[{ required: true, message: '请填写专栏标题' }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="organizer" label="主办单位">
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="siteCode" label="网站标识码">
                  <Input maxLength={32} />
                </Form.Item>
                <Form.Item name="icpRecord" label="ICP 备案号">
                  <Input maxLength={64} placeholder="如 浙ICP备00000000号" />
                </Form.Item>
                <Form.Item name="policeRecord" label="公安机关备案号">
                  <Input maxLength={64} placeholder="如 浙公网安备 33000002000001号" />
                </Form.Item>
                <Form.Item name="visibleOrgTypes" label="专栏列出的单位层级">
                  <Checkbox.Group options={LEVEL_OPTIONS} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={isSaving}>
                  保存
                </Button>
              </Form>
            </Card>
          );
        }}
      </QueryState>
    </Space>
  );
}
