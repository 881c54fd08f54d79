/**
 * Target progress as the bulletins and the inspection report state it: the achievement
 * the target functions computed (`TargetAchievement`), put into sentences and tables, and
 * what a period added, counted from revitalised measures as the targets count them.
 */
import type { IsoDate } from '../../cases/types.ts';
import type { PeriodAchievement, TargetAchievement, TargetProgress } from '../achievement.ts';
import { centiToMu, sumCentiM2 } from '../exact.ts';
import type { RevitalisedMeasure } from '../types.ts';
import { dateZh, muZh, parcelsMuZh, periodZh, shareZh } from './format.ts';
import type { ReportTable } from './model.ts';

export interface PeriodFigures {
  parcels: number;
  areaMu: number;
  measures: number;
}

/**
 * What was revitalised in a period. A parcel counts in the period of its first revitalised
 * measure among those given (a parcel revitalised in two parts counts once, as targets
 * count it), so pass every measure to date, not only the period's; the area is that of
 * every measure revitalised in the period, summed exactly in 1/100 m².
 */
export function revitalisedIn(measures: readonly RevitalisedMeasure[], period: { from: IsoDate; to: IsoDate }): PeriodFigures {
  const first = new Map<string, IsoDate>();
  for (const m of measures) {
    const seen = first.get(m.parcelId);
    if (seen === undefined || m.revitalisedAt < seen) first.set(m.parcelId, m.revitalisedAt);
  }
  const inPeriod = (d: IsoDate) => d >= period.from && d <= period.to;
  const mine = measures.filter((m) => inPeriod(m.revitalisedAt));
  return {
    parcels: [...first.values()].filter(inPeriod).length,
    areaMu: centiToMu(sumCentiM2(mine.map((m) => m.revitalisedArea_m2))),
    measures: mine.length,
  };
}

/** Achieved ÷ target, on area where the target states one, else on parcels; null when it states neither. */
export function completionShare(p: TargetProgress): number | null {
  if (p.target.area_m2 !== undefined && p.target.area_m2 > 0) return p.achieved.area_m2 / p.target.area_m2;
  if (p.target.parcels !== undefined && p.target.parcels > 0) return p.achieved.parcels / p.target.parcels;
  return null;
}

/** "42 宗 2890 亩", or only the figure the target states. */
export function figuresZh(f: { parcels?: number; areaMu?: number }): string {
  if (f.parcels !== undefined && f.areaMu !== undefined) return parcelsMuZh(f.parcels, f.areaMu);
  if (f.areaMu !== undefined) return muZh(f.areaMu);
  if (f.parcels !== undefined) return `${f.parcels} 宗`;
  return '未设定数量';
}

const achievedZh = (p: TargetProgress) => parcelsMuZh(p.achieved.parcels, p.achieved.areaMu);

function shareClause(p: TargetProgress): string {
  const share = completionShare(p);
  return share === null ? '' : `，完成 ${shareZh(share)}${p.target.area_m2 !== undefined ? '（按面积）' : ''}`;
}

function projectionSentence(p: TargetProgress): string {
  const proj = p.projection;
  // on the window's last day the figures are final: nothing left to project
  if (!proj || proj.willMeet === undefined || proj.elapsedDays >= proj.totalDays) return '';
  const expected = figuresZh({
    parcels: p.target.parcels !== undefined ? Math.round(proj.parcels) : undefined,
    areaMu: p.target.areaMu !== undefined ? proj.areaMu : undefined,
  });
  return `按当前进度，预计至${dateZh(p.windowEnd)}可完成约 ${expected}，${proj.willMeet ? '能够按期完成' : '难以按期完成，需加快推进'}。`;
}

export const currentPeriod = (t: TargetAchievement): PeriodAchievement | undefined => t.periods.find((p) => p.periodId === t.currentPeriodId);

/** The overall state and the open period's, as the bulletin's opening paragraphs. */
export function targetProgressSentences(t: TargetAchievement): string[] {
  const o = t.overall;
  const head = `截至${dateZh(t.asOf)}，${t.nameZh}累计盘活 ${achievedZh(o)}`;
  const overall = o.met
    ? `${head}，已完成总目标（${figuresZh(o.target)}）。`
    : `${head}，总目标为 ${figuresZh(o.target)}${shareClause(o)}，尚差 ${figuresZh(o.gap)}。`;
  const out = [overall];
  const p = currentPeriod(t);
  if (p) {
    const a = p.assessed;
    const view = t.basis === 'INCREMENTAL' ? '本节点' : '累计';
    out.push(
      `当前节点为“${p.labelZh}”（${periodZh(p.startDate, p.endDate)}），目标 ${figuresZh(a.target)}，${view}已完成 ${achievedZh(a)}${shareClause(a)}。${projectionSentence(a)}`,
    );
  }
  return out;
}

/** A window is judged once the as-of day reaches its last day: figures counted to the end are final. */
export function outcomeZh(p: TargetProgress, asOf: IsoDate): string {
  if (p.met === undefined) return '—';
  if (p.met) return '已完成';
  return asOf < p.windowStart ? '未开始' : asOf < p.windowEnd ? '进行中' : '未完成';
}

const willMeetZh = (p: TargetProgress) => (p.projection?.willMeet === undefined ? null : p.projection.willMeet ? '能' : '难以完成');

/** 总目标 and the open period, with the pace projection. */
export function targetProgressTable(t: TargetAchievement): ReportTable {
  const row = (label: string, p: TargetProgress) => ({
    cells: [
      label,
      p.target.parcels ?? null,
      p.achieved.parcels,
      p.target.areaMu ?? null,
      p.achieved.areaMu,
      completionShare(p),
      p.projection && p.target.areaMu !== undefined ? p.projection.areaMu : null,
      willMeetZh(p),
    ],
  });
  const p = currentPeriod(t);
  return {
    type: 'table',
    titleZh: '目标完成情况',
    columns: [
      { headerZh: '口径', type: 'text', width: 10 },
      { headerZh: '目标宗数', type: 'integer', width: 3 },
      { headerZh: '已完成宗数', type: 'integer', width: 3 },
      { headerZh: '目标面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '已完成面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '完成率', type: 'percent', decimals: 2, width: 4 },
      { headerZh: '按当前进度期末预计（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '能否按期完成', type: 'text', width: 4 },
    ],
    rows: [row(`总目标（截至${dateZh(t.overall.windowEnd)}）`, t.overall), ...(p ? [row(`当前节点：${p.labelZh}`, p.assessed)] : [])],
    notesZh: [`注：完成率按面积计算（目标未设面积的按宗数）；${t.basis === 'INCREMENTAL' ? '各节点按本节点新增计' : '各节点按累计完成计'}；期末预计按已过天数的日均进度线性推算。`],
  };
}

/** Every period of the target with its result, and the whole target as the last row. */
export function targetPeriodsTable(t: TargetAchievement): ReportTable {
  const cells = (label: string, end: IsoDate, p: TargetProgress, outcome: string) => [
    label,
    end,
    p.target.parcels ?? null,
    p.target.areaMu ?? null,
    p.achieved.parcels,
    p.achieved.areaMu,
    completionShare(p),
    outcome,
  ];
  const o = t.overall;
  return {
    type: 'table',
    titleZh: '分期目标完成情况',
    columns: [
      { headerZh: '节点', type: 'text', width: 7 },
      { headerZh: '截止日期', type: 'date', width: 8.5 },
      { headerZh: '目标宗数', type: 'integer', width: 3 },
      { headerZh: '目标面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '完成宗数', type: 'integer', width: 3 },
      { headerZh: '完成面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '完成率', type: 'percent', decimals: 2, width: 4 },
      { headerZh: '完成情况', type: 'text', width: 4 },
    ],
    rows: [
      ...t.periods.map((p) => ({ cells: cells(p.labelZh, p.endDate, p.assessed, outcomeZh(p.assessed, t.asOf)) })),
      { cells: cells('总目标', o.windowEnd, o, outcomeZh(o, t.asOf)), total: true },
    ],
    notesZh: [t.basis === 'INCREMENTAL' ? '注：各节点按本节点新增计，总目标为各节点之和。' : '注：各节点按自起算日累计完成计。'],
  };
}
