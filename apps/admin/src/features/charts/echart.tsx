import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { echarts } from './echarts-setup';
import type { EChartsCoreOption } from './echarts-setup';

export interface EChartHandle {
  /** The chart as a PNG data URL, drawn with `option` (e.g. with its title shown) on a white background. */
  toPng(option: EChartsCoreOption): string | null;
}

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  ariaLabel: string;
  onClickCategory?: (index: number) => void;
}

/** One ECharts instance bound to a div: created once, updated with each option, resized with its container. */
export const EChart = forwardRef<EChartHandle, EChartProps>(function EChart(
  { option, height, ariaLabel, onClickCategory },
  ref,
) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClickCategory) return;
    const onClick = (event: { dataIndex?: number }) => {
      if (typeof event.dataIndex === 'number') onClickCategory(event.dataIndex);
    };
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClickCategory]);

  useImperativeHandle(ref, () => ({
    toPng(exportOption: EChartsCoreOption) {
      const instance = chart.current;
      if (!instance) return null;
      instance.setOption(exportOption, { notMerge: true });
      const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      instance.setOption(option, { notMerge: true });
      return url;
    },
  }));

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
});
