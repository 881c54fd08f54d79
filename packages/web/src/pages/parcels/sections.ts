import { enterpriseFields, parcelFields, type FieldDef, type LedgerSection } from '@panhuo/domain';

export const parcelSection = (section: LedgerSection): FieldDef[] => parcelFields.filter((d) => d.section === section);

/** The enterprise's facts that bear on a parcel's compliance (judicial status, catalogue class). */
export const enterpriseComplianceFields = enterpriseFields.filter((d) =>
  ['judicialStatus', 'catalogueClass', 'parkCatalogueClass'].includes(d.key),
);
