import { useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { getFormat, isFormatId } from '@nianbao/rules';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { Campaign } from '../../components/campaign-picker';
import { QueryState } from '../../components/query-state';
import { CampaignForm } from './campaign-form';

/** The campaigns (年报批次) of the 政务公开办: one per report year, with the deadline and who reports. */
export default function CampaignsPage() {
  const campaigns = useApiQuery(() => unwrap(api.GET('/api/campaigns')), []);
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          年报批次
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          新建年报批次
        </Button>
      </Space>
      <QueryState query={campaigns}>
        {(list) => (
          <Table<Campaign>
            rowKey="id"
            size="middle"
            dataSource={[...list].sort((a, b) => b.reportYear - a.reportYear || b.id - a.id)}
            locale={{ emptyText: '还没有年报批次，点击“新建年报批次”开始' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '名称', dataIndex: 'name' },
              { title: '报告年度', dataIndex: 'reportYear', width: 100 },
              {
                title: '表格格式',
                dataIndex: 'formatId',
                width: 200,
                render: (id: string) => (isFormatId(id) ? getFormat(id).name : id),
              },
              {
                title: '截止日期',
                dataIndex: 'deadline',
                width: 130,
                render: (at: string) => new Date(at).toLocaleDateString('zh-CN'),
              },
              {
                title: '操作',
                width: 160,
                render: (_, campaign) => (
                  <Space>
                    <Link to={`/progress?campaign=${campaign.id}`}>进度</Link>
                    <Link to={`/summary?campaign=${campaign.id}`}>汇总</Link>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {isCreating && (
        <CampaignForm
          onClose={() => setIsCreating(false)}
          onCreated={() => {
            setIsCreating(false);
            campaigns.reload();
          }}
        />
      )}
    </>
  );
}
