import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Button, Card, Empty, Segmented, Space, Spin, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { saveFile } from '../downloads/save-file';
import type { ChartData, ChartKind } from './chart-data';
import { chartTableRows, isEmptyChart } from './chart-data';
import { chartOption } from './chart-option';
import { EChart } from './echart';
import type { EChartHandle } from './echart';
import { formatExactCount, formatShare } from '@nianbao/rules';
import './chart-card.css';

interface ChartCardProps {
  /** Says what the chart shows, e.g. “本年新收政府信息公开申请（2021–2025）”. */
  title: string;
  data: ChartData | undefined;
  kind: ChartKind;
  isLoading?: boolean;
  error?: string;
  height?: number;
  /** What an empty chart means here, e.g. “本年度尚无已审定的报告”. */
  emptyText?: string;
  /** A click on a bar or point: the category's index (e.g. to open that org's report). */
  onClickCategory?: (index: number) => void;
  extra?: ReactNode;
}

function dataUrlToBlob(url: string): Blob {
  const [header, base64] = url.split(',');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new Blob([bytes], { type: header.replace(/^data:|;base64$/g, '') });
}

/**
 * A chart as the 政务公开办 needs it: a title and unit, the same numbers as a table (for reading aloud, copying,
 * and screen readers), a PNG for the briefing, and honest loading, error and empty states.
 */
export function ChartCard(props: ChartCardProps) {
  const { title, data, kind, isLoading, error, height = 320, emptyText, onClickCategory, extra } = props;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const chart = useRef<EChartHandle>(null);
  const option = useMemo(() => (data ? chartOption(title, data, kind) : {}), [title, data, kind]);
  const format = data?.unit === '%' ? formatShare : formatExactCount;

  const downloadPng = () => {
    const url = data ? chart.current?.toPng(chartOption(title, data, kind, true)) : null;
    if (url) saveFile(dataUrlToBlob(url), `${title}.png`);
  };

  const body = () => {
    if (error) return <Alert type="error" showIcon message={error} />;
    if (isLoading && !data) return <Spin style={{ display: 'block', padding: height / 2 - 12 }} />;
    if (isEmptyChart(data)) return <Empty description={emptyText ?? '暂无数据'} style={{ padding: 32 }} />;
    if (view === 'table')
      return (
        <Table
          size="small"
          pagination={data!.categories.length > 20 ? { pageSize: 20 } : false}
          dataSource={chartTableRows(data!)}
          columns={[
            { title: '', dataIndex: 'category', key: 'category' },
            ...data!.series.map((series, index) => ({
              title: `${series.name}（${data!.unit}）`,
              key: series.name,
              align: 'right' as const,
              render: (_: unknown, row: { values: (number | null)[] }) => format(row.values[index]),
            })),
          ]}
        />
      );
    return (
      <EChart
        ref={chart}
        option={option}
        height={height}
        ariaLabel={`${title}，单位：${data!.unit}。切换到“数据表”可逐项查看数值。`}
        onClickCategory={onClickCategory}
      />
    );
  };

  return (
    <Card
      className="chart-card"
      title={
        <Space direction="vertical" size={0}>
          <span>{title}</span>
          {data && <Typography.Text type="secondary">单位：{data.unit}</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          {extra}
          <Segmented
            size="small"
            value={view}
            onChange={(value) => setView(value as 'chart' | 'table')}
            options={[
              { label: '图表', value: 'chart' },
              { label: '数据表', value: 'table' },
            ]}
          />
          <Button
            size="small"
            icon={<DownloadOutlined />}
            disabled={view !== 'chart' || isEmptyChart(data)}
            onClick={downloadPng}
          >
            图片
          </Button>
        </Space>
      }
    >
      {body()}
    </Card>
  );
}
