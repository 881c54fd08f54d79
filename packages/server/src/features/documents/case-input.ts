import { compileRuleSet, enumLabel, type CaseSettings, type DocumentInput, type GovernmentCauseItem } from '@panhuo/domain';
import type { CaseRowForDocument, EnterpriseRowForDocument, IdentificationForDocument, ParcelRowForDocument, YearRowForDocument } from './case-facts-repository.ts';

/**
 * A case's stored facts → the plain DocumentInput the domain builders take. The snapshot is
 * read field by field (it is the case machine's JSON); a value that is not there stays
 * absent and the draft shows it as 待补充.
 */

const governmentCauseItems: Record<string, GovernmentCauseItem> = {
  LATE_OR_NONCONFORMING_DELIVERY: 1,
  PLAN_AMENDED: 2,
  NEW_NATIONAL_POLICY: 3,
  PETITIONS: 4,
  MILITARY_OR_HERITAGE: 5,
  OTHER_GOVERNMENT_ACT: 6,
  FORCE_MAJEURE: 7,
};

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const strings = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);

/** 0601 工业用地 → 工业用地 */
const plannedUseWords = (code: string | null) => (code ? enumLabel('plannedUse', code).replace(/^\d+\s*/, '') : null);

/** 《闲置土地处置办法》（国土资源部令第53号） from a rule set's name with or without its book-title marks. */
function citedName(nameZh: string): string {
  const bare = nameZh.replace(/[《》]/g, '');
  const m = /^(.+?)（(.+)）$/.exec(bare);
  return m ? `《${m[1]}》（${m[2]}）` : `《${bare}》`;
}

/**
 * The engine's evidence sentence as a document states it: without the engine's spaces around
 * numbers and without its trailing quote of the wording, which the document already gives.
 */
export function evidenceForDocument(sentence: string): string {
  return sentence
    .replace(/；?\s*依据：[\s\S]*$/, '')
    .replace(/([\u3000-\u9fff\uff00-\uffef])\s+(?=\S)/g, '$1')
    .replace(/(\S)\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .trim();
}

function identificationOf(id: IdentificationForDocument | undefined, only: string[] | null): DocumentInput['identification'] {
  if (!id) return null;
  const result = compileRuleSet(id.definition, id.asOf).evaluate(id.facts);
  const wanted = new Set(only?.length ? only : id.metCriteria);
  const defs = new Map(id.definition.criteria.map((c) => [c.id, c]));
  return {
    ruleSetName: citedName(id.definition.nameZh),
    evaluatedOn: id.asOf,
    criteria: result.criteria
      .filter((c) => wanted.has(c.id) && c.status === 'MET')
      .map((c) => ({ id: c.id, wordingZh: defs.get(c.id)?.wordingZh ?? c.id, evidence: [evidenceForDocument(c.evidence)] })),
  };
}

export interface CaseSources {
  caseRow: CaseRowForDocument;
  /** the settings the case's clocks run on (its county's, else inherited from above) */
  settings: CaseSettings;
  issuer: string;
  parcel: ParcelRowForDocument | undefined;
  enterprise: EnterpriseRowForDocument | undefined;
  years: YearRowForDocument[];
  identification: IdentificationForDocument | undefined;
}

export function documentInputOf(src: CaseSources): DocumentInput {
  const s = src.caseRow.snapshot;
  const settings = src.settings;
  const p = src.parcel;
  const e = src.enterprise;
  const county = src.caseRow.jurisdictionName;
  const approval = s.approval as { body?: unknown; decidedOn?: unknown; docNo?: unknown } | undefined;
  const review = s.review as { heldOn?: unknown; outcome?: unknown } | undefined;
  const [last, before] = src.years;
  const twoYearExcl =
    last && before && [last, before].every((y) => y.taxPaid_yuan != null)
      ? [last, before].reduce((sum, y) => sum + (y.taxPaid_yuan ?? 0) - (y.landUseTax_yuan ?? 0) - (y.propertyTax_yuan ?? 0), 0) / 2
      : null;
  const compliance = p
    ? [p.safetyNonCompliant && '安全生产不达标', p.environmentNonCompliant && '环保不达标', p.fireNonCompliant && '消防不达标'].filter(Boolean).join('、') || null
    : null;
  const sanction = str(s.sanction);
  return {
    issuer: src.issuer,
    enterprise: e ? { name: e.name, uscc: e.uscc, address: e.address, legalRepresentative: e.legalRepresentative, phone: e.phone } : null,
    parcel: p
      ? {
          code: p.code,
          name: p.name,
          location: p.location,
          area_m2: p.area_m2,
          grantedArea_m2: p.grantedArea_m2,
          plannedUse: plannedUseWords(p.plannedUse),
          acquisitionDate: p.acquisitionDate,
          agreedStartDate: p.agreedStartDate ?? str(s.agreedStartDate),
          agreedCompletionDate: p.agreedCompletionDate,
          landPrice_yuan: p.landPrice_yuan,
          contractNo: p.contractNo,
        }
      : null,
    identification: identificationOf(src.identification, strings(s.proposedCriteria)),
    facts: {
      caseNo: src.caseRow.caseNo,
      discoveredOn: str(s.discoveredOn),
      materialsDeadline: str(s.materialsDueOn),
      materialsDays: settings.materialsDays,
      cause: s.cause === 'GOVERNMENT' || s.cause === 'ENTERPRISE' ? s.cause : null,
      governmentCauseItem: governmentCauseItems[str(s.governmentCause) ?? ''] ?? null,
      idleSince: str(s.idleSince),
      sanction: sanction === 'FEE' || sanction === 'RECOVERY' ? sanction : null,
      feeAmountYuan: str(s.feeAmountYuan),
      feeRate: settings.idleFeeRate,
      paymentDeadline: str(s.complianceDueOn),
      paymentDays: sanction === 'RECOVERY' ? settings.deregistrationDays : settings.paymentDays,
      hearingRequestDeadline: str(s.hearingRequestDueOn),
      hearingRequestWorkingDays: settings.hearingRequestWorkingDays,
      proposedDisposal: strings(s.proposedDisposal),
      objectionWindowEnd: str(s.objectionWindowEndsOn),
      objectionWorkingDays: settings.objectionWorkingDays,
      approval: approval && str(approval.body) && str(approval.decidedOn) ? { body: String(approval.body), decidedOn: String(approval.decidedOn), docNo: str(approval.docNo) } : null,
      hearingHeldOn: str(s.hearingHeldOn),
      reviewBody: `${county}人民政府`,
      court: `${county}人民法院`,
      reviewedOn: str(review?.heldOn),
      reviewOutcome: review?.outcome === 'CONFIRM' || review?.outcome === 'REJECT' ? review.outcome : null,
      reverificationUpheld: s.reverificationOutcome === 'UPHOLD',
    },
    form: {
      employees: p?.employees ?? null,
      previousYear: last?.year ?? null,
      industrialOutput_yuan: last?.industrialOutput_yuan ?? null,
      taxPaid_yuan: last?.taxPaid_yuan ?? null,
      landUseTax_yuan: last?.landUseTax_yuan ?? null,
      propertyTax_yuan: last?.propertyTax_yuan ?? null,
      twoYearAverageTaxExcl_yuan: twoYearExcl,
      floorArea_m2: p?.floorArea_m2 ?? null,
      buildingFootprint_m2: p?.buildingFootprint_m2 ?? null,
      productionHaltedOn: p?.haltProductionStartDate ?? null,
      productionStartDate: p?.productionStartDate ?? null,
      actualStartDate: p?.actualStartDate ?? null,
      developedArea_m2: p?.developedArea_m2 ?? null,
      requiredDevelopmentArea_m2: p?.requiredDevelopmentArea_m2 ?? null,
      investedAmount_yuan: p?.investedAmount_yuan ?? null,
      totalInvestment_yuan: p?.totalInvestment_yuan ?? null,
      haltStartDate: p?.haltStartDate ?? null,
      judicialStatus: e?.judicialStatus ? enumLabel('judicialStatus', e.judicialStatus) : null,
      catalogueClass: e?.catalogueClass ? enumLabel('catalogueClass', e.catalogueClass) : null,
      complianceNote: compliance,
    },
  };
}
