import type { DisposalRateTarget } from '../types.ts';

/** 宁夏永宁工业园区闲置低效用地清理处置专项行动工作方案（送审稿）, DOMAIN.md §6.4. */
export const yongningIdleRate: DisposalRateTarget = {
  id: 'YN-IDLE-RATE',
  kind: 'DISPOSAL_RATE',
  nameZh: '闲置土地处置率',
  jurisdiction: '640121',
  stockKind: 'IDLE',
  minShare: { num: 20, den: 100 },
  denominator: { basis: 'STOCK_AT_YEAR_START', descriptionZh: '园区闲置土地总量（年初）' },
  status: 'DRAFT',
  source: {
    documentZh: '宁夏永宁工业园区闲置低效用地清理处置专项行动工作方案（送审稿）',
    wordingZh: '闲置土地处置率每年达到园区闲置土地总量的20%以上',
    readingZh: '〔REC〕分母为园区当年1月1日的闲置土地总量，分子为当年内处置完成（盘活）的闲置土地面积；「以上」含本数；方案为送审稿，目标暂按草案执行。',
    domainRef: 'DOMAIN.md §6.4',
  },
};
