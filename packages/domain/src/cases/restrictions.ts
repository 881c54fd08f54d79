/**
 * P-JD04: what an enterprise determined idle or inefficient in Jingde may not do, and which
 * department enforces it (DOMAIN §4.7). A transfer that carries out an approved disposal
 * measure is exempt, or the restriction would block the very transfer the plan promotes
 * (DOMAIN §10 #4).
 */
import { compareIsoDates } from '../units/dates.ts';
import type { CaseSettings, IsoDate, RestrictionType } from './types.ts';

/** The requests a department may receive from a restricted enterprise. */
export type RestrictedRequestKind =
  | 'TRANSFER'
  | 'LEASE'
  | 'MORTGAGE'
  | 'CHANGE_REGISTRATION'
  | 'PREFERENTIAL_POLICY'
  | 'CONSTRUCTION_PLANNING'
  | 'EIA'
  | 'SAFETY_ASSESSMENT'
  | 'FINANCING_GUARANTEE';

export interface RestrictionCatalogueEntry {
  type: RestrictionType;
  label: string;
  /** default departments; a jurisdiction names its own in CaseSettings.restrictionDepartments */
  departments: readonly string[];
  /** requests it suspends; duties such as collecting tax arrears suspend nothing */
  blocks: readonly RestrictedRequestKind[];
}

export const restrictionCatalogue: readonly RestrictionCatalogueEntry[] = [
  {
    type: 'TRANSFER_LEASE_MORTGAGE_REGISTRATION',
    label: '暂缓办理转让、出租、抵押和变更登记',
    departments: ['自然资源局'],
    blocks: ['TRANSFER', 'LEASE', 'MORTGAGE', 'CHANGE_REGISTRATION'],
  },
  { type: 'PREFERENTIAL_POLICY', label: '暂停办理优惠政策兑现', departments: ['科技商务经信局', '财政局'], blocks: ['PREFERENTIAL_POLICY'] },
  { type: 'CONSTRUCTION_PLANNING', label: '暂停办理施工规划等手续', departments: ['住房城乡建设局'], blocks: ['CONSTRUCTION_PLANNING'] },
  { type: 'EIA_SAFETY', label: '暂停办理环评、安评手续', departments: ['生态环境分局', '应急管理局'], blocks: ['EIA', 'SAFETY_ASSESSMENT'] },
  { type: 'FINANCING_GUARANTEE', label: '暂停办理融资担保', departments: ['金融及担保部门'], blocks: ['FINANCING_GUARANTEE'] },
  { type: 'TAX_ARREARS', label: '依法追缴欠缴税款', departments: ['税务局'], blocks: [] },
  { type: 'UTILITIES', label: '配合依法处置', departments: ['供电公司', '供水公司'], blocks: [] },
];

export const restrictionLabels = Object.fromEntries(restrictionCatalogue.map((e) => [e.type, e.label])) as Record<RestrictionType, string>;

export function restrictionEntry(type: RestrictionType): RestrictionCatalogueEntry {
  const entry = restrictionCatalogue.find((e) => e.type === type);
  if (!entry) throw new RangeError(`unknown restriction type: ${type}`);
  return entry;
}

/** One flag per catalogue entry, with this jurisdiction's department names. */
export function restrictionsFor(settings: Pick<CaseSettings, 'restrictionDepartments'>): Array<{ type: RestrictionType; department: string }> {
  return restrictionCatalogue.map((e) => ({
    type: e.type,
    department: settings.restrictionDepartments?.[e.type] ?? e.departments.join('、'),
  }));
}

export interface RestrictionFlag {
  type: RestrictionType;
  since: IsoDate;
  liftedOn?: IsoDate;
}

export interface RestrictedRequest {
  kind: RestrictedRequestKind;
  on: IsoDate;
  /** set when the request executes a disposal measure of the approved plan, e.g. D-JD02 协议转让 */
  approvedDisposal?: { measureId: string; approvedOn: IsoDate };
}

/** Transfer-type requests that an approved disposal measure may need. */
const EXEMPT_WITH_APPROVED_DISPOSAL: readonly RestrictedRequestKind[] = ['TRANSFER', 'CHANGE_REGISTRATION'];

/** Whether the flag stops the request: in force on that day, covering it, and not exempt. */
export function restrictionApplies(flag: RestrictionFlag, request: RestrictedRequest): boolean {
  if (compareIsoDates(request.on, flag.since) < 0) return false;
  if (flag.liftedOn && compareIsoDates(request.on, flag.liftedOn) >= 0) return false;
  if (!restrictionEntry(flag.type).blocks.includes(request.kind)) return false;
  const approved = request.approvedDisposal;
  if (approved && EXEMPT_WITH_APPROVED_DISPOSAL.includes(request.kind) && compareIsoDates(approved.approvedOn, request.on) <= 0) {
    return false;
  }
  return true;
}
