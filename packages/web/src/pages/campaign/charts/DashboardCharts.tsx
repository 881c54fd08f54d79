/**
 * The dashboard's four charts. This module (and ECharts with it) is loaded lazily by
 * ../lazyCharts.tsx, so the pages that do not chart never download it.
 */
import type { TargetAchievement } from '@panhuo/domain';
import type { StageRow, UnitRow, WarZoneRow } from '../../../api/campaign.ts';
import type { Measure } from '../figures.ts';
import { Chart } from './Chart.tsx';
import { chartHeights } from './heights.ts';
import { periodOption, stageOption, unitOption, warZoneOption } from './options.ts';

export function PeriodChart({ target, measure }: { target: TargetAchievement; measure: Measure }) {
  return <Chart option={periodOption(target, measure)} height={chartHeights.period} />;
}

export function WarZoneChart({ rows, measure }: { rows: readonly WarZoneRow[]; measure: Measure }) {
  return <Chart option={warZoneOption(rows, measure)} height={chartHeights.warZone} />;
}

export function UnitChart({ rows }: { rows: readonly UnitRow[] }) {
  return <Chart option={unitOption(rows)} height={chartHeights.unit(rows.length)} />;
}

export function StageChart({ rows }: { rows: readonly StageRow[] }) {
  return <Chart option={stageOption(rows)} height={chartHeights.stage(rows.length)} />;
}
