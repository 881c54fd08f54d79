import { Card, Progress, Tag, Tooltip, Typography } from 'antd';
import {
  periodStatusLabels,
  projectionReadingZh,
  targetBasisLabels,
  type PaceProjection,
  type PeriodAchievement,
  type TargetAchievement,
  type TargetProgress,
} from '@panhuo/domain';
import type { TargetCard } from '../../api/campaign.ts';
import { Kpi, wideTooltip } from './Kpi.tsx';
import { completion, figuresText, measureUnit, percentText, readingText, statedMeasures } from './figures.ts';

/** Completion for each figure the target states, the first one (亩 when stated) as a bar. */
function Completion({ progress }: { progress: TargetProgress }) {
  const measures = statedMeasures(progress);
  const [head] = measures;
  if (!head) return <>—</>;
  const rate = completion(progress, head);
  return (
    <>
      {percentText(rate)}
      <Progress
        percent={Math.min(100, (rate ?? 0) * 100)}
        showInfo={false}
        size="small"
        strokeColor={progress.met ? '#389e0d' : undefined}
        aria-label={`完成率 ${percentText(rate)}`}
      />
      {measures.length > 1 && (
        <div className="ph-kpi-sub">
          {measures.map((m) => `按${measureUnit[m]} ${percentText(completion(progress, m))}`).join(' · ')}
        </div>
      )}
    </>
  );
}

function Projection({ projection, windowLabel }: { projection: PaceProjection | undefined; windowLabel: string }) {
  if (!projection) return <Kpi label="期末预计">—</Kpi>;
  const tooltip = (
    <>
      <div>
        {windowLabel}已过 {projection.elapsedDays} 天，共 {projection.totalDays} 天。
      </div>
      <div>{readingText(projectionReadingZh)}</div>
    </>
  );
  return (
    <Kpi
      label="期末预计"
      tone={projection.willMeet === false ? 'bad' : projection.willMeet ? 'good' : undefined}
      sub={
        projection.willMeet === undefined ? undefined : projection.willMeet ? <Tag color="success">按当前进度可完成</Tag> : <Tag color="error">按当前进度难以完成</Tag>
      }
    >
      <Tooltip title={tooltip} styles={wideTooltip}>
        <span className="ph-help">约 {figuresText({ parcels: Math.round(projection.parcels * 10) / 10, areaMu: Math.round(projection.areaMu) })}</span>
      </Tooltip>
    </Kpi>
  );
}

function periodTag(p: PeriodAchievement) {
  if (p.status === 'UPCOMING') return <Tag>{periodStatusLabels.UPCOMING}</Tag>;
  if (p.assessed.met) return <Tag color="success">已完成</Tag>;
  if (p.status === 'ENDED') return <Tag color="error">未完成</Tag>;
  return <Tag color="processing">{periodStatusLabels.OPEN}</Tag>;
}

/** The periods in a row, the one open on the as-of date highlighted. */
function PeriodStrip({ target }: { target: TargetAchievement }) {
  return (
    <div className="ph-period-strip" role="list" aria-label="分期进度">
      {target.periods.map((p) => {
        const current = p.periodId === target.currentPeriodId;
        return (
          <div key={p.periodId} role="listitem" className={`ph-period${current ? ' ph-period-current' : ''}`} aria-current={current || undefined}>
            <div className="ph-period-head">
              <span>{p.labelZh}</span>
              {periodTag(p)}
            </div>
            <div className="ph-period-figure">目标 {figuresText(p.assessed.target)}</div>
            <div className="ph-period-figure">完成 {p.status === 'UPCOMING' ? '—' : figuresText(p.assessed.achieved)}</div>
          </div>
        );
      })}
    </div>
  );
}

/** Where the target comes from: the document, its sentence, and how the platform reads it. */
function TargetSource({ card }: { card: TargetCard }) {
  return (
    <>
      <div>{card.documentZh}</div>
      <div>「{card.wordingZh}」</div>
      {card.readingZh && <div>{readingText(card.readingZh)}</div>}
    </>
  );
}

/**
 * One target's headline for the meeting: the whole campaign's target, what was achieved,
 * the gap and the completion; then the current period, with its projection to the end.
 */
export function TargetKpiCard({ card }: { card: TargetCard }) {
  const target = card.achievement;
  const { overall } = target;
  const current = target.periods.find((p) => p.periodId === target.currentPeriodId);
  // a single-period target has the same window overall and for its period: show it once
  const sameWindow = current && current.assessed.windowStart === overall.windowStart && current.assessed.windowEnd === overall.windowEnd;
  return (
    <Card
      title={
        <span className="ph-card-title">
          <Tooltip title={<TargetSource card={card} />} styles={wideTooltip}>
            <span className="ph-help">{card.nameZh}</span>
          </Tooltip>
          <Tag style={{ marginLeft: 8 }}>{targetBasisLabels[target.basis]}</Tag>
        </span>
      }
      extra={current ? <Tag color="processing">当前：{current.labelZh}</Tag> : <Typography.Text type="secondary">不在考核期内</Typography.Text>}
    >
      <div className="ph-kpi-row">
        <Kpi label="目标">{figuresText(overall.target)}</Kpi>
        <Kpi label="已盘活" tone={overall.met ? 'good' : undefined}>
          {figuresText(overall.achieved)}
        </Kpi>
        <Kpi label="差距" tone={overall.met ? 'good' : 'bad'}>
          {overall.met ? '已完成' : figuresText(overall.gap)}
        </Kpi>
        <Kpi label="完成率">
          <Completion progress={overall} />
        </Kpi>
        {sameWindow || !current ? <Projection projection={overall.projection} windowLabel="全期" /> : null}
      </div>
      {current && !sameWindow && (
        <div className="ph-kpi-row ph-kpi-row-current">
          <Kpi label={`本期目标（${current.labelZh}）`}>{figuresText(current.assessed.target)}</Kpi>
          <Kpi label="本期已完成">{figuresText(current.assessed.achieved)}</Kpi>
          <Kpi label="本期差距" tone={current.assessed.met ? 'good' : 'bad'}>
            {current.assessed.met ? '已完成' : figuresText(current.assessed.gap)}
          </Kpi>
          <Kpi label="本期完成率">
            <Completion progress={current.assessed} />
          </Kpi>
          <Projection projection={current.assessed.projection} windowLabel="本期" />
        </div>
      )}
      {target.periods.length > 1 && <PeriodStrip target={target} />}
    </Card>
  );
}
