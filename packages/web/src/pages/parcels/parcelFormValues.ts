/**
 * The parcel form's values and how they map to and from the API. Every field comes
 * from the catalogue; the form holds display units (万元, %, dayjs) and converts back
 * through the domain's parser on save.
 */
import { contractFields, parcelFields, yearFields } from '@panhuo/domain';
import type { Parcel, ParcelInput } from '../../api/types.ts';
import { allBlank, fromFormValues, toFormValues, type FormValue } from '../../format/formValues.ts';

type Values = Record<string, FormValue>;

export interface ParcelFormValues {
  jurisdictionCode?: string;
  zoneId: string | null;
  enterpriseId: string | null;
  fields: Values;
  contract: Values;
  years: Values[];
}

export function toParcelForm(parcel: Parcel | null): ParcelFormValues {
  return {
    jurisdictionCode: parcel?.jurisdictionCode,
    zoneId: parcel?.zone?.id ?? null,
    enterpriseId: parcel?.enterprise?.id ?? null,
    fields: toFormValues(parcelFields, parcel?.fields),
    contract: toFormValues(contractFields, parcel?.contract),
    years: [...(parcel?.years ?? [])]
      .sort((a, b) => Number(a.year) - Number(b.year))
      .map((y) => toFormValues(yearFields, y)),
  };
}

export const emptyYear = (year: number): Values => ({ ...toFormValues(yearFields, null), year });

/** A contract left entirely blank stays "no contract" (null) rather than an empty record. */
export function toParcelInput(values: ParcelFormValues, hadContract: boolean): ParcelInput {
  const contract = fromFormValues(contractFields, values.contract);
  return {
    ...(values.jurisdictionCode ? { jurisdictionCode: values.jurisdictionCode } : {}),
    zoneId: values.zoneId ?? null,
    enterpriseId: values.enterpriseId ?? null,
    fields: fromFormValues(parcelFields, values.fields),
    contract: allBlank(contract) && !hadContract ? null : contract,
    years: (values.years ?? []).map((y) => fromFormValues(yearFields, y)),
  };
}
