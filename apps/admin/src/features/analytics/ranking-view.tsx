import { useMemo } from 'react';
import { Alert, Col, Row, Select, Table, Tag, Typography } from 'antd';
import type { ApiSchemas, paths } from '@nianbao/api-client';
import { formatCount, formatShare, REPORT_FIGURES, REPORT_SHARES } from '@nianbao/rules';
import { WORKFLOW } from '@nianbao/workflow';
import { Link, useNavigate } from 'react-router-dom';
import { api, errorMessage, unwrap } from '../../api/api';
import { QueryState } from '../../components/query-state';
import { ChartCard } from '../charts/chart-card';
import type { ChartData } from '../charts/chart-data';
import type { AnalyticsFilters } from './analytics-filters';
import { reportCellPath, useYearAcrossOrgs } from './analytics-filters';
import { FilterBar } from './filter-bar';
import { useYearsWithFigures } from './use-years';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];
type Ranking = ApiSchemas['RankingOutput'];
type OrgType = keyof typeof WORKFLOW.orgTypes;
type MeasureId = paths['/api/analytics/ranking']['get']['parameters']['query']['measure'];

/** Every figure and share the API ranks, named as the rules name them: counts first, then shares. */
const MEASURE_IDS = [...REPORT_FIGURES, ...REPORT_SHARES].map((measure) => measure.id) as MeasureId[];
const MEASURE_OPTIONS = [
  { label: '数量', options: REPORT_FIGURES.map((figure) => ({ value: figure.id, label: figure.name })) },
  { label: '占比', options: REPORT_SHARES.map((share) => ({ value: share.id, label: share.name })) },
];

const SHOWN_IN_RANKING = 20;

function rankingChart(ranking: Ranking): ChartData {
  const entries = ranking.entries.slice(0, SHOWN_IN_RANKING);
  return {
    categories: entries.map((entry) => entry.orgName),
    unit: ranking.measure.unit,
    series: [{ name: ranking.measure.name, values: entries.map((entry) => entry.value) }],
  };
}

function histogramChart(ranking: Ranking): ChartData {
  const format = ranking.measure.unit === '%' ? formatShare : formatCount;
  return {
    categories: ranking.histogram.map((bin) => `${format(bin.from)}–${format(bin.to)}`),
    unit: '个单位',
    series: [{ name: '单位数', values: ranking.histogram.map((bin) => bin.count) }],
  };
}

interface RankingViewProps {
  tree: readonly OrgNode[];
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
}

/** 年度对比: one year across the orgs of the scope — ranked, distributed, outliers named; a bar opens the report. */
export function RankingView({ tree, filters, onChange }: RankingViewProps) {
  const navigate = useNavigate();
  const years = useYearsWithFigures(filters.org);
  const measure = MEASURE_IDS.find((id) => id === filters.measure) ?? 'received';
  const { year, data: ranking } = useYearAcrossOrgs(
    filters,
    years.data,
    (query) =>
      unwrap(api.GET('/api/analytics/ranking', { params: { query: { ...query, measure, limit: 200 } } })),
    [measure],
  );
  const data = ranking.data;
  const format = data?.measure.unit === '%' ? formatShare : formatCount;
  const peerText = filters.orgType ? WORKFLOW.orgTypes[filters.orgType as OrgType].label : '各单位';
  const chart = useMemo(() => data && rankingChart(data), [data]);
  const histogram = useMemo(() => data && histogramChart(data), [data]);
  const error = ranking.error ? errorMessage(ranking.error) : undefined;

  return (
    <QueryState query={years}>
      {(yearList) =>
        yearList.length === 0 ? (
          <Alert type="info" showIcon message="该范围内还没有审核通过的报告，暂无可比较的数据" />
        ) : (
          <>
            <FilterBar
              tree={tree}
              filters={filters}
              onChange={onChange}
              years={yearList}
              scopeOfParentsOnly
              showPeerFilters
            >
              <Typography.Text>指标</Typography.Text>
              <Select
                aria-label="指标"
                style={{ width: 180 }}
                value={measure}
                options={MEASURE_OPTIONS}
                onChange={(measure) => onChange({ measure })}
              />
            </FilterBar>
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={14}>
                <ChartCard
                  title={`${year}年${peerText}${data?.measure.name ?? ''}排名（前 ${Math.min(SHOWN_IN_RANKING, data?.total ?? 0)} 名，共 ${data?.total ?? 0} 个单位）`}
                  kind="horizontal-bar"
                  data={chart}
                  isLoading={ranking.isLoading}
                  error={error}
                  height={Math.max(320, (chart?.categories.length ?? 0) * 26 + 40)}
                  emptyText="本年度没有单位填写此项"
                  onClickCategory={(index) => {
                    const entry = data?.entries[index];
                    if (entry) navigate(reportCellPath(entry.reportId, entry.cells));
                  }}
                />
                <Typography.Text type="secondary">
                  点击条形打开该单位的报告并定位到对应单元格。
                </Typography.Text>
              </Col>
              <Col xs={24} xl={10}>
                <ChartCard
                  title={`${year}年${peerText}${data?.measure.name ?? ''}分布`}
                  kind="bar"
                  data={histogram}
                  isLoading={ranking.isLoading}
                  error={error}
                  emptyText="本年度没有单位填写此项"
                />
                {data?.distribution && (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="distribution">
                    中位数 {format(data.distribution.median)}，四分位 {format(data.distribution.q1)}–
                    {format(data.distribution.q3)}，最小 {format(data.distribution.min)}，最大{' '}
                    {format(data.distribution.max)}（{data.distribution.count} 个单位）
                  </Typography.Paragraph>
                )}
                <Table
                  size="small"
                  style={{ marginTop: 8 }}
                  rowKey="reportId"
                  pagination={false}
                  locale={{ emptyText: '同类单位中没有明显偏离的数值' }}
                  title={() => '偏离同类单位的数值（稳健 z 分数 ≥ 3.5）'}
                  dataSource={data?.outliers ?? []}
                  columns={[
                    {
                      title: '单位',
                      key: 'org',
                      render: (_, entry) => (
                        <Link to={reportCellPath(entry.reportId, entry.cells)}>{entry.orgName}</Link>
                      ),
                    },
                    {
                      title: '类型',
                      key: 'type',
                      render: (_, entry) => (
                        <Tag>{WORKFLOW.orgTypes[entry.orgType as OrgType]?.label ?? entry.orgType}</Tag>
                      ),
                    },
                    {
                      title: '数值',
                      key: 'value',
                      align: 'right',
                      render: (_, entry) => format(entry.value),
                    },
                    {
                      title: 'z',
                      key: 'z',
                      align: 'right',
                      render: (_, entry) => (entry.zScore === null ? '—' : entry.zScore.toFixed(1)),
                    },
                  ]}
                />
              </Col>
            </Row>
          </>
        )
      }
    </QueryState>
  );
}
