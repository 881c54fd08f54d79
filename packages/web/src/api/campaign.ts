/**
 * 攻坚调度: the headquarters dashboard and the campaign reports
 * (docs/design/disposal.md §3 `Dashboard`, §4 reports). Achievement figures come from the
 * domain's types (TargetAchievement, RateAchievement) as the server counts them; the web
 * app never recomputes them.
 */
import { reportKindLabels, reportKinds as kinds, type LinkageOutcome, type RateAchievement, type ReportKind, type TargetAchievement, type UnitStanding } from '@panhuo/domain';
import type { CampaignTarget, StockKind, YearlyTask } from '@panhuo/domain';
import { api, downloadFile, request, withQuery } from './client.ts';
import type { Task } from './disposal.ts';

export type { ReportKind, UnitStanding };

/** One active amount target (or this year's task under a quarterly schedule) as of the day, with its source. */
export interface TargetCard {
  id: string;
  kind: 'AMOUNT' | 'QUARTERLY_SCHEDULE';
  nameZh: string;
  /** issuing document, the seed's sentence and the platform's reading of it */
  documentZh: string;
  wordingZh: string;
  readingZh: string;
  achievement: TargetAchievement;
}

/** One yearly disposal rate (处置率) as of the day. */
export type RateCard = RateAchievement;

export interface WarZoneRow {
  warZoneId: string;
  nameZh: string;
  /** the campaign's target was broken down to this zone */
  allocated: boolean;
  targetParcels?: number;
  targetMu?: number;
  achievedParcels: number;
  achievedMu: number;
  openPlans: number;
  overdueTasks: number;
}

export interface UnitRow {
  unitId: string;
  nameZh: string;
  achievedParcels: number;
  achievedMu: number;
  openPlans: number;
  openTasks: number;
  overdueTasks: number;
  rank: number;
  standing: UnitStanding;
}

export interface StageRow {
  stage: string;
  labelZh: string;
  parcels: number;
  areaMu: number;
}

/** An overdue disposal task as GET /tasks lists it. */
export type DashboardTask = Task;

export interface DashboardTotals {
  plans: number;
  openPlans: number;
  revitalisedParcels: number;
  revitalisedMu: number;
  overdueTasks: number;
}

export interface Dashboard {
  asOf: string;
  jurisdictionCode: string;
  /** null while the jurisdiction has no campaign set up */
  campaignNameZh: string | null;
  /** 发文机关 printed on the campaign's reports */
  issuerNameZh: string | null;
  totals: DashboardTotals;
  targets: TargetCard[];
  byWarZone: WarZoneRow[];
  byUnit: UnitRow[];
  stages: StageRow[];
  overdueTasks: DashboardTask[];
  rates: RateCard[];
  /** 增存挂钩 reward / penalty for the year, where the jurisdiction has the rule */
  linkage: LinkageOutcome[];
}

/** The campaign of `jurisdictionCode` (one in the user's scope; their own when absent) as of `asOf` (today when absent). */
export const getDashboard = (query: { asOf?: string; jurisdictionCode?: string }, signal?: AbortSignal) =>
  api.get<Dashboard>('/campaign/dashboard', query, signal);

// ---------------------------------------------------------------------------------------
// Reports (报表)

/** When each kind is made by itself, and what a report made on demand covers (design §4). */
const cadenceZh: Readonly<Record<ReportKind, string>> = {
  WEEKLY_DISPATCH: '每周一自动生成上一周的；按需生成时统计所选日期所在的一周',
  HALF_MONTHLY_BULLETIN: '每月1日、16日自动生成上一个半月的；按需生成时统计所选日期所在的半月',
  QUARTERLY_INSPECTION: '每季度结束次日自动生成；按需生成时统计所选日期所在的季度',
  STOCK_TABLE: '按需生成，统计至所选日期',
  LINKAGE: '按需生成，测算所选日期所在年度',
};

/** The five kinds, in the design's order, with their names and cadence. */
export const reportKinds: ReadonlyArray<{ kind: ReportKind; labelZh: string; cadenceZh: string }> = kinds.map((kind) => ({
  kind,
  labelZh: reportKindLabels[kind],
  cadenceZh: cadenceZh[kind],
}));

export interface CampaignReport {
  id: string;
  kind: ReportKind;
  kindZh: string;
  titleZh: string;
  periodFrom: string;
  periodTo: string;
  generatedAt: string;
  generatorName: string;
  /** made by the schedule (定时) rather than by a user (手动); every report keeps both files */
  scheduled: boolean;
}

export const listReports = (jurisdictionCode: string | undefined, signal?: AbortSignal) =>
  api.get<{ items: CampaignReport[] }>('/campaign/reports', { jurisdictionCode }, signal);

export const createReport = (input: { kind: ReportKind; asOf?: string; jurisdictionCode?: string }) => api.post<CampaignReport>('/campaign/reports', input);

export const downloadReport = (report: Pick<CampaignReport, 'id' | 'titleZh'>, format: 'docx' | 'xlsx') =>
  downloadFile(`/campaign/reports/${encodeURIComponent(report.id)}/${format}`, undefined, `${report.titleZh}.${format}`);

// ---------------------------------------------------------------------------------------
// 攻坚目标设置: the campaign, its targets, the rates' denominators and the 增存挂钩 quotas,
// set up as data by the jurisdiction's administrator (docs/API.md「攻坚目标设置」).

/** A target as stored: `definition` is the domain's CampaignTarget, `scopeZh` 全辖区 / 战区 / 责任单位. */
export interface CampaignTargetItem {
  id: string;
  kind: CampaignTarget['kind'];
  nameZh: string;
  definition: CampaignTarget;
  yearlyTasks: YearlyTask[];
  active: boolean;
  version: number;
  scopeZh: string;
}

export interface CampaignTargetList {
  jurisdictionCode: string;
  /** null while the jurisdiction has no campaign set up */
  campaignNameZh: string | null;
  issuerNameZh: string | null;
  campaignVersion: number | null;
  items: CampaignTargetItem[];
}

export const listCampaignTargets = (jurisdictionCode: string | undefined, signal?: AbortSignal) =>
  api.get<CampaignTargetList>('/campaign/targets', { jurisdictionCode }, signal);

export interface CampaignInfo {
  jurisdictionCode: string;
  nameZh: string;
  issuerNameZh: string;
  version: number;
}

/** Creates the campaign (no version) or renames it (with the version read). */
export const saveCampaign = (input: { jurisdictionCode: string; name: string; issuerName: string; version?: number }) => api.put<CampaignInfo>('/campaign', input);

export interface TargetSourceInput {
  documentZh: string;
  wordingZh: string;
  readingZh: string;
}

export interface PeriodInput {
  id: string;
  labelZh: string;
  wordingZh?: string;
  endDate: string;
  parcels?: number;
  areaMu?: number;
}

export interface AmountTargetInput {
  kind: 'AMOUNT';
  id: string;
  nameZh: string;
  basis: 'INCREMENTAL' | 'CUMULATIVE';
  countingStart: string;
  periods: PeriodInput[];
  total?: { parcels?: number; areaMu?: number };
  scope?: { warZoneId?: string; unitId?: string };
  source: TargetSourceInput;
}

export interface RateTargetInput {
  kind: 'DISPOSAL_RATE';
  id: string;
  nameZh: string;
  stockKind: StockKind;
  /** a percentage: 18 = 18 % */
  minSharePercent: number;
  denominatorDescriptionZh?: string;
  status: 'IN_FORCE' | 'DRAFT';
  source: TargetSourceInput;
}

/** One of the seeds' targets (builtInCampaignTargets) copied as a template, under its own id or `id`. */
export interface BuiltInTargetInput {
  fromBuiltIn: string;
  id?: string;
}

/** 增存挂钩: next year's quota raised when every listed rate target is met, cut otherwise. */
export interface LinkageTargetInput {
  kind: 'LINKAGE';
  id: string;
  nameZh: string;
  rewardSharePercent: number;
  penaltySharePercent: number;
  taskTargetIds: string[];
  quotaDescriptionZh: string;
  source: TargetSourceInput;
}

export type NewTargetInput = AmountTargetInput | RateTargetInput | LinkageTargetInput | BuiltInTargetInput;

export const createCampaignTarget = (jurisdictionCode: string, input: NewTargetInput) =>
  api.post<CampaignTargetItem>('/campaign/targets', { ...input, jurisdictionCode });

/** What PUT /campaign/targets/:id may change; fields of another kind of target are refused. */
export interface TargetChangeInput {
  version: number;
  active: boolean;
  nameZh?: string;
  source?: TargetSourceInput;
  basis?: 'INCREMENTAL' | 'CUMULATIVE';
  countingStart?: string;
  periods?: PeriodInput[];
  total?: { parcels?: number; areaMu?: number };
  scope?: { warZoneId?: string; unitId?: string };
  minSharePercent?: number;
  status?: 'IN_FORCE' | 'DRAFT';
  denominatorDescriptionZh?: string;
  yearlyTasks?: YearlyTask[];
}

export const updateCampaignTarget = (jurisdictionCode: string, id: string, input: TargetChangeInput) =>
  api.put<CampaignTargetItem>(withQuery(`/campaign/targets/${encodeURIComponent(id)}`, { jurisdictionCode }), input);

export const deleteCampaignTarget = (jurisdictionCode: string, target: Pick<CampaignTargetItem, 'id' | 'version'>) =>
  request<void>(`/campaign/targets/${encodeURIComponent(target.id)}`, { method: 'DELETE', query: { jurisdictionCode, version: target.version } });

/** 处置率的分母: a year's stock of one kind on 1 January, in m², with where the figure comes from. */
export interface RateBase {
  year: number;
  stockKind: StockKind;
  stockKindZh: string;
  area_m2: number;
  areaMu: number;
  area_ha: number;
  source: string;
}

export const listRateBases = (jurisdictionCode: string, signal?: AbortSignal) =>
  api.get<{ jurisdictionCode: string; items: RateBase[] }>('/campaign/rate-bases', { jurisdictionCode }, signal);

export const saveRateBase = (jurisdictionCode: string, key: { year: number; stockKind: StockKind }, input: { area_m2: number; source: string }) =>
  api.put<RateBase>(`/campaign/rate-bases/${key.year}/${key.stockKind}`, { ...input, jurisdictionCode });

/** 增存挂钩: a year's new construction-land plan quota, in m², with its source. */
export interface Quota {
  year: number;
  quota_m2: number;
  quotaMu: number;
  quota_ha: number;
  source: string;
}

export const listQuotas = (jurisdictionCode: string, signal?: AbortSignal) =>
  api.get<{ jurisdictionCode: string; items: Quota[] }>('/campaign/quotas', { jurisdictionCode }, signal);

export const saveQuota = (jurisdictionCode: string, year: number, input: { quota_m2: number; source: string }) =>
  api.put<Quota>(`/campaign/quotas/${year}`, { ...input, jurisdictionCode });
