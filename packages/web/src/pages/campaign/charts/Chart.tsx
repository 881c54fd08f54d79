import ReactEChartsCore from 'echarts-for-react/esm/core';
import { echarts, type ChartOption } from './echarts.ts';

/**
 * An ECharts canvas that follows its container's width (the dashboard is shown on a
 * projector and on laptops). `notMerge` so that switching 亩/宗 drops the old series.
 */
export function Chart({ option, height }: { option: ChartOption; height: number }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer: 'canvas', locale: 'ZH' }}
      style={{ height, width: '100%' }}
    />
  );
}
