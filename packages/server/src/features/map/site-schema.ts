import { z } from 'zod';

const setbackM = z.number({ error: '退让距离须为数字（米）' }).min(0, '退让距离不能为负').max(100, '退让距离不能超过 100 米').optional();

// the body may be left out: the jurisdiction's setback applies
export const siteMeasurementInput = z.object({ setbackM }).nullish();

export const siteMeasurementBatchInput = z
  .object({
    parcelIds: z.array(z.uuid('地块编号无效')).min(1, '请至少选择一宗地块').max(5000, '一次最多测算 5000 宗地块').optional(),
    setbackM,
  })
  .nullish();

export const siteMeasurementRecord = z.object({
  method: z.string(),
  coverageBasis: z.literal('RECORDED_AREA'),
  setbackM: z.number(),
  footprintCount: z.number(),
  srid: z.number(),
  parcelAreaM2: z.number(),
  computedParcelAreaM2: z.number(),
  largestVacantM2: z.number(),
  largestVacantMu: z.number(),
});

export const siteMeasurementOutput = z.object({
  parcelId: z.string(),
  code: z.string(),
  name: z.string(),
  measuredOn: z.string(),
  buildingFootprint_m2: z.number(),
  buildingCoverage: z.number(),
  vacantContiguousArea_m2: z.number(),
  measurement: siteMeasurementRecord,
  /** the parcel's version after the write */
  parcelVersion: z.number(),
});

export const siteMeasurementBatchOutput = z.object({ items: z.array(siteMeasurementOutput) });
