import { Alert, Table, Tag } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { formatCount, formatShare } from '@nianbao/rules';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/api';
import { QueryState } from '../../components/query-state';
import type { AnalyticsFilters } from './analytics-filters';
import { reportCellPath, useYearAcrossOrgs, yearAcrossOrgsQuery } from './analytics-filters';
import { FilterBar } from './filter-bar';
import { useYearsWithFigures } from './use-years';
import { WorkbookDownload } from './workbook-download';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];
type Outlier = ApiSchemas['OutlierOutput'];

const formatOf = (outlier: Outlier) => (outlier.measure.unit === '%' ? formatShare : formatCount);

interface OutliersViewProps {
  tree: readonly OrgNode[];
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
}

/** 异常值: numbers that jumped from last year or stand far from their peers, each with a link to the cell. */
export function OutliersView({ tree, filters, onChange }: OutliersViewProps) {
  const years = useYearsWithFigures(filters.org);
  const { year, data: outliers } = useYearAcrossOrgs(filters, years.data, (query) =>
    unwrap(api.GET('/api/analytics/outliers', { params: { query } })),
  );
  return (
    <QueryState query={years}>
      {(yearList) =>
        yearList.length === 0 || year === undefined ? (
          <Alert type="info" showIcon message="该范围内还没有审核通过的报告" />
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
                fallbackName={`${year}年异常值.xlsx`}
                fetchWorkbook={() =>
                  api.GET('/api/analytics/outliers.xlsx', {
                    params: { query: yearAcrossOrgsQuery(filters, year) },
                    parseAs: 'blob',
                  })
                }
              />
            </FilterBar>
            <QueryState query={outliers}>
              {(data) => (
                <Table<Outlier>
                  size="small"
                  rowKey={(item) => `${item.kind}:${item.reportId}:${item.measure.id}`}
                  dataSource={data?.items ?? []}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  locale={{ emptyText: `${year}年没有大幅变化或明显偏离同类单位的数值` }}
                  title={() =>
                    `${year}年异常值：与上年相比翻倍或减半（基数 ≥ 10），或明显偏离同类单位（稳健 z ≥ 3.5）`
                  }
                  columns={[
                    {
                      title: '单位',
                      key: 'org',
                      render: (_, item) => (
                        <Link to={reportCellPath(item.reportId, item.cells)}>{item.orgName}</Link>
                      ),
                    },
                    {
                      title: '类别',
                      key: 'kind',
                      render: (_, item) =>
                        item.kind === 'jump' ? (
                          <Tag color="orange">同比大幅变化</Tag>
                        ) : (
                          <Tag color="blue">偏离同类</Tag>
                        ),
                    },
                    { title: '指标', key: 'measure', render: (_, item) => item.measure.name },
                    {
                      title: '本年',
                      key: 'value',
                      align: 'right',
                      render: (_, item) => formatOf(item)(item.value),
                    },
                    {
                      title: '上年 / 同类中位数',
                      key: 'baseline',
                      align: 'right',
                      render: (_, item) =>
                        formatOf(item)(item.kind === 'jump' ? item.previousValue : item.peerMedian),
                    },
                    { title: '说明', dataIndex: 'description', key: 'description' },
                  ]}
                />
              )}
            </QueryState>
          </>
        )
      }
    </QueryState>
  );
}
