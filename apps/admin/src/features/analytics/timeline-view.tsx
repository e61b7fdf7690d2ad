import { Col, Descriptions, Row } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { Campaign } from '../../components/campaign-picker';
import { ChartCard } from '../charts/chart-card';
import type { AnalyticsFilters } from './analytics-filters';
import { FilterBar } from './filter-bar';
import { burnDownChart, deadlineDay, returnsChart } from './timeline-charts';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];

interface TimelineViewProps {
  campaign: Campaign;
  tree: readonly OrgNode[];
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
}

/** 填报进度: how one campaign went in the scope — submissions and approvals per day against the deadline. */
export function TimelineView({ campaign, tree, filters, onChange }: TimelineViewProps) {
  const timeline = useApiQuery(
    () =>
      unwrap(
        api.GET('/api/analytics/timeline', {
          params: { query: { campaign: campaign.id, ...(filters.org ? { org: filters.org } : {}) } },
        }),
      ),
    [campaign.id, filters.org],
  );
  const data = timeline.data;
  const error = timeline.error ? errorMessage(timeline.error) : undefined;
  const last = data?.days[data.days.length - 1];
  return (
    <>
      <FilterBar
        tree={tree}
        filters={filters}
        onChange={onChange}
        scopeOrgId={data?.orgId}
        scopeOfParentsOnly
      />
      {data && (
        <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="应报">{data.totalReports} 份</Descriptions.Item>
          <Descriptions.Item label="截止日">{deadlineDay(data.deadline)}</Descriptions.Item>
          <Descriptions.Item label="已提交">{last?.cumulativeSubmitted ?? 0} 份</Descriptions.Item>
          <Descriptions.Item label="已审核通过">{last?.cumulativeApproved ?? 0} 份</Descriptions.Item>
        </Descriptions>
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <ChartCard
            title={`${campaign.name}：逐日提交与审核通过（燃尽）`}
            kind="line"
            data={data && burnDownChart(data)}
            isLoading={timeline.isLoading}
            error={error}
            emptyText="还没有单位提交"
          />
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard
            title={`${campaign.name}：各审核环节退回次数`}
            kind="bar"
            data={data && returnsChart(data)}
            isLoading={timeline.isLoading}
            error={error}
            emptyText="没有报告被退回"
          />
        </Col>
      </Row>
    </>
  );
}
