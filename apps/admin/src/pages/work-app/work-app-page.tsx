import { useEffect, useState } from 'react';
import type { ApiSchemas } from '@nianbao/api-client';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';
import { ListImportControls } from '../../features/user-import/list-import-controls';
import { WorkAppBindingForm } from './work-app-binding-form';

type Config = ApiSchemas['WorkAppConfigOutput'];
type ConfigInput = ApiSchemas['WorkAppConfigInput'];

const LEVEL_OPTIONS = [
  { value: 'unit', label: '单位负责人' },
  { value: 'district', label: '区政务公开办（审核员、分管领导）' },
  { value: 'city', label: '市政务公开办（审核员、分管领导）' },
];

/** 企业微信 / 政务微信 of the administrator's city: the app's ids, its secrets (write-only) and who gets cards. */
export default function WorkAppPage() {
  const orgs = useApiQuery(() => unwrap(api.GET('/api/orgs')), []);
  const cities = (orgs.data ?? []).filter((org) => org.type === 'city');
  const [cityId, setCityId] = useState<number>();
  useEffect(() => {
    if (cityId === undefined && cities.length > 0) setCityId(cities[0].id);
  }, [cities, cityId]);
  const config = useApiQuery(
    () =>
      cityId === undefined
        ? Promise.resolve(undefined)
        : unwrap(api.GET('/api/orgs/{id}/work-app-config', { params: { path: { id: cityId } } })),
    [cityId],
  );

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={3}>企业微信 / 政务微信</Typography.Title>
      <Typography.Paragraph type="secondary">
        领导在企业微信或政务微信中收到审批卡片，点“同意”即完成审核；“退回”在应用内的网页中填写意见。催报和状态通知也经应用发送给已绑定的账号。
      </Typography.Paragraph>
      {cities.length > 1 && (
        <Select
          style={{ width: 240 }}
          value={cityId}
          onChange={setCityId}
          options={cities.map((city) => ({ value: city.id, label: city.name }))}
        />
      )}
      <QueryState query={config}>
        {(data) => data && <ConfigForm key={data.version ?? 0} config={data} onSaved={config.reload} />}
      </QueryState>
      {config.data?.isConfigured && (
        <>
          <WorkAppBindingForm />
          <Card title="批量绑定">
            <Typography.Paragraph type="secondary">
              从企业微信/政务微信管理后台“通讯录”导出成员，把每人的“账号”（UserID）与本平台用户名填入模板后上传。任何一行有误时整份不导入。
            </Typography.Paragraph>
            <ListImportControls kind="work-app-bindings" onImported={() => undefined} />
          </Card>
        </>
      )}
    </Space>
  );
}

function ConfigForm({ config, onSaved }: { config: Config; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ConfigInput>();
  const [isSaving, setIsSaving] = useState(false);
  const origin = window.location.origin;

  const save = async (values: ConfigInput) => {
    setIsSaving(true);
    try {
      await unwrap(
        api.PUT('/api/orgs/{id}/work-app-config', {
          params: { path: { id: config.orgId } },
          body: { ...values, version: config.version ?? undefined },
        }),
      );
      message.success('已保存，密钥已加密保存');
      onSaved();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  const secretHint = (isSet: boolean) => (isSet ? '已设置，留空则不修改' : '必填');

  return (
    <Card title="应用配置">
      {config.callbackPath && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          message="在应用管理后台填写"
          description={
            <>
              <div>
                接收消息 URL：<Typography.Text copyable>{`${origin}${config.callbackPath}`}</Typography.Text>
              </div>
              <div>
                应用主页：<Typography.Text copyable>{config.homeUrl}</Typography.Text>
              </div>
            </>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...config, secret: '', callbackToken: '', encodingAesKey: '' }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="isEnabled" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="platform" label="平台">
          <Radio.Group
            options={[
              { value: 'wxwork', label: '企业微信' },
              { value: 'govwx', label: '政务微信' },
            ]}
          />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="corpId" label="企业 ID（CorpID）" rules={[{ required: true }]}>
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="agentId" label="应用 AgentId" rules={[{ required: true }]}>
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="secret" label="应用 Secret" extra={secretHint(config.hasSecret)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="callbackToken" label="接收消息 Token" extra={secretHint(config.hasCallbackToken)}>
            <Input.Password autoComplete="new-password" style={{ width: 260 }} />
          </Form.Item>
          <Form.Item
            name="encodingAesKey"
            label="EncodingAESKey"
            extra={secretHint(config.hasEncodingAesKey)}
          >
            <Input.Password autoComplete="new-password" style={{ width: 420 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="apiBaseUrl"
          label="接口地址"
          extra="企业微信为 https://qyapi.weixin.qq.com；政务微信填本地部署提供的接口域名"
          rules={[{ required: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="oauthBaseUrl" label="网页授权地址" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="h5Url"
          label="本系统 H5 地址"
          extra={`应用内打开的页面，如 ${origin}/m/（须为应用的可信域名）`}
          rules={[{ required: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="levels" label="发送审批卡片的层级">
          <Checkbox.Group options={LEVEL_OPTIONS} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          保存
        </Button>
      </Form>
    </Card>
  );
}
