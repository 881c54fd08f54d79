import type { CampaignTarget } from '@panhuo/domain';

export const kindLabels: Readonly<Record<CampaignTarget['kind'], string>> = {
  AMOUNT: '分期数量目标',
  QUARTERLY_SCHEDULE: '季度进度管控',
  DISPOSAL_RATE: '处置率目标',
  LINKAGE: '增存挂钩奖惩',
};

export const kindColors: Readonly<Record<CampaignTarget['kind'], string>> = {
  AMOUNT: 'blue',
  QUARTERLY_SCHEDULE: 'cyan',
  DISPOSAL_RATE: 'purple',
  LINKAGE: 'gold',
};
