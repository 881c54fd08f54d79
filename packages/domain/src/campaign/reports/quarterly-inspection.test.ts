import { describe, expect, it } from 'vitest';
import { amountTargetAchievement } from '../achievement.ts';
import { wupingQuarterlyTarget } from '../targets/index.ts';
import { parcelsOn, storedMu } from '../test-support.ts';
import { buildQuarterlyInspection, quarterZh, type QuarterlyInspectionInput } from './quarterly-inspection.ts';
import { column, headingsOf, tableOf, task } from './test-support.ts';

const asOf = '2023-12-31';
const measures = [...parcelsOn('2023-09-20', 7, 330), ...parcelsOn('2023-11-20', 10, 800)];
const revitalisation = (parcelCode: string, revitalisedOn: string, mu: number, evidenceZh: string | null) => ({
  parcelCode,
  parcelName: `${parcelCode}地块`,
  enterpriseName: '某某机械有限公司',
  methodNameZh: '限期开发',
  revitalisedOn,
  area_m2: storedMu(mu),
  evidenceZh,
});

const input: QuarterlyInspectionInput = {
  issuerZh: '武平县大督办',
  campaignNameZh: '武平县低效工业用地盘活攻坚行动',
  quarter: { from: '2023-10-01', to: '2023-12-31' },
  asOf,
  date: '2024-01-02',
  target: amountTargetAchievement(wupingQuarterlyTarget, measures, asOf),
  revitalisations: [
    revitalisation('WP-007', '2023-12-05', 12.345, null),
    revitalisation('WP-004', '2023-11-20', 80.5, '达到动工开发标准（2023年11月18日开工）'),
    revitalisation('WP-001', '2023-09-20', 47, '完成转让登记'),
  ],
  setbacks: [
    { parcelCode: 'WP-009', parcelName: '北区地块', methodNameZh: '限期开发', outcome: 'ESCALATED', on: '2023-12-01', reasonZh: '未按协议动工', followUpZh: '依法收回' },
    { parcelCode: 'WP-010', parcelName: '南区地块', methodNameZh: '企业自主盘活', outcome: 'FAILED', on: '2023-09-01', reasonZh: '企业无意愿' },
  ],
  tasks: [
    task('签订协议', '2023-11-16', { unitName: '城西园区管委会' }),
    task('完成评估', '2023-12-20', { unitName: '城西园区管委会' }),
    task('约谈企业', '2023-12-25', { unitName: '县工信局' }),
    task('现场核查', '2024-01-05', { unitName: '县工信局' }),
  ],
};

describe('季度督查报告', () => {
  const model = buildQuarterlyInspection(input);

  it('names the calendar quarter in the title', () => {
    expect([model.titleZh, model.subtitleZh]).toEqual(['武平县低效工业用地盘活攻坚行动2023年第四季度督查报告', '（2023年10月1日—12月31日）']);
    expect(quarterZh({ from: '2024-01-01', to: '2024-03-31' })).toBe('2024年第一季度');
    expect(quarterZh({ from: '2024-01-15', to: '2024-04-14' })).toBe('2024年1月15日—4月14日');
    expect(headingsOf(model)).toEqual(['一、目标完成情况', '二、本季度盘活情况', '三、升级处置和未能盘活情况', '四、逾期任务', '五、督查意见']);
  });

  it('gives each target period’s result; a period is judged on its last day', () => {
    const t = tableOf(model, '分期目标完成情况');
    expect(column(t, '节点')).toEqual(['2023年三季度前', '2023年四季度前', '2024年一季度', '2024年二季度', '总目标']);
    expect(column(t, '完成宗数')).toEqual([7, 10, 0, 0, 17]);
    expect(column(t, '完成面积（亩）')).toEqual([330, 800, 0, 0, 1130]);
    expect(column(t, '完成情况')).toEqual(['已完成', '未完成', '未开始', '未开始', '进行中']);
    expect(t.rows.at(-1)?.total).toBe(true);
  });

  it('lists the quarter’s revitalised measures by date with a total summed in m²', () => {
    const t = tableOf(model, '本季度盘活措施');
    expect(column(t, '地块编号')).toEqual(['WP-004', 'WP-007', null]);
    expect(column(t, '序号')).toEqual([1, 2, '合计']);
    expect(column(t, '盘活面积（亩）')).toEqual([80.5, 12.35, 92.85]);
    expect(column(t, '佐证')).toEqual(['达到动工开发标准（2023年11月18日开工）', '未上传佐证', null]);
  });

  it('lists only the quarter’s escalations and failures', () => {
    const t = tableOf(model, '升级处置和未能盘活');
    expect(t.rows.map((r) => r.cells.slice(1, 5))).toEqual([['WP-009', '北区地块', '限期开发', '已升级处置']]);
  });

  it('writes 督查意见 from the figures', () => {
    const opinions = model.sections.at(-1)!.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(opinions).toEqual([
      '（一）“2023年四季度前”节点目标（13 宗 930 亩）未完成，实际完成 10 宗 800 亩，尚差 3 宗 130 亩，请各责任单位在下一节点内补齐。',
      '（二）本季度 1 项盘活措施未上传佐证材料，请责任单位补充完善。',
      '（三）2 个单位存在逾期任务，共 3 项（城西园区管委会 2 项，县工信局 1 项），其中逾期 30 天以上的 1 项，请相关单位限期完成并报送进展。',
      '（四）本季度 1 项处置措施升级处置、0 项未能盘活，请责任单位落实后续处置措施。',
    ]);
  });

  it('takes the long-overdue threshold as data, and warns of a period that will be missed', () => {
    const slow = [...parcelsOn('2023-09-20', 7, 330), ...parcelsOn('2023-11-20', 3, 200)];
    const early = buildQuarterlyInspection({ ...input, asOf: '2023-11-30', target: amountTargetAchievement(wupingQuarterlyTarget, slow, '2023-11-30'), thresholds: { longOverdueDays: 10 } });
    const opinions = early.sections.at(-1)!.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(opinions.some((o) => o.includes('其中逾期 10 天以上的 1 项'))).toBe(true);
    // 3 parcels 200 亩 in the first 61 of 92 days: about 4.5 parcels 301.6 亩 by 31 December, short of 13 / 930
    expect(opinions).toContain('（一）按当前进度，“2023年四季度前”节点（截止2023年12月31日）难以按期完成目标（13 宗 930 亩），需加快推进。');
  });
});
