import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Tag } from 'antd';
import { SolutionOutlined } from '@ant-design/icons';
import { listPlans, type PlanSummary } from '../../api/disposal.ts';
import { NewPlanButton } from './NewPlanButton.tsx';

interface Props {
  parcelId: string;
  parcelCode: string;
  /** the case the page shows, when it is determined and open (a plan may follow it) */
  caseId?: string;
  /** whether a new plan may be offered at all (the case is determined, or the parcel page) */
  offerNew: boolean;
}

/**
 * The parcel's disposal plan (一地一策) on the case and parcel pages: a link to the plan
 * that is not yet closed, else the button to make one.
 */
export function ParcelPlanEntry({ parcelId, parcelCode, caseId, offerNew }: Props) {
  const [plan, setPlan] = useState<PlanSummary | null | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    listPlans({ q: parcelCode }, 1, 20, controller.signal)
      .then((page) => setPlan(page.items.find((p) => p.parcel.id === parcelId && p.status !== 'CLOSED') ?? null))
      .catch(() => setPlan(null));
    return () => controller.abort();
  }, [parcelId, parcelCode]);

  if (plan === undefined) return null;
  if (plan) {
    return (
      <Link to={`/disposal/${plan.id}`}>
        <Button icon={<SolutionOutlined />}>
          处置方案 {plan.planNo} <Tag style={{ marginLeft: 6, marginRight: 0 }}>{plan.stageZh}</Tag>
        </Button>
      </Link>
    );
  }
  return offerNew ? <NewPlanButton parcelId={parcelId} caseId={caseId} type="default" /> : null;
}
