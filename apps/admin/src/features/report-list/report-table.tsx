import { Table, Tag } from 'antd';
import type { TableRowSelection } from 'antd/es/table/interface';
import type { ApiSchemas } from '@nianbao/api-client';
import { Link } from 'react-router-dom';

export type ReportListItem = ApiSchemas['ReportListItemOutput'];

const STATUS_COLOR: Partial<Record<ReportListItem['state'], string>> = {
  draft: 'default',
  approved: 'success',
};

/** Reports of a campaign: org, status (returned and overdue stand out), last comment, and a link to open it. */
export function ReportTable({
  reports,
  emptyText,
  rowSelection,
}: {
  reports: ReportListItem[];
  emptyText: string;
  rowSelection?: TableRowSelection<ReportListItem>;
}) {
  return (
    <Table<ReportListItem>
      rowKey="id"
      rowSelection={rowSelection}
      size="middle"
      dataSource={reports}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText }}
      columns={[
        {
          title: '填报单位',
          dataIndex: 'orgName',
          render: (name: string, report) => <Link to={`/reports/${report.id}`}>{name}</Link>,
        },
        {
          title: '状态',
          dataIndex: 'statusLabel',
          render: (label: string, report) => (
            <>
              <Tag
                color={
                  report.lastAction === 'return' && report.state === 'draft'
                    ? 'error'
                    : (STATUS_COLOR[report.state] ?? 'processing')
                }
              >
                {label}
              </Tag>
              {report.isOverdue && <Tag color="warning">逾期</Tag>}
            </>
          ),
        },
        {
          title: '最近意见',
          dataIndex: 'lastComment',
          ellipsis: true,
          render: (comment: string | null) => comment ?? '—',
        },
        {
          title: '更新时间',
          dataIndex: 'updatedAt',
          width: 180,
          render: (at: string) => new Date(at).toLocaleString('zh-CN'),
        },
        { title: '操作', width: 90, render: (_, report) => <Link to={`/reports/${report.id}`}>打开</Link> },
      ]}
    />
  );
}
