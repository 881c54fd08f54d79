import { Col, Row, Table, Tag, Tooltip } from 'antd';
import { unitRankingReadingZh, unitStandingLabels, type UnitStanding } from '@panhuo/domain';
import type { UnitRow } from '../../api/campaign.ts';
import { chartHeights } from './charts/heights.ts';
import { muText, readingText } from './figures.ts';
import { ChartSlot, UnitChart } from './lazyCharts.tsx';

const standingColor: Record<UnitStanding, string | undefined> = { ADVANCED: 'success', LAGGING: 'error', NORMAL: undefined };

export function StandingTag({ standing }: { standing: UnitStanding }) {
  if (standing === 'NORMAL') return <span className="ph-empty">{unitStandingLabels.NORMAL}</span>;
  return <Tag color={standingColor[standing]}>{unitStandingLabels[standing]}</Tag>;
}

/** How the ranking is made, for whoever asks in the meeting why a unit is 滞后. */
export const rankingReading = readingText(unitRankingReadingZh);

/** Responsible units ranked by achieved 亩: the bars, and beside them the table with 先进 / 滞后. */
export function UnitRanking({ rows }: { rows: readonly UnitRow[] }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <ChartSlot height={chartHeights.unit(rows.length)}>
          <UnitChart rows={rows} />
        </ChartSlot>
      </Col>
      <Col xs={24} xl={14}>
        <Table<UnitRow>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={[...rows]}
          columns={[
            { title: '名次', dataIndex: 'rank', width: 56, align: 'center' },
            { title: '责任单位', dataIndex: 'nameZh' },
            { title: '已盘活', key: 'achieved', align: 'right', render: (_: unknown, r) => `${r.achievedParcels} 宗 / ${muText(r.achievedMu)}` },
            { title: '在办方案', dataIndex: 'openPlans', align: 'right' },
            { title: '在办任务', dataIndex: 'openTasks', align: 'right' },
            {
              title: '逾期任务',
              dataIndex: 'overdueTasks',
              align: 'right',
              render: (n: number) => (n > 0 ? <span className="ph-kpi-bad">{n}</span> : n),
            },
            {
              title: (
                <Tooltip title={rankingReading}>
                  <span className="ph-help">评价</span>
                </Tooltip>
              ),
              dataIndex: 'standing',
              align: 'center',
              render: (s: UnitStanding) => <StandingTag standing={s} />,
            },
          ]}
        />
      </Col>
    </Row>
  );
}
