/**
 * 攻坚调度: the headquarters dashboard and the campaign reports
 * (docs/design/disposal.md §3 `Dashboard`, §4 reports). Achievement figures come from the
 * domain's types (TargetAchievement, RateAchievement) as the server counts them; the web
 * app never recomputes them.
 */
import { reportKindLabels, reportKinds as kinds, type LinkageOutcome, type RateAchievement, type ReportKind, type TargetAchievement, type UnitStanding } from '@panhuo/domain';
import { api, downloadFile } from './client.ts';
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
