import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { Ranking } from '../../services/api';
import { formatCount, formatShare } from '@nianbao/rules';
import { barPercent, figure, OUTCOME_SHARES } from './chart-data';
import type { YearFigures } from './chart-data';

// Charts of plain views whose widths and heights are percentages: no canvas, no chart library, same in weapp and H5.

interface ChartCardProps {
  /** A modifier for tests and styles, e.g. `received` → `data-chart--received`. */
  name: string;
  title: string;
  note?: string;
}

export function ChartCard({ name, title, note, children }: PropsWithChildren<ChartCardProps>) {
  return (
    <View className={`data-chart data-chart--${name}`}>
      <Text className="data-chart__title">{title}</Text>
      {note && <Text className="data-chart__note">{note}</Text>}
      {children}
    </View>
  );
}

/** One column per year, its count written above it; an unknown year has no column and "—". */
export function YearColumns({ years, measure }: { years: YearFigures[]; measure: string }) {
  const max = Math.max(0, ...years.map((entry) => figure(entry, measure) ?? 0));
  return (
    <View className="year-columns">
      {years.map((entry) => {
        const value = figure(entry, measure);
        return (
          <View key={entry.year} className="year-column">
            <Text className={`year-column__value${value === null ? ' year-column__value--unknown' : ''}`}>
              {formatCount(value)}
            </Text>
            <View className="year-column__track">
              <View className="year-column__bar" style={{ height: `${barPercent(value, max)}%` }} />
            </View>
            <Text className="year-column__year">{entry.year}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** The outcome shares of one year as horizontal bars on a 0–100 % track. */
export function OutcomeBars({ entry }: { entry: YearFigures }) {
  return (
    <View className="share-bars">
      {OUTCOME_SHARES.map((share) => {
        const value = entry.shares[share.id] ?? null;
        return (
          <View key={share.id} className="share-bar">
            <Text className="share-bar__label">{share.label}</Text>
            <View className="share-bar__track">
              <View
                className="share-bar__fill"
                style={{ width: `${barPercent(value, 100)}%`, background: share.color }}
              />
            </View>
            <Text className="share-bar__value">{formatShare(value)}</Text>
          </View>
        );
      })}
    </View>
  );
}

interface AppealKind {
  id: string;
  correctedId: string;
  label: string;
}

const APPEALS: readonly AppealKind[] = [
  { id: 'reviews', correctedId: 'reviewsCorrected', label: '行政复议' },
  { id: 'lawsuits', correctedId: 'lawsuitsCorrected', label: '行政诉讼' },
];

/** Per year: 行政复议 and 行政诉讼 side by side, each a bar whose dark part is the cases corrected. */
export function AppealRows({ years }: { years: YearFigures[] }) {
  const max = Math.max(
    0,
    ...years.flatMap((entry) => APPEALS.map((appeal) => figure(entry, appeal.id) ?? 0)),
  );
  return (
    <View className="appeals">
      <View className="appeals__row appeals__row--head">
        <Text className="appeals__year" />
        {APPEALS.map((appeal) => (
          <Text key={appeal.id} className="appeals__cell appeals__head">
            {appeal.label}
          </Text>
        ))}
      </View>
      {[...years].reverse().map((entry) => (
        <View key={entry.year} className="appeals__row">
          <Text className="appeals__year">{entry.year}</Text>
          {APPEALS.map((appeal) => {
            const total = figure(entry, appeal.id);
            const corrected = figure(entry, appeal.correctedId);
            return (
              <View key={appeal.id} className={`appeals__cell appeals__cell--${appeal.id}`}>
                <Text className="appeals__figures">
                  <Text className="appeals__total">{formatCount(total)}</Text>
                  <Text className="appeals__corrected"> 纠正 {formatCount(corrected)}</Text>
                </Text>
                <View className="appeals__track">
                  <View className="appeals__bar" style={{ width: `${barPercent(total, max)}%` }}>
                    <View
                      className="appeals__bar-corrected"
                      style={{ width: `${total ? barPercent(corrected, total) : 0}%` }}
                    />
                  </View>
                </View>
              </View>
            );
          })}
        </View>
      ))}
      <View className="chart-legend">
        <View className="chart-legend__swatch chart-legend__swatch--total" />
        <Text>案件数</Text>
        <View className="chart-legend__swatch chart-legend__swatch--corrected" />
        <Text>其中被纠正</Text>
      </View>
    </View>
  );
}

/** The top orgs of a ranking, the largest first, each bar relative to the first. */
export function RankingBars({ ranking }: { ranking: Ranking }) {
  if (!ranking.entries.length) return <View className="data-chart__empty">该年度暂无单位数据</View>;
  const max = Math.max(0, ...ranking.entries.map((entry) => entry.value));
  return (
    <View className="ranking">
      {ranking.entries.map((entry) => (
        <View key={entry.orgId} className="ranking__row">
          <Text className="ranking__rank">{entry.rank}</Text>
          <View className="ranking__main">
            <Text className="ranking__org">{entry.orgName}</Text>
            <View className="ranking__track">
              <View className="ranking__bar" style={{ width: `${barPercent(entry.value, max)}%` }} />
            </View>
          </View>
          <Text className="ranking__value">{formatCount(entry.value)}</Text>
        </View>
      ))}
    </View>
  );
}
