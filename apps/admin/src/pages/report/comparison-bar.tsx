import { Segmented, Space, Typography } from 'antd';
import type { ReportBaselines } from '../../features/report-comparison/use-report-baselines';

export type ComparisonKey = 'none' | 'previousSubmission' | 'lastYear';

interface ComparisonBarProps {
  baselines: ReportBaselines | undefined;
  value: ComparisonKey;
  changedCount: number;
  onChange: (key: ComparisonKey) => void;
}

/** Which earlier contents the table marks its changes against; options without data are disabled and say why. */
export function ComparisonBar({ baselines, value, changedCount, onChange }: ComparisonBarProps) {
  return (
    <Space style={{ marginBottom: 8 }} wrap>
      <Typography.Text>标出变化</Typography.Text>
      <Segmented<ComparisonKey>
        aria-label="标出变化"
        value={value}
        onChange={onChange}
        options={[
          { value: 'none', label: '不标出' },
          {
            value: 'previousSubmission',
            label: baselines?.previousSubmission ? '与上次提交相比' : '与上次提交相比（无）',
            disabled: !baselines?.previousSubmission,
          },
          {
            value: 'lastYear',
            label: baselines?.lastYear ? `与上年相比` : '与上年相比（无上年报告）',
            disabled: !baselines?.lastYear,
          },
        ]}
      />
      {value !== 'none' && (
        <Typography.Text type="secondary" data-testid="changed-count">
          {changedCount === 0 ? '没有变化' : `${changedCount} 个单元格有变化（蓝色底）`}
        </Typography.Text>
      )}
    </Space>
  );
}
