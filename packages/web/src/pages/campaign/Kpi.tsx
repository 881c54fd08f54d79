import type { ReactNode } from 'react';

/** A headline figure: its label, the value (green when reached, red when short) and a note. */
export function Kpi({ label, children, sub, tone }: { label: ReactNode; children: ReactNode; sub?: ReactNode; tone?: 'good' | 'bad' }) {
  return (
    <div className="ph-kpi">
      <div className="ph-kpi-label">{label}</div>
      <div className={`ph-kpi-value${tone ? ` ph-kpi-${tone}` : ''}`}>{children}</div>
      {sub && <div className="ph-kpi-sub">{sub}</div>}
    </div>
  );
}

/** Long wordings (a seed's sentence, a reading) read better in a wide tooltip. */
export const wideTooltip = { root: { maxWidth: 520 } };
