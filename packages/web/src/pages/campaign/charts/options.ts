/**
 * The dashboard's charts as plain ECharts options built from the API's figures. Pure
 * functions: no drawing, no fetching, so each reads as what the chart shows.
 */
import type { TargetAchievement, TargetProgress } from '@panhuo/domain';
import type { StageRow, UnitRow, WarZoneRow } from '../../../api/campaign.ts';
import { figureOf, measureUnit, type Measure } from '../figures.ts';
import type { ChartOption } from './echarts.ts';
import { palette } from './palette.ts';

type Value = number | null;

const round = (n: number) => Math.round(n * 100) / 100;

function formatterFor(unit: string) {
  return (value: unknown) => (typeof value === 'number' ? `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${unit}` : '—');
}

const achievedOf = (p: TargetProgress, m: Measure) => round(m === 'MU' ? p.achieved.areaMu : p.achieved.parcels);
const targetOf = (p: TargetProgress, m: Measure): Value => {
  const v = figureOf(p.target, m);
  return v === undefined ? null : round(v);
};

const baseGrid = { left: 8, right: 24, top: 48, bottom: 8 };
const legend = { top: 0, itemGap: 16 };

/**
 * Per period: what the period had to add and what it added (bars), and where the count
 * stood against the cumulative figure (lines). A period not yet begun has no achievement.
 */
export function periodOption(t: TargetAchievement, m: Measure): ChartOption {
  const unit = measureUnit[m];
  const started = (status: string) => status !== 'UPCOMING';
  return {
    tooltip: { trigger: 'axis', valueFormatter: formatterFor(unit) },
    legend,
    grid: baseGrid,
    xAxis: {
      type: 'category',
      data: t.periods.map((p) => (p.periodId === t.currentPeriodId ? `${p.labelZh}（当前）` : p.labelZh)),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', name: unit },
    series: [
      { name: '本期目标', type: 'bar', itemStyle: { color: palette.target }, data: t.periods.map((p) => targetOf(p.incremental, m)) },
      {
        name: '本期完成',
        type: 'bar',
        itemStyle: { color: palette.achieved },
        label: { show: true, position: 'top', formatter: (p) => (typeof p.value === 'number' ? String(p.value) : '') },
        data: t.periods.map((p) => (started(p.status) ? achievedOf(p.incremental, m) : null)),
      },
      {
        name: '累计目标',
        type: 'line',
        lineStyle: { type: 'dashed', color: palette.cumulativeTarget },
        itemStyle: { color: palette.cumulativeTarget },
        data: t.periods.map((p) => targetOf(p.cumulative, m)),
      },
      {
        name: '累计完成',
        type: 'line',
        lineStyle: { width: 3, color: palette.cumulativeAchieved },
        itemStyle: { color: palette.cumulativeAchieved },
        data: t.periods.map((p) => (started(p.status) ? achievedOf(p.cumulative, m) : null)),
      },
    ],
  };
}

/** Target and achievement by war zone (战区); a zone without its own target shows achievement only. */
export function warZoneOption(rows: readonly WarZoneRow[], m: Measure): ChartOption {
  const unit = measureUnit[m];
  const format = formatterFor(unit);
  const hasTargets = rows.some((r) => (m === 'MU' ? r.targetMu : r.targetParcels) != null);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex: number } | undefined) : undefined;
        const r = first ? rows[first.dataIndex] : undefined;
        if (!r) return '';
        const target = m === 'MU' ? r.targetMu : r.targetParcels;
        const achieved = m === 'MU' ? r.achievedMu : r.achievedParcels;
        return [
          `<b>${r.nameZh}</b>`,
          `目标：${target == null ? '未分解' : format(target)}`,
          `已盘活：${format(round(achieved))}`,
          `在办方案：${r.openPlans} 个`,
          `逾期任务：${r.overdueTasks} 项`,
        ].join('<br/>');
      },
    },
    legend,
    grid: baseGrid,
    xAxis: { type: 'category', data: rows.map((r) => r.nameZh), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: unit },
    series: [
      ...(hasTargets
        ? [
            {
              name: '目标',
              type: 'bar' as const,
              itemStyle: { color: palette.target },
              data: rows.map((r) => (m === 'MU' ? r.targetMu : r.targetParcels) ?? null),
            },
          ]
        : []),
      {
        name: '已盘活',
        type: 'bar',
        itemStyle: { color: palette.achieved },
        label: { show: true, position: 'top' },
        data: rows.map((r) => round(m === 'MU' ? r.achievedMu : r.achievedParcels)),
      },
    ],
  };
}

const standingColor = { ADVANCED: palette.advanced, LAGGING: palette.lagging, NORMAL: palette.normal } as const;

/** Responsible units in ranking order (first at the top), coloured 先进 green and 滞后 red. */
export function unitOption(rows: readonly UnitRow[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: formatterFor('亩') },
    grid: { left: 8, right: 56, top: 8, bottom: 8 },
    xAxis: { type: 'value', name: '亩', splitNumber: 4 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => `${r.rank}. ${r.nameZh}`) },
    series: [
      {
        name: '已盘活',
        type: 'bar',
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        data: rows.map((r) => ({ value: round(r.achievedMu), itemStyle: { color: standingColor[r.standing] } })),
      },
    ],
  };
}

/** Parcels at each disposal stage, in the pipeline's order, with their area in the label. */
export function stageOption(rows: readonly StageRow[]): ChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex: number } | undefined) : undefined;
        const row = first ? rows[first.dataIndex] : undefined;
        return row ? `${row.labelZh}<br/>${row.parcels} 宗 · ${formatterFor('亩')(round(row.areaMu))}` : '';
      },
    },
    grid: { left: 8, right: 96, top: 8, bottom: 8 },
    xAxis: { type: 'value', name: '宗', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.labelZh) },
    series: [
      {
        name: '地块',
        type: 'bar',
        barMaxWidth: 22,
        itemStyle: { color: palette.stage },
        label: {
          show: true,
          position: 'right',
          formatter: (p) => {
            const row = rows[p.dataIndex];
            return row ? `${row.parcels} 宗 / ${round(row.areaMu)} 亩` : '';
          },
        },
        data: rows.map((r) => r.parcels),
      },
    ],
  };
}
