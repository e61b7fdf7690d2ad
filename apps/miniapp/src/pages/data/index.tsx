import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { formatCount } from '@nianbao/rules';
import { seesSubtree } from '@nianbao/workflow';
import { LoadStateView } from '../../components/load-state';
import { useLoad } from '../../hooks/use-load';
import { api } from '../../services/api';
import type { Ranking, Trend } from '../../services/api';
import { getMe } from '../../services/current-user';
import { chartYears, figure, RANKING_LIMIT } from './chart-data';
import type { YearFigures } from './chart-data';
import { AppealRows, ChartCard, OutcomeBars, RankingBars, YearColumns } from './charts';
import './index.scss';

type DataView =
  | { kind: 'own-org'; orgName: string }
  | {
      kind: 'jurisdiction';
      trend: Trend;
      years: YearFigures[];
      latest: YearFigures | null;
      ranking: Ranking | null;
    };

/** The jurisdiction's trend, then the ranking of its latest year (the trend says which year that is). */
async function loadData(): Promise<DataView> {
  const me = await getMe();
  // The API would answer a submitter or unit leader with their own org only: nothing below it to chart.
  if (!seesSubtree(me.roles)) return { kind: 'own-org', orgName: me.orgName };
  const trend = await api.analyticsTrend();
  const years = chartYears(trend.years);
  const latest = trend.years.length
    ? trend.years.reduce((newest, entry) => (entry.year > newest.year ? entry : newest))
    : null;
  const ranking = latest ? await api.analyticsRanking(latest.year, 'received', RANKING_LIMIT) : null;
  return { kind: 'jurisdiction', trend, years, latest, ranking };
}

export default function DataPage() {
  const { data, error, isLoading, reload } = useLoad(loadData);

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  if (!data || error) {
    return (
      <View className="data">
        <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />
      </View>
    );
  }
  if (data.kind === 'own-org') {
    return (
      <View className="data">
        <View className="data__note">
          <Text className="data__note-title">数据分析面向审核员、分管领导和管理员</Text>
          <Text className="data__note-text">
            {`这里展示辖区内各单位已审定年报的历年统计。您的账号只能查看${data.orgName}本单位的报告，没有下属单位的数据；本单位的填报和审核情况请在「待办」和「进度」中查看。`}
          </Text>
        </View>
      </View>
    );
  }

  const { trend, years, latest, ranking } = data;
  const first = years[0];
  return (
    <View className="data">
      <View className="data__header">
        <Text className="data__org">{trend.orgName}辖区</Text>
        {latest && first && (
          <Text className="data__scope">
            下属单位已审定年报 · {first.year === latest.year ? latest.year : `${first.year}–${latest.year}`}{' '}
            年度
          </Text>
        )}
      </View>
      {!latest && <View className="data__empty">暂无已审定的年报数据</View>}
      {latest && (
        <>
          <ChartCard
            name="received"
            title="历年新收政府信息公开申请（件）"
            note="辖区各单位年报中“本年新收申请”的合计"
          >
            <YearColumns years={years} measure="received" />
          </ChartCard>
          <ChartCard
            name="outcomes"
            title={`${latest.year} 年度申请办理结果占比（%）`}
            note={`占当年办结申请 ${formatCount(figure(latest, 'handled'))} 件的比例，${latest.reportCount} 份年报`}
          >
            <OutcomeBars entry={latest} />
          </ChartCard>
          <ChartCard
            name="appeals"
            title="历年行政复议、行政诉讼（件）"
            note="因政府信息公开工作被申请行政复议、提起行政诉讼的案件数及其中被纠正的件数"
          >
            <AppealRows years={years} />
          </ChartCard>
          {ranking && (
            <ChartCard
              name="ranking"
              title={`${ranking.year} 年度新收申请最多的单位（件）`}
              note={`前 ${Math.min(RANKING_LIMIT, ranking.entries.length)} 名，共 ${ranking.total} 个单位填报了新收申请`}
            >
              <RankingBars ranking={ranking} />
            </ChartCard>
          )}
          <Text className="data__footnote">
            只统计审核通过的年报，与汇总表口径一致；“—”表示未填报、无法读取或该年度没有审核通过的年报，不是
            0。
          </Text>
        </>
      )}
    </View>
  );
}
