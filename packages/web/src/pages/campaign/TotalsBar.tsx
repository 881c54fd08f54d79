import type { DashboardTotals } from '../../api/campaign.ts';
import { muText } from './figures.ts';
import { Kpi } from './Kpi.tsx';

/** The day's headline counts, above the targets: what is in hand and what is late. */
export function TotalsBar({ totals }: { totals: DashboardTotals }) {
  const items = [
    { label: '处置方案', value: `${totals.plans} 个`, sub: `在办 ${totals.openPlans} 个` },
    { label: '已盘活地块', value: `${totals.revitalisedParcels} 宗`, sub: muText(totals.revitalisedMu) },
    { label: '逾期任务', value: `${totals.overdueTasks} 项`, bad: totals.overdueTasks > 0 },
  ];
  return (
    <div className="ph-totals" role="list">
      {items.map((i) => (
        <div key={i.label} className="ph-total" role="listitem">
          <Kpi label={i.label} sub={i.sub} tone={i.bad ? 'bad' : undefined}>
            {i.value}
          </Kpi>
        </div>
      ))}
    </div>
  );
}
