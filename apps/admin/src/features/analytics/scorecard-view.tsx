import { Alert, Button, Table, Tag, Tooltip, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { ApiSchemas } from '@nianbao/api-client';
import { WORKFLOW } from '@nianbao/workflow';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/api';
import { QueryState } from '../../components/query-state';
import type { AnalyticsFilters } from './analytics-filters';
import { useYearAcrossOrgs, yearAcrossOrgsQuery } from './analytics-filters';
import { FilterBar } from './filter-bar';
import { factText, formatPoints } from './scorecard-facts';
import { useCampaignYears } from './use-years';
import { WorkbookDownload } from './workbook-download';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];
type Row = ApiSchemas['ScorecardRowOutput'];
type OrgType = keyof typeof WORKFLOW.orgTypes;

interface ScorecardViewProps {
  tree: readonly OrgNode[];
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
}

/** 年报质量 scorecard: points per criterion with the weights shown, a ranking, Excel and print. */
export function ScorecardView({ tree, filters, onChange }: ScorecardViewProps) {
  const years = useCampaignYears();
  const { year, data: scorecard } = useYearAcrossOrgs(filters, years.data, (query) =>
    unwrap(api.GET('/api/analytics/scorecard', { params: { query } })),
  );
  return (
    <QueryState query={years}>
      {(yearList) =>
        year === undefined ? (
          <Alert type="info" showIcon message="还没有填报任务（年报批次）" />
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
              <WorkbookDownload
                label="导出 Excel"
                fallbackName={`${year}年年报质量评分.xlsx`}
                fetchWorkbook={() =>
                  api.GET('/api/analytics/scorecard.xlsx', {
                    params: { query: yearAcrossOrgsQuery(filters, year) },
                    parseAs: 'blob',
                  })
                }
              />
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                打印
              </Button>
            </FilterBar>
            <QueryState query={scorecard}>
              {(data) =>
                data && (
                  <>
                    <Typography.Title level={5}>{year}年年报质量评分</Typography.Title>
                    <Typography.Paragraph type="secondary" data-testid="scorecard-weights">
                      评分项与权重（满分 100）：
                      {data.criteria.map((criterion) => (
                        <Tooltip key={criterion.id} title={criterion.description}>
                          <Tag style={{ marginInlineStart: 4 }}>
                            {criterion.name} {criterion.weight} 分
                          </Tag>
                        </Tooltip>
                      ))}
                      。无法判断的项目（如历史导入的年报没有提交记录、尚未到期的公开）不计入，按其余项目折算百分制。
                    </Typography.Paragraph>
                    <Table<Row>
                      size="small"
                      rowKey="reportId"
                      dataSource={data.rows}
                      pagination={{ pageSize: 50, hideOnSinglePage: true }}
                      locale={{ emptyText: `${year}年没有可评分的报告` }}
                      columns={[
                        {
                          title: '名次',
                          dataIndex: 'rank',
                          key: 'rank',
                          render: (rank: number | null) => rank ?? '—',
                        },
                        {
                          title: '单位',
                          key: 'org',
                          render: (_, row) => <Link to={`/reports/${row.reportId}`}>{row.orgName}</Link>,
                        },
                        {
                          title: '类型',
                          key: 'type',
                          render: (_, row) => WORKFLOW.orgTypes[row.orgType as OrgType]?.label ?? row.orgType,
                        },
                        {
                          title: '得分',
                          key: 'score',
                          align: 'right',
                          render: (_, row) => <strong>{formatPoints(row.score)}</strong>,
                        },
                        ...data.criteria.map((criterion) => ({
                          title: `${criterion.name}（${criterion.weight}）`,
                          key: criterion.id,
                          align: 'right' as const,
                          render: (_: unknown, row: Row) => (
                            <Tooltip title={factText(criterion.id, row.facts)}>
                              <span>{formatPoints(row.points[criterion.id])}</span>
                            </Tooltip>
                          ),
                        })),
                      ]}
                    />
                  </>
                )
              }
            </QueryState>
          </>
        )
      }
    </QueryState>
  );
}
