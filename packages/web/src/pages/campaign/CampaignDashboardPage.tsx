import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Select, Space, Typography } from 'antd';
import { FileTextOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { getDashboard, type Dashboard, type TargetCard } from '../../api/campaign.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { chartHeights } from './charts/heights.ts';
import { statedMeasures, type Measure } from './figures.ts';
import { ChartSlot, PeriodChart, StageChart, WarZoneChart } from './lazyCharts.tsx';
import { LinkageCards } from './LinkageCards.tsx';
import { MeasureSwitch } from './MeasureSwitch.tsx';
import { OverdueTasksTable } from './OverdueTasksTable.tsx';
import { RateCards } from './RateCards.tsx';
import { TargetKpiCard } from './TargetCards.tsx';
import { TotalsBar } from './TotalsBar.tsx';
import { UnitRanking } from './UnitRanking.tsx';
import './campaign.css';

/** 分期进度: one target at a time (a jurisdiction may have a campaign target and a yearly schedule). */
function PeriodSection({ cards }: { cards: readonly TargetCard[] }) {
  const [targetId, setTargetId] = useState<string>();
  const card = cards.find((c) => c.id === targetId) ?? cards[0];
  const measures = card ? statedMeasures(card.achievement.overall) : [];
  const [chosen, setMeasure] = useState<Measure>('MU');
  if (!card) return null;
  const measure = measures.includes(chosen) ? chosen : (measures[0] ?? 'MU');
  return (
    <Card
      title="分期目标与完成情况"
      extra={
        <Space wrap>
          {cards.length > 1 && (
            <Select
              size="small"
              aria-label="目标"
              value={card.id}
              onChange={setTargetId}
              options={cards.map((c) => ({ value: c.id, label: c.nameZh }))}
              style={{ minWidth: 220 }}
            />
          )}
          <MeasureSwitch value={measure} onChange={setMeasure} options={measures} />
        </Space>
      }
    >
      <ChartSlot height={chartHeights.period}>
        <PeriodChart target={card.achievement} measure={measure} />
      </ChartSlot>
      <Typography.Text type="secondary" className="ph-chart-note">
        柱：各期应完成与实际完成（{card.achievement.basis === 'INCREMENTAL' ? '考核口径为分期增量' : '考核口径为累计，柱为各期新增'}）；线：自起算日累计。
      </Typography.Text>
    </Card>
  );
}

function WarZoneSection({ dashboard }: { dashboard: Dashboard }) {
  const [measure, setMeasure] = useState<Measure>('MU');
  if (dashboard.byWarZone.length === 0) return null;
  return (
    <Card title="各战区完成情况" extra={<MeasureSwitch value={measure} onChange={setMeasure} options={['MU', 'PARCELS']} />}>
      <ChartSlot height={chartHeights.warZone}>
        <WarZoneChart rows={dashboard.byWarZone} measure={measure} />
      </ChartSlot>
      {dashboard.byWarZone.every((z) => !z.allocated) && (
        <Typography.Text type="secondary" className="ph-chart-note">
          攻坚目标尚未分解到战区，仅显示各战区已盘活情况。
        </Typography.Text>
      )}
    </Card>
  );
}

/** The reports of the campaign on screen, so that they are of the same county. */
const reportsPath = (code: string | undefined) => (code ? `/campaign/reports?jurisdiction=${code}` : '/campaign/reports');

/** The table holds at most 20 tasks, the most late first; say so when there are more. */
function overdueNote(d: Dashboard): string {
  const listed = d.overdueTasks.length;
  const total = d.totals.overdueTasks;
  if (listed === 0) return '';
  return total > listed ? `（共 ${total} 项，列出逾期最久的 ${listed} 项）` : `（${listed} 项）`;
}

function NoTargets() {
  return (
    <Alert
      type="info"
      showIcon
      title="尚未设置攻坚目标"
      description="尚未设置攻坚目标，请系统管理员按本辖区印发的攻坚方案设置目标（各期截止日期、宗数和面积）；设置后这里显示完成率、差距和期末预计。以下为处置进展。"
      action={<Link to="/campaign/targets">攻坚目标设置</Link>}
    />
  );
}

function Content({ dashboard }: { dashboard: Dashboard }) {
  const { targets, rates } = dashboard;
  const noTargets = targets.length === 0 && rates.length === 0;
  const hasZones = dashboard.byWarZone.length > 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} className="ph-dashboard-body">
      <TotalsBar totals={dashboard.totals} />
      {noTargets && <NoTargets />}
      {targets.length > 0 && (
        <Row gutter={[16, 16]}>
          {targets.map((t) => (
            <Col key={t.id} xs={24} xxl={targets.length > 1 ? 12 : 24}>
              <TargetKpiCard card={t} />
            </Col>
          ))}
        </Row>
      )}
      {rates.length > 0 && <RateCards rates={rates} />}
      {dashboard.linkage.length > 0 && <LinkageCards outcomes={dashboard.linkage} />}
      {/* what the targets ask and where it comes from: by period, then by war zone */}
      <Row gutter={[16, 16]}>
        {targets.length > 0 && (
          <Col xs={24} xl={hasZones ? 14 : 24}>
            <PeriodSection cards={targets} />
          </Col>
        )}
        {hasZones && (
          <Col xs={24} xl={targets.length > 0 ? 10 : 24}>
            <WarZoneSection dashboard={dashboard} />
          </Col>
        )}
      </Row>
      <Card title="责任单位排名">
        {dashboard.byUnit.length > 0 ? <UnitRanking rows={dashboard.byUnit} /> : <Empty description="暂无责任单位的处置方案" />}
      </Card>
      {/* where the parcels are in disposal, and what is late */}
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={9}>
          <Card title="各处置阶段地块">
            {dashboard.stages.some((s) => s.parcels > 0) ? (
              <ChartSlot height={chartHeights.stage(dashboard.stages.length)}>
                <StageChart rows={dashboard.stages} />
              </ChartSlot>
            ) : (
              <Empty description="暂无待处置地块" />
            )}
          </Card>
        </Col>
        <Col xs={24} xxl={15}>
          <Card title={`逾期任务${overdueNote(dashboard)}`} extra={<Link to="/tasks?tab=overdue">全部逾期任务</Link>}>
            <OverdueTasksTable tasks={dashboard.overdueTasks} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/**
 * 攻坚调度 · 指挥部驾驶舱: for the headquarters' meeting, projected on a screen — targets
 * against achievement, war zones, units ranked, parcels by stage, overdue tasks — as of a
 * day (`?asOf=`; the server's today when absent). Printable.
 */
export default function CampaignDashboardPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const asOf = params.get('asOf') ?? undefined;
  const jurisdictionCode = params.get('jurisdiction') ?? undefined;
  const remote = useRemote((signal) => getDashboard({ asOf, jurisdictionCode }, signal), [asOf, jurisdictionCode]);
  const dashboard = remote.data;
  // a city or province user may look at each county's campaign
  const jurisdictions = useJurisdictions().all;

  const setParam = (key: 'asOf' | 'jurisdiction', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="ph-page ph-dashboard">
      <PageTitle
        title={
          <>
            <span className="ph-dashboard-kicker">攻坚调度 · 指挥部驾驶舱</span>
            {dashboard?.campaignNameZh ?? (dashboard ? '本辖区尚未设立攻坚行动' : ' ')}
          </>
        }
        extra={
          <>
            {jurisdictions.length > 1 && (
              <JurisdictionSelect
                jurisdictions={jurisdictions}
                value={jurisdictionCode ?? dashboard?.jurisdictionCode}
                onChange={(code) => setParam('jurisdiction', code)}
                style={{ width: 220 }}
                aria-label="辖区"
              />
            )}
            <span className="ph-filter-label">统计日期</span>
            <DatePicker
              allowClear
              placeholder="今天"
              value={asOf ? dayjs(asOf) : dashboard ? dayjs(dashboard.asOf) : null}
              onChange={(d) => setParam('asOf', d ? d.format('YYYY-MM-DD') : undefined)}
              aria-label="统计日期"
            />
            <Button icon={<ReloadOutlined />} onClick={remote.reload} loading={remote.loading && !!dashboard}>
              刷新
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!dashboard}>
              打印
            </Button>
            <Button icon={<FileTextOutlined />} onClick={() => navigate(reportsPath(dashboard?.jurisdictionCode ?? jurisdictionCode))}>
              报表
            </Button>
          </>
        }
      >
        {dashboard && (
          <Typography.Text type="secondary">
            统计截至 {formatDate(dashboard.asOf)}
            {dashboard.issuerNameZh ? ` · ${dashboard.issuerNameZh}` : ''}
          </Typography.Text>
        )}
      </PageTitle>
      {remote.error && !dashboard ? (
        <ErrorResult error={remote.error} onRetry={remote.reload} />
      ) : !dashboard ? (
        <PageLoading />
      ) : (
        <>
          {remote.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="刷新失败" description={remote.error.userMessage} />}
          <Content dashboard={dashboard} />
        </>
      )}
    </div>
  );
}
