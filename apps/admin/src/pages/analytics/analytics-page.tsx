import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { CampaignScope } from '../../components/campaign-picker';
import { QueryState } from '../../components/query-state';
import { useAnalyticsFilters } from '../../features/analytics/analytics-filters';
import { OutliersView } from '../../features/analytics/outliers-view';
import { RankingView } from '../../features/analytics/ranking-view';
import { ScorecardView } from '../../features/analytics/scorecard-view';
import { TimelineView } from '../../features/analytics/timeline-view';
import { TrendView } from '../../features/analytics/trend-view';
import '../../features/analytics/analytics-print.css';

const VIEWS = ['trend', 'ranking', 'outliers', 'timeline', 'scorecard'] as const;
type View = (typeof VIEWS)[number];

export default function AnalyticsPage() {
  const [params, setParams] = useSearchParams();
  const [filters, changeFilters] = useAnalyticsFilters();
  const tree = useApiQuery(() => unwrap(api.GET('/api/orgs/tree')), []);
  const chosen = params.get('view');
  const view: View = VIEWS.find((candidate) => candidate === chosen) ?? 'trend';

  return (
    <>
      <Typography.Title level={4}>数据分析</Typography.Title>
      <QueryState query={tree}>
        {(nodes) => (
          <Tabs
            className="analytics-tabs"
            activeKey={view}
            destroyOnHidden
            onChange={(key) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.set('view', key);
                return next;
              })
            }
            items={[
              {
                key: 'trend',
                label: '历年趋势',
                children: <TrendView tree={nodes} filters={filters} onChange={changeFilters} />,
              },
              {
                key: 'ranking',
                label: '年度对比',
                children: <RankingView tree={nodes} filters={filters} onChange={changeFilters} />,
              },
              {
                key: 'outliers',
                label: '异常值',
                children: <OutliersView tree={nodes} filters={filters} onChange={changeFilters} />,
              },
              {
                key: 'timeline',
                label: '填报进度',
                children: (
                  <CampaignScope>
                    {(campaign) => (
                      <TimelineView
                        campaign={campaign}
                        tree={nodes}
                        filters={filters}
                        onChange={changeFilters}
                      />
                    )}
                  </CampaignScope>
                ),
              },
              {
                key: 'scorecard',
                label: '年报质量评分',
                children: <ScorecardView tree={nodes} filters={filters} onChange={changeFilters} />,
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
