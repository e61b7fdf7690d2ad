import { useState } from 'react';
import { Segmented, Typography } from 'antd';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { Campaign } from '../../components/campaign-picker';
import { CampaignScope } from '../../components/campaign-picker';
import { QueryState } from '../../components/query-state';
import type { ReportListItem } from '../../features/report-list/report-table';
import { ReportTable } from '../../features/report-list/report-table';
import { BatchApproveBar } from './batch-approve-bar';

const FILTERS = {
  waiting: { label: '待审核', matches: (report: ReportListItem) => report.state.startsWith('pending_') },
  returned: {
    label: '已退回',
    matches: (report: ReportListItem) => report.state === 'draft' && report.lastAction === 'return',
  },
  overdue: { label: '逾期', matches: (report: ReportListItem) => report.isOverdue },
  all: { label: '全部', matches: () => true },
} as const;

type FilterKey = keyof typeof FILTERS;

function Queue({ campaign }: { campaign: Campaign }) {
  const [filter, setFilter] = useState<FilterKey>('waiting');
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const reports = useApiQuery(
    () => unwrap(api.GET('/api/campaigns/{id}/reports', { params: { path: { id: campaign.id } } })),
    [campaign.id],
  );
  return (
    <QueryState query={reports}>
      {(list) => (
        <>
          <Segmented<FilterKey>
            style={{ marginBottom: 12 }}
            value={filter}
            onChange={setFilter}
            options={(Object.keys(FILTERS) as FilterKey[]).map((key) => ({
              value: key,
              label: `${FILTERS[key].label}（${list.filter(FILTERS[key].matches).length}）`,
            }))}
          />
          {filter === 'waiting' && (
            <BatchApproveBar
              selected={list.filter((report) => selectedIds.includes(report.id))}
              onDone={() => {
                setSelectedIds([]);
                reports.reload();
              }}
            />
          )}
          <ReportTable
            reports={list.filter(FILTERS[filter].matches)}
            emptyText={`没有${FILTERS[filter].label}的报告`}
            rowSelection={
              filter === 'waiting'
                ? {
                    selectedRowKeys: selectedIds,
                    onChange: (keys) => setSelectedIds(keys.map(Number)),
                    getTitleCheckboxProps: () => ({ 'aria-label': '全选' }),
                  }
                : undefined
            }
          />
        </>
      )}
    </QueryState>
  );
}

export default function ReviewQueuePage() {
  return (
    <>
      <Typography.Title level={4}>审核</Typography.Title>
      <CampaignScope>{(campaign) => <Queue key={campaign.id} campaign={campaign} />}</CampaignScope>
    </>
  );
}
