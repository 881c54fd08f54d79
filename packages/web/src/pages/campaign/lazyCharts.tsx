/**
 * The charts, loaded on first use: ECharts is a large library and only this page draws
 * with it, so it lives in its own chunk. While it loads, each slot keeps its height.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';

const load = () => import('./charts/DashboardCharts.tsx');

export const PeriodChart = lazy(() => load().then((m) => ({ default: m.PeriodChart })));
export const WarZoneChart = lazy(() => load().then((m) => ({ default: m.WarZoneChart })));
export const UnitChart = lazy(() => load().then((m) => ({ default: m.UnitChart })));
export const StageChart = lazy(() => load().then((m) => ({ default: m.StageChart })));

export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="ph-chart-loading" style={{ height }}>
          <Spin />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
