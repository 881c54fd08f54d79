/**
 * 增存挂钩奖惩测算 (Qinzhou, DOMAIN.md §6.2): the year's disposal rates against their
 * minimums (`disposalRateAchievement`), then the reward or penalty on next year's new
 * construction-land plan quota (`linkageOutcome`). The denominators are given with the
 * stock kind they measure; a rate without one is shown as not computable and the decision
 * stays open, never guessed.
 */
import type { IsoDate } from '../../cases/types.ts';
import { num } from '../../identification/support.ts';
import { linkageDecisionLabels, linkageOutcome, type LinkageOutcome } from '../linkage.ts';
import { disposalRateAchievement, type RateAchievement } from '../rates.ts';
import { stockKindLabels, type DisposalRateTarget, type LinkageRule, type RevitalisedMeasure, type StockKind, type TargetScope } from '../types.ts';
import { InputChecks, dateZh, numberedSections, paragraph } from './format.ts';
import type { ReportBlock, ReportModel, ReportTable } from './model.ts';

export interface LinkageReportInput {
  issuerZh: string;
  /** 成文日期 */
  date: IsoDate;
  /** the day the year's figures are counted to; before 31 December the result is provisional */
  asOf: IsoDate;
  year: number;
  /** whose quota is assessed, e.g. 灵山县; the title names it */
  subjectZh?: string | null;
  rule: LinkageRule;
  /** the rate targets; the rule's `taskTargetIds` say which of them decide */
  rateTargets: readonly DisposalRateTarget[];
  /** 年初存量 per stock kind, in m² (the rate's denominator) */
  denominators: ReadonlyArray<{ stockKind: StockKind; area_m2: number }>;
  /** every revitalised measure; the year's of each rate's kind (and in `scope`) count */
  revitalised: readonly RevitalisedMeasure[];
  /** next year's new construction-land plan quota before adjustment, in m² */
  nextYearQuota_m2: number;
  /** a county's figures only: its measures */
  scope?: TargetScope;
}

function check(input: LinkageReportInput): void {
  const c = new InputChecks();
  c.text(input.issuerZh, '编制单位');
  c.date(input.date, '成文日期');
  c.date(input.asOf, '统计日期');
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2200) c.problemsZh.push(`考核年度无效：${input.year}`);
  c.nonNegative(input.nextYearQuota_m2, '下一年度新增建设用地计划指标');
  for (const d of input.denominators) c.nonNegative(d.area_m2, `${stockKindLabels[d.stockKind]}年初存量面积`);
  for (const id of input.rule.taskTargetIds) {
    if (!input.rateTargets.some((t) => t.id === id)) c.problemsZh.push(`缺少“${input.rule.nameZh}”所列的处置率目标 ${id}`);
  }
  c.done();
}

const metZh = (r: RateAchievement | undefined) => (r?.met === undefined ? '无法计算' : r.met ? '是' : '否');

function rateTable(rows: ReadonlyArray<{ target: DisposalRateTarget; result?: RateAchievement }>): ReportTable {
  return {
    type: 'table',
    titleZh: '处置率完成情况',
    columns: [
      { headerZh: '指标', type: 'text', width: 9 },
      { headerZh: '年初存量（亩）', type: 'decimal', decimals: 2, width: 6 },
      { headerZh: '本年处置（亩）', type: 'decimal', decimals: 2, width: 6 },
      { headerZh: '处置率', type: 'percent', decimals: 2, width: 4 },
      { headerZh: '目标', type: 'percent', decimals: 2, width: 4 },
      { headerZh: '尚差（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '是否达标', type: 'text', width: 4 },
    ],
    rows: rows.map(({ target, result }) => ({
      cells: [
        target.nameZh,
        result ? result.denominator.areaMu : null,
        result ? result.numerator.areaMu : null,
        result?.rate ?? null,
        target.minShare.num / target.minShare.den,
        result?.gapMu ?? null,
        metZh(result),
      ],
    })),
    notesZh: [
      `注：处置率 = 本年处置面积 ÷ ${rows.map((r) => r.target.denominator.descriptionZh).join('、')}；“以上”含本数；面积按平方米精确计算后折算为亩。`,
    ],
  };
}

/** `yearCounted`: the as-of day reached 31 December, so the year's figures are complete even if the rate functions still call the year open. */
function quotaBlocks(outcome: LinkageOutcome, rule: LinkageRule, yearCounted: boolean): ReportBlock[] {
  const a = outcome.adjustment;
  if (!a) return [paragraph(`${linkageDecisionLabels.UNDETERMINED}：${outcome.reasonsZh.join('；')}。`)];
  const sign = a.adjustmentMu >= 0 ? '增加' : '核减';
  const text =
    `${a.decision === 'REWARD' ? '年度“增存挂钩”任务已完成' : '年度“增存挂钩”任务未完成'}，` +
    `按规定${linkageDecisionLabels[a.decision]}${rule.quotaDescriptionZh}的 ${a.sharePercentZh}：` +
    `基数 ${num(a.quotaMu)} 亩，${sign} ${num(Math.abs(a.adjustmentMu))} 亩，调整后为 ${num(a.adjustedQuotaMu)} 亩。` +
    (outcome.final || yearCounted ? '' : `年度尚未结束，以上为按截至统计日的数据预测算，以年度最终数据为准。`);
  const table: ReportTable = {
    type: 'table',
    titleZh: '计划指标奖惩测算',
    columns: [
      { headerZh: '下一年度计划指标（亩）', type: 'decimal', decimals: 2, width: 7 },
      { headerZh: '奖惩', type: 'text', width: 3 },
      { headerZh: '比例', type: 'percent', decimals: 0, width: 3 },
      { headerZh: '调整量（亩）', type: 'decimal', decimals: 2, width: 6 },
      { headerZh: '调整后指标（亩）', type: 'decimal', decimals: 2, width: 7 },
      { headerZh: '调整后指标（公顷）', type: 'decimal', decimals: 4, width: 7 },
    ],
    rows: [
      {
        cells: [
          a.quotaMu,
          linkageDecisionLabels[a.decision],
          a.share.num / a.share.den,
          a.adjustmentMu,
          a.adjustedQuotaMu,
          Math.round(a.adjustedQuota_m2) / 10_000,
        ],
      },
    ],
  };
  return [paragraph(text), table];
}

export function buildLinkageReport(input: LinkageReportInput): ReportModel {
  check(input);
  const { year, asOf } = input;
  const rows = input.rateTargets.map((target) => {
    const base = input.denominators.find((d) => d.stockKind === target.stockKind);
    const result = base
      ? disposalRateAchievement(target, { year, asOf, measures: input.revitalised, denominator: { basis: target.denominator.basis, area_m2: base.area_m2 }, scope: input.scope })
      : undefined;
    return { target, result };
  });
  const results = rows.flatMap((r) => (r.result ? [r.result] : []));
  const outcome = linkageOutcome(input.rule, { year, nextYearQuota_m2: input.nextYearQuota_m2, results });
  const yearCounted = asOf >= `${year}-12-31`;

  const rateSentences = rows.map(({ target, result }) => {
    if (!result) return `${target.nameZh}：未录入${year}年${stockKindLabels[target.stockKind]}年初存量面积，无法计算。`;
    if (result.rate === undefined) return `${target.nameZh}：${result.noteZh ?? '无法计算'}。`;
    const projection =
      !yearCounted && result.projection?.rate !== undefined ? `按当前进度预计全年处置率 ${num(result.projection.rate * 100)}%，${result.projection.willMeet ? '能够' : '难以'}达标。` : '';
    return (
      `${target.nameZh}：年初存量 ${num(result.denominator.areaMu)} 亩，本年处置 ${num(result.numerator.areaMu)} 亩，处置率 ${result.ratePercentZh}，` +
      `目标 ${result.minPercentZh} 以上，${result.met ? '已达标' : `未达标，尚差 ${num(result.gapMu ?? 0)} 亩`}。${projection}`
    );
  });
  const subject = input.subjectZh ?? '';

  return {
    kind: 'LINKAGE',
    titleZh: `${subject}${year}年度“增存挂钩”奖惩测算`,
    subtitleZh: `（截至${dateZh(asOf)}）`,
    issuerZh: input.issuerZh,
    date: input.date,
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    orientation: 'portrait',
    sections: numberedSections([
      { titleZh: '处置率完成情况', blocks: [...rateSentences.map(paragraph), rateTable(rows)] },
      { titleZh: '计划指标奖惩测算', blocks: quotaBlocks(outcome, input.rule, yearCounted) },
    ]),
  };
}
