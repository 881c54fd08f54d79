import { describe, expect, it } from 'vitest';
import { amountTargetAchievement } from '../achievement.ts';
import { wupingQuarterlyTarget } from '../targets/index.ts';
import { parcelsOn } from '../test-support.ts';
import { buildHalfMonthlyBulletin, type BulletinUnit, type HalfMonthlyBulletinInput } from './half-monthly-bulletin.ts';
import { column, headingsOf, paragraphsOf, tableOf, task } from './test-support.ts';

const measures = [...parcelsOn('2023-09-20', 7, 330), ...parcelsOn('2023-10-20', 2, 150), ...parcelsOn('2023-11-10', 3, 200)];
const asOf = '2023-11-15';

const unit = (nameZh: string, rank: number, standing: BulletinUnit['standing'], achievedParcels: number, achievedMu: number, overdueTasks = 0): BulletinUnit => ({
  nameZh,
  rank,
  standing,
  achievedParcels,
  achievedMu,
  openPlans: 2,
  openTasks: 4,
  overdueTasks,
});

const input: HalfMonthlyBulletinInput = {
  issuerZh: '武平县低效工业用地盘活攻坚行动指挥部办公室',
  campaignNameZh: '武平县低效工业用地盘活攻坚行动',
  issueNo: 6,
  period: { from: '2023-11-01', to: '2023-11-15' },
  asOf,
  date: '2023-11-16',
  target: amountTargetAchievement(wupingQuarterlyTarget, measures, asOf),
  revitalised: measures,
  byWarZone: [
    { nameZh: '城东战区', targetParcels: 20, targetMu: 1400, achievedParcels: 8, achievedMu: 480, openPlans: 5, overdueTasks: 1 },
    { nameZh: '城西战区', achievedParcels: 4, achievedMu: 200, openPlans: 3, overdueTasks: 1 },
  ],
  units: [
    unit('城西园区管委会', 3, 'LAGGING', 0, 0, 2),
    unit('县工信局', 1, 'ADVANCED', 7, 450),
    unit('县自然资源局', 2, 'NORMAL', 5, 230),
  ],
  tasks: [
    task('签订协议', '2023-11-10', { parcelCode: 'WP-002', unitName: '城西园区管委会' }),
    task('完成评估', '2023-11-01', { parcelCode: 'WP-005', unitName: '城西园区管委会', lastReport: { reportedOn: '2023-11-03', progressZh: '评估机构已进场' } }),
    task('约谈企业', '2023-11-05', { status: 'DONE', doneOn: '2023-11-06' }),
    task('现场核查', '2023-11-20'),
  ],
};

describe('半月通报', () => {
  const model = buildHalfMonthlyBulletin(input);

  it('is numbered and dated for the half month, in five sections', () => {
    expect([model.titleZh, model.subtitleZh, model.date]).toEqual(['武平县低效工业用地盘活攻坚行动工作推进情况通报', '（第6期　2023年11月1日—11月15日）', '2023-11-16']);
    expect(headingsOf(model)).toEqual(['一、总体进展', '二、各战区推进情况', '三、责任单位排名', '四、先进典型和滞后单位', '五、逾期任务']);
  });

  it('states the period’s additions, the overall gap and the open period’s pace', () => {
    const [added, overall, current] = paragraphsOf(model);
    expect(added).toBe('本期（2023年11月1日—11月15日）新增盘活 3 宗 200 亩。');
    // 12 parcels 680 亩 of 42 / 2890: 680 / 2890 = 23.53 %
    expect(overall).toBe('截至2023年11月15日，低效工业用地盘活攻坚分季度目标累计盘活 12 宗 680 亩，总目标为 42 宗 2890 亩，完成 23.53%（按面积），尚差 30 宗 2210 亩。');
    // Q4 (1 Oct – 31 Dec, 92 days): 5 parcels 350 亩 in 46 days → 10 parcels 700 亩 by the end, short of 13 / 930
    expect(current).toBe(
      '当前节点为“2023年四季度前”（2023年10月1日—12月31日），目标 13 宗 930 亩，本节点已完成 5 宗 350 亩，完成 37.63%（按面积）。按当前进度，预计至2023年12月31日可完成约 10 宗 700 亩，难以按期完成，需加快推进。',
    );
    const t = tableOf(model, '目标完成情况');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['总目标（截至2024年6月30日）', 42, 12, 2890, 680, expect.closeTo(680 / 2890, 6), 2618, '难以完成'],
      ['当前节点：2023年四季度前', 13, 5, 930, 350, expect.closeTo(350 / 930, 6), 700, '难以完成'],
    ]);
  });

  it('projects nothing on the open period’s last day, when its figures are final', () => {
    const end = '2023-12-31';
    const p = paragraphsOf(buildHalfMonthlyBulletin({ ...input, period: { from: '2023-12-16', to: end }, asOf: end, target: amountTargetAchievement(wupingQuarterlyTarget, measures, end) }));
    expect(p[2]).toBe('当前节点为“2023年四季度前”（2023年10月1日—12月31日），目标 13 宗 930 亩，本节点已完成 5 宗 350 亩，完成 37.63%（按面积）。');
  });

  it('shows each war zone, with a completion share only where a target is allocated', () => {
    const t = tableOf(model, '各战区推进情况');
    expect(column(t, '完成率')).toEqual([480 / 1400, null]);
    expect(column(t, '目标面积（亩）')).toEqual([1400, null]);
  });

  it('ranks the units by the given rank and labels 先进 / 滞后', () => {
    const t = tableOf(model, '责任单位排名');
    expect(column(t, '责任单位')).toEqual(['县工信局', '县自然资源局', '城西园区管委会']);
    expect(column(t, '评价')).toEqual(['先进', '—', '滞后']);
  });

  it('names the advanced and the lagging units with their figures, neutrally', () => {
    const paragraphs = paragraphsOf(model);
    expect(paragraphs).toContain('本期县工信局盘活进度位居前列，作为先进典型予以通报：县工信局累计盘活 7 宗 450 亩，排名第1。');
    expect(paragraphs).toContain(
      '城西园区管委会排名靠后且存在逾期未完成任务，列为滞后单位予以通报：城西园区管委会累计盘活 0 宗 0 亩，逾期任务 2 项。请上述单位分析滞后原因，明确整改措施和完成时限，在下期通报前报送整改情况。',
    );
    const none = paragraphsOf(buildHalfMonthlyBulletin({ ...input, units: [unit('县工信局', 1, 'NORMAL', 0, 0)] }));
    expect(none).toContain('本期暂无盘活成果突出的单位。');
    expect(none).toContain('本期无滞后单位。');
  });

  it('lists the tasks late on the as-of day, the latest first', () => {
    const t = tableOf(model, '逾期任务清单');
    expect(column(t, '任务')).toEqual(['完成评估', '签订协议']);
    expect(column(t, '逾期天数')).toEqual([14, 5]);
    expect(column(t, '最近进展')).toEqual(['2023年11月3日：评估机构已进场', '未报送进展']);
    expect(column(t, '责任岗位')[0]).toBe('城西园区管委会 股长（王某）');
    expect(paragraphsOf(model)).toContain('截至2023年11月15日，逾期未完成任务 2 项，涉及 1 个单位（城西园区管委会 2 项）。');
  });

  it('says so when no target is set', () => {
    expect(paragraphsOf(buildHalfMonthlyBulletin({ ...input, target: null }))).toContain('本行动尚未设置盘活面积或宗数目标。');
  });
});
