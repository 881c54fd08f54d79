import type { AmountTarget } from '../types.ts';

/** 武平县集中开展低效工业用地盘活百日攻坚行动方案 (武政办规〔2023〕7号), DOMAIN.md §6.1. */
export const wupingQuarterlyTarget: AmountTarget = {
  id: 'WP-QUARTERS',
  kind: 'AMOUNT',
  nameZh: '低效工业用地盘活攻坚分季度目标',
  jurisdiction: '350824',
  basis: 'INCREMENTAL',
  countingStart: '2023-08-28',
  periods: [
    { id: '2023Q3', labelZh: '2023年三季度前', wordingZh: '2023 年三季度前重点完成 7 宗 330 亩以上', endDate: '2023-09-30', parcels: 7, areaMu: 330 },
    { id: '2023Q4', labelZh: '2023年四季度前', wordingZh: '2023 年四季度前重点完成 13 宗 930 亩以上', endDate: '2023-12-31', parcels: 13, areaMu: 930 },
    { id: '2024Q1', labelZh: '2024年一季度', wordingZh: '力争在 2024 年一季度重点完成 12 宗 1020 亩以上', endDate: '2024-03-31', parcels: 12, areaMu: 1020 },
    { id: '2024Q2', labelZh: '2024年二季度', wordingZh: '2024 年二季度重点完成 10 宗 610 亩以上', endDate: '2024-06-30', parcels: 10, areaMu: 610 },
  ],
  total: { parcels: 42, areaMu: 2890 },
  source: {
    documentZh: '武平县人民政府办公室 武政办规〔2023〕7号（2023年8月28日）',
    wordingZh:
      '通过开展一年时间的盘活攻坚行动，完成 42 宗 2890 亩以上低效工业用地盘活。其中：8 月至 12 月集中开展百日攻坚行动，2023 年三季度前重点完成 7 宗 330 亩以上、2023 年四季度前重点完成 13 宗 930 亩以上；2024 年之后要继续保持攻坚态势，力度不减，干劲不松，力争在 2024 年一季度重点完成 12 宗 1020 亩以上、2024 年二季度重点完成 10 宗 610 亩以上，坚决打赢低效工业用地盘活攻坚战役。',
    readingZh:
      '〔REC〕各季度数字为当季增量（7+13+12+10=42 宗，330+930+1020+610=2890 亩，与总目标一致）；「前」读作“至该季度末”；「以上」含本数；自方案印发之日（2023年8月28日）起算，三季度实际约一个月；一宗地在其首项措施盘活之日所在季度计一宗，面积按各措施盘活之日分别计入。',
    domainRef: 'DOMAIN.md §6.1',
  },
};
