import type { AmountTarget, TargetPeriod } from '@panhuo/domain';
import type { Queryable } from '../db/database.ts';
import { findCampaign, insertTarget, upsertCampaign } from '../features/campaign/repository.ts';
import { COUNTY_CODE, COUNTY_NAME } from './county.ts';
import { demoOrgId } from './organisation-load.ts';

/**
 * The demo county's campaign, modelled on Wuping's (武政办规〔2023〕7号): quarterly
 * increments of parcels and 亩 for the county, split among the three war zones. The
 * document, its number and the figures are invented for the demo.
 */
export const DEMO_CAMPAIGN_NAME = `${COUNTY_NAME}低效工业用地盘活攻坚行动（2026—2027年）`;
export const DEMO_CAMPAIGN_ISSUER = `${COUNTY_NAME}低效工业用地盘活攻坚行动指挥部办公室`;

const DOCUMENT = `${COUNTY_NAME}人民政府办公室 青政办〔2026〕12号（2026年3月20日，演示数据）`;
const READING =
  '〔REC〕各季度数字为当季增量，合计与总目标一致；「前」读作“至该季度末”；「以上」含本数；自2026年4月1日起算；一宗地在其首项措施盘活之日所在季度计一宗，面积按各措施盘活之日分别计入。';

const quarters = (figures: Array<[number, number]>): TargetPeriod[] =>
  [
    { id: '2026Q2', labelZh: '2026年二季度', endDate: '2026-06-30' },
    { id: '2026Q3', labelZh: '2026年三季度', endDate: '2026-09-30' },
    { id: '2026Q4', labelZh: '2026年四季度', endDate: '2026-12-31' },
    { id: '2027Q1', labelZh: '2027年一季度', endDate: '2027-03-31' },
  ].map((p, i) => ({ ...p, parcels: figures[i]![0], areaMu: figures[i]![1] }));

const countyTarget: AmountTarget = {
  id: 'QL-QUARTERS',
  kind: 'AMOUNT',
  nameZh: '低效工业用地盘活攻坚分季度目标',
  jurisdiction: COUNTY_CODE,
  basis: 'INCREMENTAL',
  countingStart: '2026-04-01',
  periods: quarters([
    [3, 120],
    [4, 180],
    [5, 220],
    [4, 160],
  ]),
  total: { parcels: 16, areaMu: 680 },
  source: {
    documentZh: DOCUMENT,
    wordingZh:
      '通过一年时间的盘活攻坚行动，完成 16 宗 680 亩以上低效工业用地盘活。其中：2026 年二季度完成 3 宗 120 亩以上、三季度完成 4 宗 180 亩以上、四季度完成 5 宗 220 亩以上，2027 年一季度完成 4 宗 160 亩以上。',
    readingZh: READING,
    domainRef: 'DOMAIN.md §6.1（参照武平县）',
  },
};

const warZones: Array<{ key: string; nameZh: string; figures: Array<[number, number]> }> = [
  { key: 'wz.xc', nameZh: '县城工业园战区', figures: [[1, 50], [2, 70], [2, 80], [1, 60]] },
  { key: 'wz.yx', nameZh: '岩溪工业园战区', figures: [[1, 40], [1, 60], [2, 80], [1, 50]] },
  { key: 'wz.sl', nameZh: '十里工业园战区', figures: [[1, 30], [1, 50], [1, 60], [2, 50]] },
];

function warZoneTarget(wz: (typeof warZones)[number]): AmountTarget {
  const periods = quarters(wz.figures);
  return {
    ...countyTarget,
    id: `QL-QUARTERS-${wz.key.slice(3).toUpperCase()}`,
    nameZh: `${wz.nameZh}分季度目标`,
    periods,
    total: { parcels: periods.reduce((s, p) => s + p.parcels!, 0), areaMu: periods.reduce((s, p) => s + p.areaMu!, 0) },
    scope: { warZoneId: demoOrgId(COUNTY_CODE, wz.key) },
    source: { ...countyTarget.source, wordingZh: `指挥部将分季度目标分解到各战区：${wz.nameZh}${periods.map((p) => `${p.labelZh} ${p.parcels} 宗 ${p.areaMu} 亩`).join('、')}。` },
  };
}

export const demoCampaignTargets: readonly AmountTarget[] = [countyTarget, ...warZones.map(warZoneTarget)];

/** Writes the campaign and its targets once (nothing when the county already has a campaign). */
export async function loadDemoCampaign(tx: Queryable): Promise<boolean> {
  if (await findCampaign(tx, COUNTY_CODE)) return false;
  await upsertCampaign(tx, { jurisdictionCode: COUNTY_CODE, name: DEMO_CAMPAIGN_NAME, issuerName: DEMO_CAMPAIGN_ISSUER });
  let ordinal = 0;
  for (const t of demoCampaignTargets) {
    await insertTarget(tx, { jurisdictionCode: COUNTY_CODE, id: t.id, kind: t.kind, definition: t, yearlyTasks: [], active: true, ordinal: ordinal++ });
  }
  return true;
}
