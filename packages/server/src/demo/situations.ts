/**
 * The situations the demo county was built to show, one or more per parcel. The keys
 * name what a parcel's facts look like, not what identification concludes (that is
 * the rules' job); tests check each key against the facts.
 */
export const situationLabels = {
  IDLE_NOT_STARTED_1Y: '超过约定动工日期满1年未动工（企业原因）',
  IDLE_NOT_STARTED_2Y: '超过约定动工日期满2年未动工（企业原因）',
  IDLE_GOVERNMENT_CAUSE: '超过约定动工日期满1年未动工（政府原因或不可抗力）',
  IDLE_NO_AGREED_START: '未约定动工日期，自交付之日起满1年未动工',
  PRE_IDLE_6_12_MONTHS: '超过约定动工日期6个月不满1年未动工',
  IDLE_STALLED: '已动工但开发面积不足1/3或投资不足25%，中止建设满1年',
  HALTED_FUNDS: '开发达标但因资金原因停工满1年',
  PRODUCTION_HALTED_2Y: '竣工投产后连续停产满2年',
  SEMI_HALTED_NO_REVENUE: '半停产2年以上且无主营业务收入',
  READY_NOT_PRODUCING: '已具备生产条件满1年未投产',
  LOW_TAX: '投产满3年，连续两年亩均税收低于1万元（不含土地使用税、房产税）',
  TAX_JUST_ABOVE: '投产满3年，亩均税收略高于1万元',
  TAX_ARREARS: '连续3年欠税，缴入税额不足应纳税额40%',
  NO_TAX_2Y: '有生产但2年以上未缴纳税收',
  JUDICIAL_HALTED: '已进入司法处置且停产',
  CATALOGUE: '属淘汰类或禁止类项目',
  NON_COMPLIANT: '安全、环保或消防经整改仍不达标',
  LOW_COVERAGE: '已建成，建筑系数低于30%',
  LOW_PLOT_RATIO: '已建成，容积率低于控制指标下限的80%',
  VACANT_OVER_10_MU: '连片空闲超过10亩且可单独开发',
  DEVELOPMENT_BAND: '建设期满，开发面积在1/3至80%之间',
  INVESTMENT_BAND: '建设期满，投资额在25%至40%之间',
  LOW_INTENSITY: '竣工2年以上，投资强度不足约定的60%',
  SUBLET_NONCONFORMING: '转租给不符合园区产业规划的企业',
  ABANDONED_COMMERCIAL: '商业服务业用地上的烂尾工程',
  MISSING_FACT: '关键事实缺失，认定结论待定',
  HEALTHY: '正常生产',
  UNDER_CONSTRUCTION: '按期建设中',
  NOT_YET_DUE: '新供地，未到约定动工日期',
  SECOND_PARCEL: '同一企业的第二宗地',
  USCC_CHECK_WARNING: '统一社会信用代码校验位不符（演示警告）',
} as const;

export type Situation = keyof typeof situationLabels;
