import { Table, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';

type Entry = ApiSchemas['AuditEntryOutput'];

export default function AuditPage() {
  const entries = useApiQuery(() => unwrap(api.GET('/api/audit', { params: { query: { limit: 200 } } })), []);
  return (
    <>
      <Typography.Title level={4}>审计日志</Typography.Title>
      <QueryState query={entries}>
        {(list) => (
          <Table<Entry>
            rowKey="id"
            size="small"
            dataSource={list}
            locale={{ emptyText: '暂无操作记录' }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              {
                title: '时间',
                dataIndex: 'at',
                width: 190,
                render: (at: string) => new Date(at).toLocaleString('zh-CN'),
              },
              { title: '用户', dataIndex: 'userId', width: 80 },
              { title: '操作', dataIndex: 'action', width: 200 },
              {
                title: '对象',
                width: 140,
                render: (_, entry) => `${entry.entityType} #${entry.entityId ?? ''}`,
              },
              {
                title: '详情',
                dataIndex: 'detail',
                ellipsis: true,
                render: (detail: unknown) => (detail ? JSON.stringify(detail) : '—'),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
