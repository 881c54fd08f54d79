import type { ManualFinding, ParcelFacts } from './facts.ts';

/** Shared by every parcel without findings; nothing writes to it. */
const NO_FINDINGS: ManualFinding[] = [];

/**
 * Parcel facts arrive in as many object shapes as there are combinations of recorded
 * members (a generated pool of 20 000 parcels has some 700), so each `p.contract`,
 * `p.operations`… in a criterion was a megamorphic property lookup that often missed
 * V8's lookup cache. The evaluator therefore reads the parcel's top-level members once,
 * with `for…in` (which follows the object's own layout), into an object of one fixed
 * shape. The sections themselves are shared, not copied. An absent member becomes null,
 * which every criterion already reads as unknown.
 */
export function factsView(p: ParcelFacts): ParcelFacts {
  const v: Required<ParcelFacts> = {
    id: p.id,
    parcelCode: null,
    name: null,
    zone: null,
    plannedUse: null,
    area_m2: p.area_m2,
    grantedArea_m2: null,
    enterprise: null,
    right: null,
    contract: null,
    construction: null,
    site: null,
    operations: null,
    finance: null,
    compliance: null,
    idleCause: null,
    manualFindings: NO_FINDINGS,
  };
  const members = p as unknown as Record<string, unknown>;
  for (const k in members) {
    const x = (members[k] ?? null) as never;
    switch (k) {
      case 'parcelCode':
        v.parcelCode = x;
        break;
      case 'name':
        v.name = x;
        break;
      case 'zone':
        v.zone = x;
        break;
      case 'plannedUse':
        v.plannedUse = x;
        break;
      case 'grantedArea_m2':
        v.grantedArea_m2 = x;
        break;
      case 'enterprise':
        v.enterprise = x;
        break;
      case 'right':
        v.right = x;
        break;
      case 'contract':
        v.contract = x;
        break;
      case 'construction':
        v.construction = x;
        break;
      case 'site':
        v.site = x;
        break;
      case 'operations':
        v.operations = x;
        break;
      case 'finance':
        v.finance = x;
        break;
      case 'compliance':
        v.compliance = x;
        break;
      case 'idleCause':
        v.idleCause = x;
        break;
      case 'manualFindings':
        // absent and empty read alike (no finding)
        if (x !== null) v.manualFindings = x;
        break;
    }
  }
  return v;
}
