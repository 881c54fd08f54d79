import { describe, expect, it } from 'vitest';
import { measure, storedMu } from '../test-support.ts';
import { ReportInputError } from './model.ts';
import { column, paragraphsOf, tableOf, task } from './test-support.ts';
import { buildWeeklyDispatch, type DispatchPlan, type WeeklyDispatchInput } from './weekly-dispatch.ts';

const plan = (parcelCode: string, extra: Partial<DispatchPlan>): DispatchPlan => ({
  parcelCode,
  parcelName: `${parcelCode}地块`,
  enterpriseName: '某某机械有限公司',
  warZoneZh: '城东战区',
  responsibleUnitZh: '县工信局',
  leader: { positionTitle: '副县长', holderName: '李某' },
  measures: [],
  tasks: [],
  ...extra,
});

// the week of Monday 6 to Sunday 12 November 2023, made on Monday the 13th
const input: WeeklyDispatchInput = {
  issuerZh: '武平县低效工业用地盘活攻坚行动指挥部',
  campaignNameZh: '武平县低效工业用地盘活攻坚行动',
  week: { from: '2023-11-06', to: '2023-11-12' },
  asOf: '2023-11-13',
  date: '2023-11-13',
  plans: [
    plan('WP-002', { warZoneZh: '城西战区', leader: { positionTitle: '副县长', holderName: null } }),
    plan('WP-001', {
      responsibleUnitZh: '县自然资源局',
      measures: [{ methodNameZh: '协议收回', statusZh: '实施中' }],
      tasks: [
        { ...task('完成现场核查', '2023-11-09', { status: 'DONE', doneOn: '2023-11-09' }), reports: [{ reportedOn: '2023-11-09', progressZh: '已完成现场核查', done: true }] },
      ],
    }),
    plan('WP-003', {
      measures: [
        { methodNameZh: '限期开发', statusZh: '协商中' },
        { methodNameZh: '协议收回', statusZh: '拟实施' },
      ],
      tasks: [
        {
          ...task('签订三方协议', '2023-11-10', { parcelCode: 'WP-003', unitName: '县工信局' }),
          reports: [
            { reportedOn: '2023-11-03', progressZh: '上周首次约谈', done: false },
            { reportedOn: '2023-11-08', progressZh: '已与企业第二次协商', problemsZh: '企业资金不足', done: false },
          ],
        },
        { ...task('完成资产评估', '2023-11-15', { parcelCode: 'WP-003', unitName: '县工信局' }), reports: [] },
        { ...task('第二周督促', '2023-11-20', { parcelCode: 'WP-003', unitName: '县工信局' }), reports: [] },
      ],
    }),
  ],
  revitalised: [
    measure('2023-11-08', storedMu(33.5), { parcelId: 'p1' }),
    measure('2023-10-15', storedMu(20), { parcelId: 'p9' }),
    // the second part of a parcel revitalised before: its area counts this week, the parcel does not
    measure('2023-11-07', storedMu(10), { parcelId: 'p9' }),
    measure('2023-11-13', storedMu(99), { parcelId: 'p2' }),
  ],
};

describe('周调度表', () => {
  const model = buildWeeklyDispatch(input);
  const table = tableOf(model, '周调度表');

  it('is titled for the campaign and the week, landscape', () => {
    expect([model.kind, model.titleZh, model.subtitleZh, model.orientation]).toEqual([
      'WEEKLY_DISPATCH',
      '武平县低效工业用地盘活攻坚行动周调度表',
      '（2023年11月6日—11月12日）',
      'landscape',
    ]);
    expect(table.columns.map((c) => c.headerZh)).toEqual(['序号', '地块编号', '地块名称', '企业', '战区', '责任单位', '包挂领导', '处置措施', '本周进展', '存在问题', '下周任务', '是否滞后']);
  });

  it('lists the plans by war zone, then responsible unit, then parcel', () => {
    expect(column(table, '地块编号')).toEqual(['WP-003', 'WP-001', 'WP-002']);
    expect(column(table, '序号')).toEqual([1, 2, 3]);
    expect(column(table, '包挂领导')).toEqual(['副县长 李某', '副县长 李某', '副县长（空缺）']);
  });

  it('shows the measures with their status, the week’s reports and problems, next week’s tasks and lateness', () => {
    const [late, onTime, silent] = table.rows.map((r) => r.cells);
    expect(late!.slice(7)).toEqual([
      '限期开发（协商中）\n协议收回（拟实施）',
      '11月8日（签订三方协议）已与企业第二次协商',
      '企业资金不足',
      '完成资产评估（11月15日前，县工信局 股长）',
      '是（逾期1项）',
    ]);
    expect(onTime!.slice(7)).toEqual(['协议收回（实施中）', '11月9日（完成现场核查）已完成现场核查（已完成）', '无', '—', '否']);
    expect(silent!.slice(7)).toEqual(['尚未确定', '本周未报送进展', '无', '—', '否']);
  });

  it('names the late tasks in a list of their own, with the days late and the last progress', () => {
    const late = tableOf(model, '逾期任务清单');
    expect(column(late, '任务')).toEqual(['签订三方协议']);
    expect(column(late, '逾期天数')).toEqual([3]);
  });

  it('sums up the week: plans, revitalised parcels and 亩, tasks due and done, overdue', () => {
    expect(paragraphsOf(model)).toEqual([
      '本周（2023年11月6日—11月12日），在推进的处置方案 3 个，其中 1 个本周未报送进展；本周盘活 1 宗 43.5 亩；本周到期任务 2 项，已完成 1 项；截至2023年11月13日，逾期未完成任务 1 项，涉及处置方案 1 个。',
    ]);
  });

  it('refuses a week that ends before it starts and a task without a due date, naming both', () => {
    const bad = { ...input, week: { from: '2023-11-12', to: '2023-11-06' }, plans: [plan('WP-009', { tasks: [{ ...task('核查', '2023-02-30'), reports: [] }] })] };
    expect(() => buildWeeklyDispatch(bad)).toThrow(ReportInputError);
    try {
      buildWeeklyDispatch(bad);
    } catch (e) {
      expect((e as ReportInputError).problemsZh).toEqual(['调度周起始日期晚于截止日期：2023-11-12—2023-11-06', '第1个处置方案的任务第1项的完成时限不是有效日期：2023-02-30']);
    }
  });

  it('says so when no plan is open', () => {
    const empty = tableOf(buildWeeklyDispatch({ ...input, plans: [] }), '周调度表');
    expect([empty.rows, empty.emptyZh]).toEqual([[], '暂无在推进的处置方案']);
  });
});
