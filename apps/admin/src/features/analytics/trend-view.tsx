import { Alert, Col, Radio, Row, Space, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { ChartCard } from '../charts/chart-card';
import type { AnalyticsFilters } from './analytics-filters';
import { findOrg } from '../../components/org-scope-options';
import { FilterBar } from './filter-bar';
import { formatNote, TREND_CHARTS, trendChartData } from './trend-charts';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];

interface TrendViewProps {
  tree: readonly OrgNode[];
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
}

/** 历年趋势: the jurisdiction's totals (as its 汇总 counts them) or one org's own reports, year by year. */
export function TrendView({ tree, filters, onChange }: TrendViewProps) {
  const trend = useApiQuery(
    () =>
      unwrap(
        api.GET('/api/analytics/trend', {
          params: { query: { of: filters.of, ...(filters.org ? { org: filters.org } : {}) } },
        }),
      ),
    [filters.org, filters.of],
  );
  const scope = findOrg(tree, filters.org ?? trend.data?.orgId);
  const hasJurisdiction = (scope?.children ?? []).length > 0;
  const of = hasJurisdiction ? filters.of : 'org';
  const scopeName = trend.data?.orgName ?? scope?.name ?? '';
  const subject = of === 'jurisdiction' ? `${scopeName}辖区合计` : `${scopeName}本级`;
  const note = trend.data && formatNote(trend.data);
  const years = trend.data?.years ?? [];
  const span = years.length > 0 ? `（${years[0].year}–${years[years.length - 1].year}年）` : '';

  return (
    <>
      <Space wrap>
        <FilterBar tree={tree} filters={filters} onChange={onChange} scopeOrgId={trend.data?.orgId} />
        <Radio.Group
          className="no-print"
          style={{ marginBottom: 12 }}
          value={of}
          onChange={(event) => onChange({ of: event.target.value as 'jurisdiction' | 'org' })}
          options={[
            { value: 'jurisdiction', label: '辖区合计（与汇总同口径）', disabled: !hasJurisdiction },
            { value: 'org', label: '本级报告' },
          ]}
          optionType="button"
        />
      </Space>
      {trend.data && (
        <Typography.Paragraph type="secondary">
          {subject}：只计审核通过的报告；
          {years.map((year) => `${year.year}年 ${year.reportCount} 份`).join('，') || '暂无已通过的报告'}。
        </Typography.Paragraph>
      )}
      {note && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={note} />}
      <Row gutter={[12, 12]}>
        {TREND_CHARTS.map((chart) => (
          <Col key={chart.title} xs={24} xl={12}>
            <ChartCard
              title={`${subject}：${chart.title}${span}`}
              kind={chart.kind}
              data={trend.data && trendChartData(trend.data, chart)}
              isLoading={trend.isLoading}
              error={trend.error ? errorMessage(trend.error) : undefined}
              emptyText="这些年度没有报告填写此项"
            />
          </Col>
        ))}
      </Row>
    </>
  );
}
