import { Link } from 'react-router-dom';
import { Card, Col, Empty, Row, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import { formatMu, formatSquareMetres, type PrimaryCategory } from '@panhuo/domain';
import type { ChangedParcel, CriterionParams, RunDetail } from '../../api/identification.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { ChangeTag, CriterionCategoryTag, PRIMARY_CATEGORY_LABEL, PrimaryCategoryTag } from './labels.tsx';

const CARD_ORDER: Array<{ key: PrimaryCategory; color: string }> = [
  { key: 'IDLE', color: '#cf1322' },
  { key: 'INEFFICIENT', color: '#d46b08' },
  { key: 'INCONCLUSIVE', color: '#1d39c4' },
  { key: 'NONE', color: '#389e0d' },
];

/** 闲置 / 低效 / 待补充信息 / 无问题: parcel count and 亩, each card filtering the parcel list. */
export function CategoryCards({ run, onPick }: { run: RunDetail; onPick: (category: PrimaryCategory) => void }) {
  const by = run.summary?.byCategory;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {CARD_ORDER.map(({ key, color }) => {
        const t = by?.[key] ?? { count: 0, area_m2: 0 };
        return (
          <Col key={key} xs={12} lg={6}>
            <Card hoverable size="small" onClick={() => onPick(key)} data-category={key} className="ph-stat-card">
              <Statistic
                title={PRIMARY_CATEGORY_LABEL[key]}
                value={t.count}
                suffix="宗"
                styles={{ content: { color } }}
              />
              <Tooltip title={formatSquareMetres(t.area_m2)}>
                <Typography.Text type="secondary">{formatMu(t.area_m2)}</Typography.Text>
              </Tooltip>
            </Card>
          </Col>
        );
      })}
      {(run.summary?.byClass.length ?? 0) > 0 && (
        <Col span={24}>
          <Space wrap size={[16, 4]}>
            <Typography.Text type="secondary">低效分类：</Typography.Text>
            {run.summary!.byClass.map((c) => (
              <span key={c.classId}>
                <Typography.Text code>{c.classId}</Typography.Text> {c.count} 宗，<AreaText m2={c.area_m2} />
              </span>
            ))}
          </Space>
        </Col>
      )}
    </Row>
  );
}

export function CriterionTable({
  run,
  criteria,
  onPick,
}: {
  run: RunDetail;
  criteria: CriterionParams[];
  onPick: (criterionId: string, status: 'MET' | 'UNKNOWN') => void;
}) {
  const wording = new Map(criteria.map((c) => [c.id, c.wordingZh]));
  return (
    <Table
      rowKey="criterionId"
      size="small"
      pagination={false}
      dataSource={run.summary?.byCriterion ?? []}
      locale={{ emptyText: '该批次没有按认定标准的统计' }}
      columns={[
        { title: '条款编号', dataIndex: 'criterionId', width: 130, render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
        { title: '类别', dataIndex: 'category', width: 80, render: (c: 'IDLE' | 'INEFFICIENT') => <CriterionCategoryTag category={c} /> },
        {
          title: '认定标准',
          key: 'wording',
          render: (_: unknown, row) => {
            const text = wording.get(row.criterionId) ?? '';
            return (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0, maxWidth: 560 }}>
                {text}
              </Typography.Paragraph>
            );
          },
        },
        {
          title: '符合（宗）',
          key: 'met',
          width: 100,
          align: 'right',
          render: (_: unknown, row) =>
            row.MET.count > 0 ? <a onClick={() => onPick(row.criterionId, 'MET')}>{row.MET.count}</a> : 0,
        },
        { title: '符合面积', key: 'metArea', width: 120, align: 'right', render: (_: unknown, row) => <AreaText m2={row.MET.area_m2} /> },
        {
          title: '待补充（宗）',
          key: 'unknown',
          width: 110,
          align: 'right',
          render: (_: unknown, row) =>
            row.UNKNOWN.count > 0 ? <a onClick={() => onPick(row.criterionId, 'UNKNOWN')}>{row.UNKNOWN.count}</a> : 0,
        },
        { title: '需人工认定（宗）', key: 'manual', width: 130, align: 'right', render: (_: unknown, row) => row.MANUAL.count },
      ]}
    />
  );
}

const CHANGE_ORDER = { NEW: 0, CLEARED: 1, CHANGED: 2, SAME: 3 } as const;

const parcelLink = (runId: string, p: { parcelId: string; parcelCode: string }) => (
  <Link to={`/identification/runs/${runId}/parcels/${p.parcelId}`}>{p.parcelCode}</Link>
);

export function ChangesPanel({ run }: { run: RunDetail }) {
  if (!run.previousRunId) {
    return <Empty description="这是该规则在本县的第一次认定，没有可比较的上一批次" />;
  }
  const counts = run.summary?.changes;
  const groups: Array<{ kind: 'NEW' | 'CLEARED' | 'CHANGED'; title: string }> = [
    { kind: 'NEW', title: '新增认定' },
    { kind: 'CLEARED', title: '已解除' },
    { kind: 'CHANGED', title: '条件变化' },
  ];
  return (
    <>
      <Space size="large" style={{ marginBottom: 16 }}>
        {groups.map((g) => (
          <Statistic key={g.kind} title={g.title} value={counts?.[g.kind] ?? run.changedParcels.filter((p) => p.change === g.kind).length} suffix="宗" />
        ))}
      </Space>
      <Table<ChangedParcel>
        rowKey="parcelId"
        size="small"
        dataSource={run.changedParcels
          .filter((p) => p.change !== 'SAME')
          .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || a.parcelCode.localeCompare(b.parcelCode))}
        locale={{ emptyText: '与上一批次相比没有变化' }}
        pagination={{ pageSize: 20, showTotal: (total) => `共 ${total} 宗`, hideOnSinglePage: true }}
        columns={[
          { title: '变化', dataIndex: 'change', width: 100, render: (c: ChangedParcel['change']) => <ChangeTag change={c} /> },
          { title: '宗地编号', key: 'code', width: 140, render: (_: unknown, p) => parcelLink(run.id, p) },
          { title: '地块名称', dataIndex: 'parcelName' },
          { title: '面积', dataIndex: 'area_m2', width: 110, align: 'right', render: (m2: number) => <AreaText m2={m2} /> },
          {
            title: '结论',
            key: 'category',
            width: 200,
            render: (_: unknown, p) => (
              <Space size={4}>
                <PrimaryCategoryTag category={p.categoryBefore} />→<PrimaryCategoryTag category={p.categoryAfter} />
              </Space>
            ),
          },
          {
            title: '新符合的标准',
            dataIndex: 'criteriaMet',
            render: (ids: string[]) => ids.join('、') || '—',
          },
          {
            title: '不再符合的标准',
            dataIndex: 'criteriaCleared',
            render: (ids: string[]) => ids.join('、') || '—',
          },
        ]}
      />
    </>
  );
}
