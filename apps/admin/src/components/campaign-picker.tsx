import { Select, Space, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/api';
import { useApiQuery } from '../api/use-api-query';
import { QueryState } from './query-state';

export type Campaign = ApiSchemas['CampaignOutput'];

/** The newest campaign first; the choice lives in the address (`?campaign=`) so it survives a reload. */
export function CampaignScope({ children }: { children: (campaign: Campaign) => React.ReactNode }) {
  const campaigns = useApiQuery(() => unwrap(api.GET('/api/campaigns')), []);
  const [params, setParams] = useSearchParams();
  return (
    <QueryState query={campaigns} emptyText="还没有填报任务（年报批次）">
      {(list) => {
        const sorted = [...list].sort((a, b) => b.reportYear - a.reportYear || b.id - a.id);
        const chosen = sorted.find((campaign) => String(campaign.id) === params.get('campaign')) ?? sorted[0];
        return (
          <>
            <Space style={{ marginBottom: 12 }}>
              <Typography.Text>年报批次</Typography.Text>
              <Select
                aria-label="年报批次"
                style={{ width: 360 }}
                value={chosen.id}
                options={sorted.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
                onChange={(id) =>
                  setParams((current) => ({ ...Object.fromEntries(current), campaign: String(id) }))
                }
              />
              <Typography.Text type="secondary">
                截止 {new Date(chosen.deadline).toLocaleDateString('zh-CN')}
              </Typography.Text>
            </Space>
            {children(chosen)}
          </>
        );
      }}
    </QueryState>
  );
}
