import type { AmountTarget, DisposalRateTarget } from '@panhuo/domain';
import type { PeriodInput, TargetSourceInput } from '../../api/campaign.ts';
import { percentNumber } from './figures.ts';

/**
 * Between the dialogs' form values (blank numbers are null, as antd gives them) and the
 * API's inputs (a blank figure is left out).
 */

type Blankable<T> = { [K in keyof T]?: T[K] | null };

export interface AmountFormValues {
  id: string;
  nameZh: string;
  basis: 'INCREMENTAL' | 'CUMULATIVE';
  countingStart: string;
  periods: Array<Blankable<PeriodInput>>;
  total?: { parcels?: number | null; areaMu?: number | null };
  scope?: { warZoneId?: string | null; unitId?: string | null };
  source: TargetSourceInput;
}

export interface RateFormValues {
  id: string;
  nameZh: string;
  stockKind: DisposalRateTarget['stockKind'];
  minSharePercent: number;
  denominatorDescriptionZh?: string;
  status: 'IN_FORCE' | 'DRAFT';
  source: TargetSourceInput;
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T;

export const toPeriods = (rows: AmountFormValues['periods']): PeriodInput[] =>
  rows.map((p) => defined({ id: p.id ?? '', labelZh: p.labelZh ?? '', endDate: p.endDate ?? '', wordingZh: p.wordingZh, parcels: p.parcels, areaMu: p.areaMu }) as PeriodInput);

/** An empty object clears the total or the scope (the server drops both then). */
export const toTotal = (t: AmountFormValues['total']): { parcels?: number; areaMu?: number } => defined({ parcels: t?.parcels ?? undefined, areaMu: t?.areaMu ?? undefined });
export const toScope = (s: AmountFormValues['scope']): { warZoneId?: string; unitId?: string } => defined({ warZoneId: s?.warZoneId ?? undefined, unitId: s?.unitId ?? undefined });

export const sourceValues = (s: { documentZh: string; wordingZh: string; readingZh: string }): TargetSourceInput => ({
  documentZh: s.documentZh,
  wordingZh: s.wordingZh,
  readingZh: s.readingZh,
});

export const amountValues = (t: AmountTarget): AmountFormValues => ({
  id: t.id,
  nameZh: t.nameZh,
  basis: t.basis,
  countingStart: t.countingStart,
  periods: t.periods.map((p) => ({ ...p })),
  total: { parcels: t.total?.parcels ?? null, areaMu: t.total?.areaMu ?? null },
  scope: { warZoneId: t.scope?.warZoneId ?? null, unitId: t.scope?.unitId ?? null },
  source: sourceValues(t.source),
});

export const rateValues = (t: DisposalRateTarget): RateFormValues => ({
  id: t.id,
  nameZh: t.nameZh,
  stockKind: t.stockKind,
  minSharePercent: percentNumber(t.minShare),
  denominatorDescriptionZh: t.denominator.descriptionZh,
  status: t.status,
  source: sourceValues(t.source),
});
