/** One model of each report kind, built by the domain's builders from small fictional inputs, for the renderer tests. */
import {
  amountTargetAchievement,
  buildHalfMonthlyBulletin,
  buildLinkageReport,
  buildQuarterlyInspection,
  buildStockTableReport,
  buildWeeklyDispatch,
  muToSquareMetres,
  qinzhouApprovedNotSuppliedRate,
  qinzhouIdleRate,
  qinzhouLinkage,
  qinzhouStockTable2020,
  wupingQuarterlyTarget,
  type ReportKind,
  type ReportModel,
  type ReportTask,
  type RevitalisedMeasure,
} from '@panhuo/domain';

const mu = (x: number) => Math.round(muToSquareMetres(x) * 100) / 100;
const revitalised = (parcelId: string, revitalisedAt: string, areaMu: number): RevitalisedMeasure => ({ measureId: `m-${parcelId}`, parcelId, revitalisedAt, revitalisedArea_m2: mu(areaMu) });
const task = (titleZh: string, dueOn: string, unitName: string): ReportTask => ({
  parcelCode: 'QL-2023-007',
  parcelName: '青岚县工业园区7号地块',
  titleZh,
  dueOn,
  status: 'OPEN',
  positionTitle: '股长',
  unitName,
  holderName: '周某',
});

const measures = [revitalised('p1', '2023-09-20', 200), revitalised('p2', '2023-09-25', 130), revitalised('p3', '2023-11-10', 150.25)];
const tasks = [task('签订限期开发协议', '2023-11-01', '青岚县工业园区管委会'), task('完成资产评估', '2023-11-20', '青岚县自然资源局')];
const issuer = '青岚县低效工业用地盘活攻坚行动指挥部';
const campaign = '青岚县低效工业用地盘活攻坚行动';

export const testModels: Record<ReportKind, () => ReportModel> = {
  WEEKLY_DISPATCH: () =>
    buildWeeklyDispatch({
      issuerZh: issuer,
      campaignNameZh: campaign,
      week: { from: '2023-11-06', to: '2023-11-12' },
      asOf: '2023-11-13',
      date: '2023-11-13',
      plans: [
        {
          parcelCode: 'QL-2023-007',
          parcelName: '青岚县工业园区7号地块',
          enterpriseName: '青岚某某机械制造有限公司',
          warZoneZh: '城东战区',
          responsibleUnitZh: '青岚县工业园区管委会',
          leader: { positionTitle: '副县长', holderName: '李某' },
          measures: [{ methodNameZh: '限期开发', statusZh: '协商中' }],
          tasks: [{ ...task('签订限期开发协议', '2023-11-10', '青岚县工业园区管委会'), reports: [{ reportedOn: '2023-11-08', progressZh: '已与企业第二次协商', problemsZh: '企业资金紧张', done: false }] }],
        },
      ],
      revitalised: measures,
    }),
  HALF_MONTHLY_BULLETIN: () =>
    buildHalfMonthlyBulletin({
      issuerZh: `${issuer}办公室`,
      campaignNameZh: campaign,
      issueNo: 6,
      period: { from: '2023-11-01', to: '2023-11-15' },
      asOf: '2023-11-15',
      date: '2023-11-16',
      target: amountTargetAchievement(wupingQuarterlyTarget, measures, '2023-11-15'),
      revitalised: measures,
      byWarZone: [{ nameZh: '城东战区', targetParcels: 20, targetMu: 1400, achievedParcels: 3, achievedMu: 480.25, openPlans: 5, overdueTasks: 1 }],
      units: [
        { nameZh: '青岚县工业园区管委会', rank: 2, standing: 'LAGGING', achievedParcels: 0, achievedMu: 0, openPlans: 2, openTasks: 3, overdueTasks: 1 },
        { nameZh: '青岚县自然资源局', rank: 1, standing: 'ADVANCED', achievedParcels: 3, achievedMu: 480.25, openPlans: 3, openTasks: 2, overdueTasks: 0 },
      ],
      tasks,
    }),
  QUARTERLY_INSPECTION: () =>
    buildQuarterlyInspection({
      issuerZh: '青岚县大督办',
      campaignNameZh: campaign,
      quarter: { from: '2023-10-01', to: '2023-12-31' },
      asOf: '2023-12-31',
      date: '2024-01-02',
      target: amountTargetAchievement(wupingQuarterlyTarget, measures, '2023-12-31'),
      revitalisations: [
        { parcelCode: 'QL-2023-003', parcelName: '青岚县工业园区3号地块', methodNameZh: '限期开发', revitalisedOn: '2023-11-10', area_m2: mu(150.25), evidenceZh: '达到动工开发标准（2023年11月8日开工）' },
      ],
      setbacks: [{ parcelCode: 'QL-2023-009', parcelName: '青岚县工业园区9号地块', methodNameZh: '限期开发', outcome: 'ESCALATED', on: '2023-12-01', reasonZh: '未按协议动工', followUpZh: '依法收回' }],
      tasks,
    }),
  STOCK_TABLE: () => buildStockTableReport({ issuerZh: '钦州市自然资源局', date: '2021-01-15', table: qinzhouStockTable2020 }),
  LINKAGE: () =>
    buildLinkageReport({
      issuerZh: '钦州市自然资源局',
      date: '2023-01-10',
      asOf: '2022-12-31',
      year: 2022,
      subjectZh: '灵山县',
      rule: qinzhouLinkage,
      rateTargets: [qinzhouApprovedNotSuppliedRate, qinzhouIdleRate],
      denominators: [
        { stockKind: 'APPROVED_NOT_SUPPLIED', area_m2: 100_000 },
        { stockKind: 'IDLE', area_m2: 40_000 },
      ],
      revitalised: [
        { measureId: 'a', parcelId: 'a', revitalisedAt: '2022-05-01', revitalisedArea_m2: 18_000, stockKind: 'APPROVED_NOT_SUPPLIED' },
        { measureId: 'b', parcelId: 'b', revitalisedAt: '2022-08-01', revitalisedArea_m2: 9_000, stockKind: 'IDLE' },
      ],
      nextYearQuota_m2: mu(1000),
    }),
};
