import { centiToMu, disposalStageLabels, planStage, sumCentiM2, type DisposalStage, type MeasureStatus, type PlanStatus } from '@panhuo/domain';
import type { PlanFactRow } from './repository.ts';

export interface StageCount {
  stage: DisposalStage;
  labelZh: string;
  parcels: number;
  areaMu: number;
}

/**
 * Parcels by disposal stage (§5.3): each parcel once, at the stage of its latest plan;
 * determined parcels without a plan are 待制定方案. Every stage is listed, empty or not,
 * so a chart keeps its axis from week to week.
 */
export function parcelsByStage(plans: readonly PlanFactRow[], waiting: ReadonlyArray<{ parcelId: string; area_m2: number }>): StageCount[] {
  const byParcel = new Map<string, { stage: DisposalStage; area_m2: number }>();
  for (const p of plans) {
    const stage = planStage({ status: p.status as PlanStatus, measures: p.measureStatuses.map((status) => ({ status: status as MeasureStatus })) });
    // an open plan outranks a closed earlier one of the same parcel
    if (!byParcel.has(p.parcelId) || p.status !== 'CLOSED') byParcel.set(p.parcelId, { stage, area_m2: p.area_m2 });
  }
  for (const w of waiting) if (!byParcel.has(w.parcelId)) byParcel.set(w.parcelId, { stage: 'NO_PLAN', area_m2: w.area_m2 });
  return (Object.keys(disposalStageLabels) as DisposalStage[]).map((stage) => {
    const here = [...byParcel.values()].filter((x) => x.stage === stage);
    return { stage, labelZh: disposalStageLabels[stage], parcels: here.length, areaMu: centiToMu(sumCentiM2(here.map((x) => x.area_m2))) };
  });
}
