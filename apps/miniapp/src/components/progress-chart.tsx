import { Text, View } from '@tarojs/components';
import { REPORT_STATES, stateLabel } from '@nianbao/workflow';
import type { ReportState } from '@nianbao/workflow';
import './progress-chart.scss';

const STATE_COLORS: Record<ReportState, string> = {
  draft: '#bdbdbd',
  pending_unit: '#ffb74d',
  pending_district: '#ffa726',
  pending_district_leader: '#fb8c00',
  pending_city: '#64b5f6',
  pending_city_leader: '#1e88e5',
  approved: '#43a047',
};

interface Counts {
  total: number;
  byState: Record<string, number>;
}

/** One stacked bar: how many reports are in each state, drawn with plain views (no canvas, works in both targets). */
export function StateBar({ counts }: { counts: Counts }) {
  return (
    <View className="state-bar">
      {REPORT_STATES.map((state) => {
        const count = counts.byState[state] ?? 0;
        if (!count || !counts.total) return null;
        return (
          <View
            key={state}
            className="state-bar__part"
            style={{ width: `${(count / counts.total) * 100}%`, background: STATE_COLORS[state] }}
          />
        );
      })}
    </View>
  );
}

/** The colour key with each state's count. */
export function StateLegend({ counts }: { counts: Counts }) {
  return (
    <View className="state-legend">
      {REPORT_STATES.map((state) => (
        <View key={state} className="state-legend__item">
          <View className="state-legend__swatch" style={{ background: STATE_COLORS[state] }} />
          <Text>
            {stateLabel(state)} {counts.byState[state] ?? 0}
          </Text>
        </View>
      ))}
    </View>
  );
}
