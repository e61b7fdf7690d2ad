import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Progress } from '../services/api';
import { StateBar, StateLegend } from './progress-chart';

/** The campaign's counts for one org, and one bar per org below it; tapping a bar drills down. */
export function ProgressGroups({ progress }: { progress: Progress }) {
  const approved = progress.byState.approved ?? 0;
  return (
    <View>
      <View className="progress-card">
        <View className="progress-card__figures">
          <View className="figure">
            <Text className="figure__value">{progress.total}</Text>
            <Text className="figure__label">应报</Text>
          </View>
          <View className="figure">
            <Text className="figure__value">{approved}</Text>
            <Text className="figure__label">已通过</Text>
          </View>
          <View className={`figure${progress.overdue ? ' figure--alert' : ''}`}>
            <Text className="figure__value">{progress.overdue}</Text>
            <Text className="figure__label">逾期</Text>
          </View>
          <View className="figure">
            <Text className="figure__value">{Math.round(progress.onTimeRate * 100)}%</Text>
            <Text className="figure__label">按时提交率</Text>
          </View>
        </View>
        <StateBar counts={progress} />
        <StateLegend counts={progress} />
      </View>
      {progress.groups.map((group) => (
        <View
          key={group.orgId}
          className={`progress-group${group.overdue ? ' progress-group--overdue' : ''}`}
          onClick={() =>
            Taro.navigateTo({
              url: `/subpackages/progress/org/index?campaign=${progress.campaignId}&org=${group.orgId}&name=${encodeURIComponent(group.orgName)}`,
            })
          }
        >
          <View className="progress-group__top">
            <Text className="progress-group__name">{group.orgName}</Text>
            <Text className="progress-group__count">
              已通过 {group.byState.approved ?? 0}/{group.total}
              {group.overdue ? ` · 逾期 ${group.overdue}` : ''}
            </Text>
          </View>
          <StateBar counts={group} />
        </View>
      ))}
    </View>
  );
}
