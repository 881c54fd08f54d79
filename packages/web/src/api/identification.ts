/**
 * 闲置低效认定: rule sets and their versions, identification runs and their results,
 * early warnings and what-if simulations (docs/API.md, "Identification").
 */
import type { CriterionCategory, CriterionStatus, PrimaryCategory } from '@panhuo/domain';
import { api, type Page } from './client.ts';

export type ChangeKind = 'NEW' | 'CLEARED' | 'CHANGED' | 'SAME';

export interface CriterionParams {
  id: string;
  category: CriterionCategory;
  kind: string;
  wordingZh: string;
  params: Record<string, unknown>;
}

export interface RuleSetVersion {
  ruleSetId: string;
  version: number;
  nameZh: string;
  effectiveFrom: string;
  createdBy: string;
  createdAt: string;
  note: string | null;
  criteria: CriterionParams[];
}

export interface RuleSetSummary {
  id: string;
  nameZh: string;
  status: 'IN_FORCE' | 'DRAFT';
  jurisdiction: string;
  versions: RuleSetVersion[];
}

export interface CriterionChange {
  criterionId: string;
  params: Record<string, unknown>;
}

export interface NewVersionInput {
  basedOnVersion: number;
  effectiveFrom: string;
  note?: string;
  changes: CriterionChange[];
}

export interface Tally {
  count: number;
  area_m2: number;
}

export interface RunStats {
  byCategory: Record<PrimaryCategory, Tally>;
  byCriterion: Array<{ criterionId: string; category: CriterionCategory; MET: Tally; UNKNOWN: Tally; MANUAL: Tally }>;
  byClass: Array<{ classId: string; count: number; area_m2: number }>;
  /** null on the first run of a rule set in a jurisdiction */
  changes: Record<ChangeKind, number> | null;
}

export interface Run {
  id: string;
  jurisdictionCode: string;
  ruleSetId: string;
  ruleSetVersion: number;
  asOf: string;
  trigger: 'MANUAL' | 'NIGHTLY';
  actorName: string;
  startedAt: string;
  finishedAt: string | null;
  parcelCount: number;
  previousRunId: string | null;
  summary: RunStats | null;
}

export interface ChangedParcel {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  area_m2: number;
  change: ChangeKind;
  categoryBefore: PrimaryCategory | null;
  categoryAfter: PrimaryCategory;
  /** criteria MET now that were not MET in the previous run */
  criteriaMet: string[];
  /** criteria MET in the previous run that are not MET now */
  criteriaCleared: string[];
}

export interface RunDetail extends Run {
  changedParcels: ChangedParcel[];
}

export interface ResultFilters {
  category?: PrimaryCategory;
  criterionId?: string;
  status?: CriterionStatus;
  change?: ChangeKind;
  q?: string;
}

export interface ResultItem {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  zoneName: string | null;
  enterpriseName: string | null;
  area_m2: number;
  primaryCategory: PrimaryCategory;
  metCriterionIds: string[];
  classes: string[];
  change: ChangeKind | null;
}

export interface MissingFact {
  /** the parcel-facts path, e.g. construction.haltStartDate */
  path: string;
  labelZh: string;
  fieldKey: string | null;
  entity: 'parcel' | 'contract' | 'year' | 'enterprise' | null;
  year: number | null;
  /** the section (the parcel page's tab) where it is filled in */
  section: string | null;
  sectionZh: string | null;
}

export interface CriterionRow {
  id: string;
  category: CriterionCategory;
  status: CriterionStatus;
  evidenceZh: string;
  missing: MissingFact[];
  computed: Record<string, number> | null;
  willBeMetOn: string | null;
  wordingZh: string;
  readingZh: string;
}

export interface Sanctions {
  idleFee_yuan: number | null;
  recoveryWithoutCompensation: boolean | null;
  legalReviewRequired: boolean;
  evidence: string;
}

export interface ResultDetail {
  runId: string;
  ruleSetId: string;
  ruleSetVersion: number;
  asOf: string;
  parcel: { parcelId: string; parcelCode: string; parcelName: string; zoneName: string | null; enterpriseName: string | null; area_m2: number };
  primaryCategory: PrimaryCategory;
  classes: string[];
  change: ChangeKind | null;
  criteria: CriterionRow[];
  sanctions: Sanctions | null;
  candidateDisposals: string[];
  facts: Record<string, unknown>;
}

export interface FactsToCollectItem {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  criteria: Array<{ criterionId: string; missing: MissingFact[] }>;
}

export interface WarningItem {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  criterionId: string;
  category: CriterionCategory;
  willBeMetOn: string;
  daysLeft: number;
  evidenceZh: string;
}

export interface Warnings {
  jurisdictionCode: string;
  ruleSetId: string;
  ruleSetVersion: number;
  asOf: string;
  horizonDays: number;
  items: WarningItem[];
}

export interface WhatIfInput {
  jurisdictionCode: string;
  ruleSetId: string;
  basedOnVersion: number;
  asOf: string;
  changes: CriterionChange[];
}

export interface WhatIfResult {
  ruleSetId: string;
  basedOnVersion: number;
  asOf: string;
  parcelCount: number;
  changedCount: number;
  changedArea_m2: number;
  items: Array<{ parcelId: string; parcelCode: string; parcelName: string; area_m2: number; before: PrimaryCategory; after: PrimaryCategory }>;
}

const enc = encodeURIComponent;

export const listRuleSets = (signal?: AbortSignal) =>
  api.get<{ items: RuleSetSummary[] }>('/rule-sets', undefined, signal).then((r) => r.items);

export const getRuleSetVersion = (id: string, version: number, signal?: AbortSignal) =>
  api.get<RuleSetVersion>(`/rule-sets/${enc(id)}/versions/${version}`, undefined, signal);

export const createRuleSetVersion = (id: string, input: NewVersionInput) =>
  api.post<RuleSetVersion>(`/rule-sets/${enc(id)}/versions`, input);

export const getJurisdictionRuleSets = (code: string, signal?: AbortSignal) =>
  api.get<{ jurisdictionCode: string; ruleSetIds: string[] }>(`/jurisdictions/${enc(code)}/rule-sets`, undefined, signal).then((r) => r.ruleSetIds);

export const setJurisdictionRuleSets = (code: string, ruleSetIds: string[]) =>
  api.put<{ jurisdictionCode: string; ruleSetIds: string[] }>(`/jurisdictions/${enc(code)}/rule-sets`, { ruleSetIds });

export const startRun = (input: { jurisdictionCode: string; ruleSetId: string; asOf: string }) =>
  api.post<Run>('/identification/runs', input);

export const listRuns = (jurisdictionCode: string, ruleSetId: string | undefined, signal?: AbortSignal) =>
  api.get<{ items: Run[] }>('/identification/runs', { jurisdictionCode, ruleSetId }, signal).then((r) => r.items);

export const getRun = (id: string, signal?: AbortSignal) => api.get<RunDetail>(`/identification/runs/${enc(id)}`, undefined, signal);

export const listResults = (runId: string, filters: ResultFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<ResultItem>>(`/identification/runs/${enc(runId)}/results`, { ...filters, page, pageSize }, signal);

export const getResult = (runId: string, parcelId: string, signal?: AbortSignal) =>
  api.get<ResultDetail>(`/identification/runs/${enc(runId)}/results/${enc(parcelId)}`, undefined, signal);

export const getFactsToCollect = (runId: string, signal?: AbortSignal) =>
  api.get<Page<FactsToCollectItem>>(`/identification/runs/${enc(runId)}/facts-to-collect`, undefined, signal);

export const getWarnings = (jurisdictionCode: string, ruleSetId: string, horizonDays: number, signal?: AbortSignal) =>
  api.get<Warnings>('/identification/warnings', { jurisdictionCode, ruleSetId, horizonDays }, signal);

export const runWhatIf = (input: WhatIfInput) => api.post<WhatIfResult>('/identification/what-if', input);
