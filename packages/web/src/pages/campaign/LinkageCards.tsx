import { Card, Tag } from 'antd';
import { linkageDecisionLabels, type LinkageOutcome } from '@panhuo/domain';
import { muText } from './figures.ts';

const decisionColor = { REWARD: 'success', PENALTY: 'error', UNDETERMINED: 'default' } as const;

/** 增存挂钩: next year's construction-land quota raised or cut by this year's results. */
export function LinkageCards({ outcomes }: { outcomes: readonly LinkageOutcome[] }) {
  return (
    <>
      {outcomes.map((o) => (
        <Card
          key={`${o.ruleId}-${o.year}`}
          size="small"
          title={`${o.year}年增存挂钩奖惩测算`}
          extra={
            <>
              <Tag color={decisionColor[o.decision]}>{linkageDecisionLabels[o.decision]}</Tag>
              {!o.final && <Tag>年度未结束，结果可能变化</Tag>}
            </>
          }
        >
          {o.adjustment && (
            <p className="ph-linkage-figures">
              {o.year + 1}年新增建设用地计划指标 {muText(o.adjustment.quotaMu)}，
              {o.adjustment.decision === 'REWARD' ? '奖励' : '核减'} {o.adjustment.sharePercentZh}（
              {muText(Math.abs(o.adjustment.adjustmentMu))}），调整后 {muText(o.adjustment.adjustedQuotaMu)}。
            </p>
          )}
          <ul className="ph-linkage-reasons">
            {o.reasonsZh.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Card>
      ))}
    </>
  );
}
