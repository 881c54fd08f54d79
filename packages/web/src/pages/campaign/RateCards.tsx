import { Card, Col, Progress, Row, Tag, Tooltip, Typography } from 'antd';
import { stockKindLabels } from '@panhuo/domain';
import type { RateCard } from '../../api/campaign.ts';
import { muText, percentText } from './figures.ts';
import { Kpi, wideTooltip } from './Kpi.tsx';

function verdict(r: RateCard) {
  if (r.met) return <Tag color="success">已达标</Tag>;
  if (r.met === undefined) return <Tag>无法计算</Tag>;
  if (r.status === 'ENDED') return <Tag color="error">未达标</Tag>;
  return <Tag color="warning">尚未达标</Tag>;
}

/** One yearly disposal rate: what was disposed over what it is divided by, against the required share. */
function RateKpiCard({ rate: r }: { rate: RateCard }) {
  const required = r.minShare.num / r.minShare.den;
  return (
    <Card
      title={<span className="ph-card-title">{r.nameZh}</span>}
      extra={
        <>
          <Tag>{r.year}年</Tag>
          {verdict(r)}
        </>
      }
    >
      <div className="ph-kpi-row">
        <Kpi
          label="处置率"
          tone={r.met ? 'good' : r.met === false ? 'bad' : undefined}
          sub={
            <>
              要求 {r.minPercentZh} 以上
              {r.rate !== undefined && (
                <Progress
                  percent={Math.min(100, (r.rate / required) * 100)}
                  showInfo={false}
                  size="small"
                  strokeColor={r.met ? '#389e0d' : undefined}
                  aria-label={`处置率为要求的 ${percentText(r.rate / required)}`}
                />
              )}
            </>
          }
        >
          {r.ratePercentZh ?? '—'}
        </Kpi>
        <Kpi label="已处置（分子）" sub={`${stockKindLabels[r.stockKind]} · ${r.numerator.measures} 项措施`}>
          {muText(r.numerator.areaMu)}
        </Kpi>
        <Kpi label={`${r.denominator.labelZh}（分母）`}>
          <Tooltip title={r.denominator.descriptionZh} styles={wideTooltip}>
            <span className="ph-help">{muText(r.denominator.areaMu)}</span>
          </Tooltip>
        </Kpi>
        <Kpi label="尚需处置" tone={r.gapMu ? 'bad' : undefined}>
          {r.gapMu === undefined ? '—' : r.gapMu === 0 ? '已达到' : muText(r.gapMu)}
        </Kpi>
        {r.projection && (
          <Kpi label="年末预计" tone={r.projection.willMeet === false ? 'bad' : r.projection.willMeet ? 'good' : undefined}>
            <Tooltip title={`已过 ${r.projection.elapsedDays} 天，共 ${r.projection.totalDays} 天；按日均处置面积线性外推。`}>
              <span className="ph-help">{r.projection.rate === undefined ? '—' : percentText(r.projection.rate)}</span>
            </Tooltip>
          </Kpi>
        )}
      </div>
      {r.noteZh && <Typography.Text type="warning">{r.noteZh}</Typography.Text>}
    </Card>
  );
}

export function RateCards({ rates }: { rates: readonly RateCard[] }) {
  return (
    <Row gutter={[16, 16]}>
      {rates.map((r) => (
        <Col key={`${r.targetId}-${r.year}`} xs={24} xl={rates.length > 1 ? 12 : 24}>
          <RateKpiCard rate={r} />
        </Col>
      ))}
    </Row>
  );
}
