import type { StockLandTable } from '../stock-table.ts';
import type { AmountTarget, DisposalRateTarget, LinkageRule, QuarterlyScheduleTarget, StockKind, TargetSource, YearlyTask } from '../types.ts';

/** 钦州市盘活存量土地三年行动工作方案（2021—2023年）(钦政办〔2021〕41号), DOMAIN.md §6.2. */

const DOCUMENT = '钦州市人民政府办公室 钦政办〔2021〕41号（2021年12月30日）';
const JURISDICTION = '450700';
const GOALS =
  '到2023年，全市力争实现以下目标：盘活存量土地4.65万亩；“增存挂钩”中“批而未供”土地处置率每年达到18%以上，闲置土地处置率每年达到25%以上；';
/** the three kinds of stock the plan and its annex count */
const QZ_STOCK: readonly StockKind[] = ['APPROVED_NOT_SUPPLIED', 'IDLE', 'URBAN_INEFFICIENT'];

const source = (wordingZh: string, readingZh: string, domainRef = 'DOMAIN.md §6.2'): TargetSource => ({ documentZh: DOCUMENT, wordingZh, readingZh, domainRef });

export const qinzhouStockTarget: AmountTarget = {
  id: 'QZ-STOCK',
  kind: 'AMOUNT',
  nameZh: '盘活存量土地目标',
  jurisdiction: JURISDICTION,
  basis: 'CUMULATIVE',
  countingStart: '2022-01-01',
  periods: [
    { id: '2022', labelZh: '2022年12月底前', wordingZh: '力争2022年12月底前完成自治区下达任务的70%以上，即盘活存量土地3.255万亩以上', endDate: '2022-12-31', areaMu: 32_550 },
    { id: '2023', labelZh: '2023年12月底前', wordingZh: '2023年12月底前100%完成自治区下达任务，即盘活存量土地4.65万亩', endDate: '2023-12-31', areaMu: 46_500 },
  ],
  total: { areaMu: 46_500 },
  stockKinds: QZ_STOCK,
  source: source(
    `${GOALS}……根据处置方案，逐宗分类处置，力争2022年12月底前完成自治区下达任务的70%以上，即盘活存量土地3.255万亩以上；2023年12月底前100%完成自治区下达任务，即盘活存量土地4.65万亩。`,
    '〔REC〕累计目标（3.255万亩为4.65万亩的70%）；只有面积、没有宗数；自2022年1月1日起算（方案2021年12月30日印发，首个年度任务为2022年，调查摸底期间完成的盘活亦计入）；计批而未供、闲置、城镇低效三类存量；「以上」含本数。与处置率目标分列，互不推导。',
  ),
};

export const qinzhouQuarterlySchedule: QuarterlyScheduleTarget = {
  id: 'QZ-QUARTERLY',
  kind: 'QUARTERLY_SCHEDULE',
  nameZh: '盘活存量土地任务季度管控',
  jurisdiction: JURISDICTION,
  checkpoints: [
    { id: 'Q1', labelZh: '一季度', quarter: 1, cumulativeShare: { num: 15, den: 100 } },
    { id: 'Q2', labelZh: '二季度', quarter: 2, cumulativeShare: { num: 40, den: 100 } },
    { id: 'Q3', labelZh: '三季度', quarter: 3, cumulativeShare: { num: 75, den: 100 } },
    { id: 'Q4', labelZh: '四季度', quarter: 4, cumulativeShare: { num: 100, den: 100 } },
  ],
  stockKinds: QZ_STOCK,
  source: source(
    '每年下达全市盘活存量土地任务，按季度分别累计完成15%、40%、75%、100%的进度实施季度管控。',
    '〔REC〕比例为当年任务的累计完成进度（各季度增量 15%、25%、35%、25%），自当年1月1日起算；原文列于“规范土地供应”之下，但管控的是整个年度盘活任务。',
  ),
};

/**
 * The yearly tasks the quarterly control applies to. The seed gives no yearly figure;
 * 〔REC〕 read from the milestones: 3.255 万亩 by the end of 2022, the remaining 1.395 万亩 in 2023.
 */
export const qinzhouYearlyTasks: readonly YearlyTask[] = [
  { year: 2022, areaMu: 32_550, sourceZh: '〔REC〕由“2022年12月底前完成自治区下达任务的70%以上，即盘活存量土地3.255万亩以上”推得' },
  { year: 2023, areaMu: 13_950, sourceZh: '〔REC〕由“2023年12月底前……盘活存量土地4.65万亩”减去2022年的3.255万亩推得' },
];

export const qinzhouApprovedNotSuppliedRate: DisposalRateTarget = {
  id: 'QZ-APS-RATE',
  kind: 'DISPOSAL_RATE',
  nameZh: '“批而未供”土地处置率',
  jurisdiction: JURISDICTION,
  stockKind: 'APPROVED_NOT_SUPPLIED',
  minShare: { num: 18, den: 100 },
  denominator: { basis: 'STOCK_AT_YEAR_START', descriptionZh: '年初批而未供土地存量面积' },
  status: 'IN_FORCE',
  source: source(GOALS, '〔REC〕原文未定义分母，按当年1月1日的批而未供土地存量计（可配置）；分子为当年内处置完成的批而未供土地面积；「以上」含本数。'),
};

export const qinzhouIdleRate: DisposalRateTarget = {
  id: 'QZ-IDLE-RATE',
  kind: 'DISPOSAL_RATE',
  nameZh: '闲置土地处置率',
  jurisdiction: JURISDICTION,
  stockKind: 'IDLE',
  minShare: { num: 25, den: 100 },
  denominator: { basis: 'STOCK_AT_YEAR_START', descriptionZh: '年初闲置土地存量面积' },
  status: 'IN_FORCE',
  source: source(GOALS, '〔REC〕原文未定义分母，按当年1月1日的闲置土地存量计（可配置）；分子为当年内处置完成的闲置土地面积；「以上」含本数。'),
};

export const qinzhouLinkage: LinkageRule = {
  id: 'QZ-LINKAGE',
  kind: 'LINKAGE',
  nameZh: '“增存挂钩”奖惩',
  jurisdiction: JURISDICTION,
  rewardShare: { num: 10, den: 100 },
  penaltyShare: { num: 20, den: 100 },
  taskTargetIds: [qinzhouApprovedNotSuppliedRate.id, qinzhouIdleRate.id],
  quotaDescriptionZh: '该县区下一年度新增建设用地计划指标',
  source: source(
    '将用地计划配置与存量土地盘活处置规模相挂钩，在安排下一年度计划时，对完成年度“增存挂钩”任务的县区奖励 10% 的新增建设用地计划指标，对未能完成的县区核减 20% 的新增建设用地计划指标。',
    '〔REC〕原文未写基数，按该县区下一年度新增建设用地计划指标计；“完成年度增存挂钩任务”读作当年批而未供土地处置率（18%）和闲置土地处置率（25%）均达标（两项均写在目标中的“增存挂钩”之下）。',
  ),
};

/** 附件《钦州市存量土地统计表》, DOMAIN.md §6.2.1 and §8.2; blank cells are null. */
export const qinzhouStockTable2020: StockLandTable = {
  id: 'QZ-STOCK-TABLE-2020',
  titleZh: '钦州市存量土地统计表',
  jurisdiction: JURISDICTION,
  asOf: '2020-12-31',
  rowHeadingZh: '县区',
  columns: [
    { key: 'approvedNotSupplied', labelZh: '2009—2020年 批而未供土地', stockKind: 'APPROVED_NOT_SUPPLIED' },
    { key: 'suspectedIdle', labelZh: '涉嫌闲置土地', stockKind: 'IDLE' },
    { key: 'urbanInefficient', labelZh: '城镇低效用地', stockKind: 'URBAN_INEFFICIENT' },
  ],
  rows: [
    { reportingUnitZh: '市主城区', cells_ha: { approvedNotSupplied: 921.6116, suspectedIdle: 8.6559, urbanInefficient: 263.2333 }, statedTotal_ha: 1193.5008 },
    { reportingUnitZh: '自贸区钦州港片区', cells_ha: { approvedNotSupplied: 595.0824, suspectedIdle: null, urbanInefficient: 39.4193 }, statedTotal_ha: 634.5017 },
    { reportingUnitZh: '灵山县', cells_ha: { approvedNotSupplied: 351.0186, suspectedIdle: null, urbanInefficient: 76.11 }, statedTotal_ha: 427.1286 },
    { reportingUnitZh: '浦北县', cells_ha: { approvedNotSupplied: 362.3102, suspectedIdle: 4.6971, urbanInefficient: 20.98 }, statedTotal_ha: 387.9873 },
    { reportingUnitZh: '钦南区', cells_ha: { approvedNotSupplied: 223.0094, suspectedIdle: 7.2405, urbanInefficient: null }, statedTotal_ha: 230.2499 },
    { reportingUnitZh: '钦北区', cells_ha: { approvedNotSupplied: 201.0507, suspectedIdle: 26.2522, urbanInefficient: null }, statedTotal_ha: 227.3029 },
  ],
  statedColumnTotals_ha: { approvedNotSupplied: 2654.0829, suspectedIdle: 46.8457, urbanInefficient: 399.7426 },
  statedGrandTotal_ha: 3100.6712,
  source: source(
    '附件：钦州市存量土地统计表……(截至2020年12月31日)……单位：公顷',
    '〔REC〕空白格为 0；各县区（含自贸区钦州港片区等功能区）按互不重叠的填报单位计；公顷保留四位小数（精确到平方米），折亩按 1 公顷 = 15 亩。',
    'DOMAIN.md §6.2.1, §8.2',
  ),
};
