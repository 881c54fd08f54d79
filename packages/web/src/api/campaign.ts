/**
 * 攻坚调度: the headquarters dashboard and the campaign reports
 * (docs/design/disposal.md §3 `Dashboard`, §4 reports). Achievement figures come from the
 * domain's types (TargetAchievement, RateAchievement) as the server counts them; the web
 * app never recomputes them.
 */
import type { LinkageOutcome, RateAchievement, TargetAchievement, UnitStanding } from '@panhuo/domain';
import { api, downloadFile } from './client.ts';

export type { UnitStanding };

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
  allocated?: boolean;
  targetParcels?: number | null;
  targetMu?: number | null;
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

/** A disposal task as the dashboard lists it (the design's `Task`, fields the table reads). */
export interface DashboardTask {
  id: string;
  planId: string;
  planNo: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  zoneName?: string | null;
  methodNameZh?: string | null;
  titleZh: string;
  dueOn: string;
  positionTitle: string;
  unitName?: string | null;
  holderName?: string | null;
  daysOverdue: number;
}

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
  issuerNameZh?: string | null;
  totals?: DashboardTotals;
  targets: TargetCard[];
  byWarZone: WarZoneRow[];
  byUnit: UnitRow[];
  stages: StageRow[];
  overdueTasks: DashboardTask[];
  rates: RateCard[];
  /** 增存挂钩 reward / penalty for the year, where the jurisdiction has the rule */
  linkage?: LinkageOutcome[];
}

/** The campaign of `jurisdictionCode` (one in the user's scope; their own when absent) as of `asOf` (today when absent). */
export const getDashboard = (query: { asOf?: string; jurisdictionCode?: string }, signal?: AbortSignal) =>
  api.get<Dashboard>('/campaign/dashboard', query, signal);

// ---------------------------------------------------------------------------------------
// Reports (报表)

export type ReportKind = 'WEEKLY_DISPATCH' | 'HALF_MONTHLY_BULLETIN' | 'QUARTERLY_INSPECTION' | 'STOCK_TABLE' | 'LINKAGE';

/** The five kinds of the design (§4), in the order a user meets them, with what each holds. */
export const reportKinds: ReadonlyArray<{ kind: ReportKind; labelZh: string; cadenceZh: string }> = [
  { kind: 'WEEKLY_DISPATCH', labelZh: '周调度表', cadenceZh: '每周一自动生成上一周' },
  { kind: 'HALF_MONTHLY_BULLETIN', labelZh: '半月通报', cadenceZh: '每月1日、16日自动生成上半月' },
  { kind: 'QUARTERLY_INSPECTION', labelZh: '季度督查报告', cadenceZh: '每季度结束次日自动生成' },
  { kind: 'STOCK_TABLE', labelZh: '存量土地统计表', cadenceZh: '按需生成' },
  { kind: 'LINKAGE', labelZh: '增存挂钩奖惩测算', cadenceZh: '按需生成' },
];

export interface CampaignReport {
  id: string;
  kind: ReportKind;
  kindZh: string;
  titleZh: string;
  periodFrom: string;
  periodTo: string;
  generatedAt: string;
  generatorName?: string;
  scheduled: boolean;
  /** both files are kept for every report; absent means present */
  hasDocx?: boolean;
  hasXlsx?: boolean;
}

export const listReports = (signal?: AbortSignal) => api.get<{ items: CampaignReport[] }>('/campaign/reports', undefined, signal);

export const createReport = (input: { kind: ReportKind; asOf?: string }) => api.post<CampaignReport>('/campaign/reports', input);

export const downloadReport = (report: Pick<CampaignReport, 'id' | 'titleZh'>, format: 'docx' | 'xlsx') =>
  downloadFile(`/campaign/reports/${encodeURIComponent(report.id)}/${format}`, undefined, `${report.titleZh}.${format}`);
