import { describe, expect, it } from 'vitest';
import { qinzhouApprovedNotSuppliedRate, qinzhouIdleRate, qinzhouLinkage } from '../targets/index.ts';
import { measure, storedMu } from '../test-support.ts';
import { buildLinkageReport, type LinkageReportInput } from './linkage-report.ts';
import { ReportInputError } from './model.ts';
import { paragraphsOf, tableOf } from './test-support.ts';

const input = (idle_m2: number, extra: Partial<LinkageReportInput> = {}): LinkageReportInput => ({
  issuerZh: '钦州市自然资源局',
  date: '2023-01-10',
  asOf: '2023-01-05',
  year: 2022,
  subjectZh: '灵山县',
  rule: qinzhouLinkage,
  rateTargets: [qinzhouApprovedNotSuppliedRate, qinzhouIdleRate],
  denominators: [
    { stockKind: 'APPROVED_NOT_SUPPLIED', area_m2: 100_000 },
    { stockKind: 'IDLE', area_m2: 40_000 },
  ],
  revitalised: [
    measure('2022-05-01', 18_000, { stockKind: 'APPROVED_NOT_SUPPLIED' }),
    measure('2022-08-01', idle_m2, { stockKind: 'IDLE' }),
    // another year and another kind do not count
    measure('2021-12-31', 5_000, { stockKind: 'IDLE' }),
    measure('2022-06-01', 7_000, { stockKind: 'URBAN_INEFFICIENT' }),
  ],
  // 1 000 亩 as stored
  nextYearQuota_m2: storedMu(1000),
  ...extra,
});

describe('增存挂钩奖惩测算', () => {
  it('shows each rate against its minimum, then cuts 20 % when one is missed', () => {
    const model = buildLinkageReport(input(9_000));
    expect([model.titleZh, model.subtitleZh]).toEqual(['灵山县2022年度“增存挂钩”奖惩测算', '（截至2023年1月5日）']);
    expect(tableOf(model, '处置率完成情况').rows.map((r) => r.cells)).toEqual([
      ['“批而未供”土地处置率', 150, 27, 0.18, 0.18, 0, '是'],
      ['闲置土地处置率', 60, 13.5, 0.225, 0.25, 1.5, '否'],
    ]);
    expect(tableOf(model, '计划指标奖惩测算').rows[0]!.cells).toEqual([1000, '核减', 0.2, -200, 800, 53.3333]);
    expect(paragraphsOf(model)).toEqual([
      '“批而未供”土地处置率：年初存量 150 亩，本年处置 27 亩，处置率 18%，目标 18% 以上，已达标。',
      '闲置土地处置率：年初存量 60 亩，本年处置 13.5 亩，处置率 22.5%，目标 25% 以上，未达标，尚差 1.5 亩。',
      '年度“增存挂钩”任务未完成，按规定核减该县区下一年度新增建设用地计划指标的 20%：基数 1000 亩，核减 200 亩，调整后为 800 亩。',
    ]);
  });

  it('rewards 10 % when both are met (25 % exactly counts)', () => {
    const model = buildLinkageReport(input(10_000));
    expect(tableOf(model, '计划指标奖惩测算').rows[0]!.cells).toEqual([1000, '奖励', 0.1, 100, 1100, 73.3333]);
    expect(paragraphsOf(model).at(-1)).toBe('年度“增存挂钩”任务已完成，按规定奖励该县区下一年度新增建设用地计划指标的 10%：基数 1000 亩，增加 100 亩，调整后为 1100 亩。');
  });

  it('takes figures counted to 31 December as final', () => {
    const p = paragraphsOf(buildLinkageReport(input(10_000, { asOf: '2022-12-31' })));
    expect(p[1]).toBe('闲置土地处置率：年初存量 60 亩，本年处置 15 亩，处置率 25%，目标 25% 以上，已达标。');
    expect(p.at(-1)).not.toMatch(/预测算/);
  });

  it('marks a result before the year ends as provisional, with the pace projection', () => {
    const p = paragraphsOf(buildLinkageReport(input(10_000, { asOf: '2022-09-30' })));
    expect(p[1]).toBe('闲置土地处置率：年初存量 60 亩，本年处置 15 亩，处置率 25%，目标 25% 以上，已达标。按当前进度预计全年处置率 33.42%，能够达标。');
    expect(p.at(-1)).toMatch(/年度尚未结束，以上为按截至统计日的数据预测算，以年度最终数据为准。$/);
  });

  it('leaves the decision open when a denominator is missing', () => {
    const model = buildLinkageReport(input(10_000, { denominators: [{ stockKind: 'APPROVED_NOT_SUPPLIED', area_m2: 100_000 }] }));
    expect(tableOf(model, '处置率完成情况').rows[1]!.cells).toEqual(['闲置土地处置率', null, null, null, 0.25, null, '无法计算']);
    expect(paragraphsOf(model)[1]).toBe('闲置土地处置率：未录入2022年闲置土地年初存量面积，无法计算。');
    expect(paragraphsOf(model).at(-1)).toBe('暂无法判定：“批而未供”土地处置率 18%，目标 18% 以上，已完成；缺少2022年目标 QZ-IDLE-RATE 的完成情况。');
    expect(model.sections[1]!.blocks.some((b) => b.type === 'table')).toBe(false);
  });

  it('refuses a negative quota and a rule whose targets are not given', () => {
    expect(() => buildLinkageReport(input(10_000, { nextYearQuota_m2: -1, rateTargets: [qinzhouIdleRate] }))).toThrow(
      new ReportInputError(['下一年度新增建设用地计划指标须为非负数：-1', '缺少““增存挂钩”奖惩”所列的处置率目标 QZ-APS-RATE']),
    );
  });
});
