import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Popconfirm, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ApiSchemas } from '@nianbao/api-client';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';

type Publication = ApiSchemas['PublicationOutput'];

interface PublicationFormValues {
  publishedAt: Dayjs;
  url: string;
}

function PublicationStatus({ publication }: { publication: Publication }) {
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
      <Descriptions.Item label="法定发布期限">{publication.statutoryDeadline}</Descriptions.Item>
      {publication.isPublished && (
        <>
          <Descriptions.Item label="发布日期">
            {publication.publishedAt}{' '}
            {publication.isOnTime ? <Tag color="success">按时发布</Tag> : <Tag color="error">逾期发布</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="发布网址">
            <a href={publication.url ?? undefined} target="_blank" rel="noreferrer">
              {publication.url}
            </a>
          </Descriptions.Item>
          {publication.publicUrl && (
            <Descriptions.Item label="年报专栏网址">
              <a href={publication.publicUrl} target="_blank" rel="noreferrer" data-testid="public-url">
                {new URL(publication.publicUrl, window.location.origin).href}
              </a>
            </Descriptions.Item>
          )}
        </>
      )}
    </Descriptions>
  );
}

/** After final approval: where and when the unit published the report (登记发布), against the statutory deadline. */
export function PublicationPanel({ reportId }: { reportId: number }) {
  const { message } = App.useApp();
  const [saved, setSaved] = useState<Publication>();
  const [isSaving, setSaving] = useState(false);
  const query = useApiQuery(
    () => unwrap(api.GET('/api/reports/{id}/publication', { params: { path: { id: reportId } } })),
    [reportId],
  );

  const record = async ({ publishedAt, url }: PublicationFormValues) => {
    setSaving(true);
    try {
      const result = await unwrap(
        api.PUT('/api/reports/{id}/publication', {
          params: { path: { id: reportId } },
          body: { publishedAt: publishedAt.format('YYYY-MM-DD'), url: url.trim() },
        }),
      );
      setSaved(result);
      message.success(result.isOnTime ? '已登记发布（按时）' : '已登记发布（已超过法定期限）');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const withdraw = async () => {
    setSaving(true);
    try {
      setSaved(
        await unwrap(api.DELETE('/api/reports/{id}/publication', { params: { path: { id: reportId } } })),
      );
      message.success('已撤下，年报专栏中该报告的网址不再提供内容');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title="登记发布"
      style={{ marginBottom: 12, maxWidth: 720 }}
      data-testid="publication-panel"
    >
      <QueryState query={query}>
        {(loaded) => {
          const publication = saved ?? loaded;
          return (
            <>
              <PublicationStatus publication={publication} />
              {publication.canRecord ? (
                <Form<PublicationFormValues>
                  layout="inline"
                  onFinish={(values) => void record(values)}
                  initialValues={{
                    publishedAt: publication.publishedAt ? dayjs(publication.publishedAt) : undefined,
                    url: publication.url ?? '',
                  }}
                >
                  <Form.Item
                    name="publishedAt"
                    label="发布日期"
                    rules={[{ required: true, message: '请选择发布日期' }]}
                  >
                    <DatePicker aria-label="发布日期" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
                  </Form.Item>
                  <Form.Item
                    name="url"
                    label="发布网址"
                    rules={[
                      { required: true, message: '请填写发布网址' },
                      { pattern: /^https?:\/\/\S+$/, message: '网址应以 http:// 或 https:// 开头' },
                    ]}
                  >
                    <Input aria-label="发布网址" style={{ width: 320 }} placeholder="https://" />
                  </Form.Item>
                  <Form.Item>
                    <Button type="primary" htmlType="submit" loading={isSaving}>
                      {publication.isPublished ? '更正发布信息' : '登记发布'}
                    </Button>
                  </Form.Item>
                  {publication.isPublished && (
                    <Form.Item>
                      <Popconfirm
                        title="撤下后，年报专栏中该报告的网址将提示“已撤下”。确定撤下吗？"
                        okText="撤下"
                        cancelText="取消"
                        onConfirm={() => void withdraw()}
                      >
                        <Button danger loading={isSaving}>
                          撤下
                        </Button>
                      </Popconfirm>
                    </Form.Item>
                  )}
                </Form>
              ) : (
                !publication.isPublished && (
                  <Alert type="info" showIcon title="报告已终审通过，待本单位登记发布日期和网址。" />
                )
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
