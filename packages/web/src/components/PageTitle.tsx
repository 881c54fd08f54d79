import type { ReactNode } from 'react';

/** A page's heading with its actions on the right. */
export function PageTitle({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children?: ReactNode }) {
  return (
    <div className="ph-page-title">
      <div>
        <h1>{title}</h1>
        {children}
      </div>
      {extra && <div className="ph-toolbar">{extra}</div>}
    </div>
  );
}
