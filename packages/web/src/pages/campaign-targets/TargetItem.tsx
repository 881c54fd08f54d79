import { App, Button, Card, Descriptions, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { stockKindLabels, targetBasisLabels, type AmountTarget, type CampaignTarget, type TargetPeriod } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { deleteCampaignTarget, updateCampaignTarget, type CampaignTargetItem } from '../../api/campaign.ts';
import { formatDate } from '../../format/values.ts';
import { figuresText, muText, percentOf, periodsTotal, totalMismatches } from './figures.ts';
import { kindColors, kindLabels } from './labels.ts';

interface Props {
  item: CampaignTargetItem;
  jurisdictionCode: string;
  canManage: boolean;
  onEdit: () => void;
  reload: () => void;
}

interface PeriodRow extends TargetPeriod {
  cumParcels?: number;
  cumMu?: number;
}

/** The periods with, for increments, what they add up to so far. */
function periodRows(t: AmountTarget): PeriodRow[] {
  if (t.basis === 'CUMULATIVE') return t.periods.map((p) => ({ ...p }));
  let parcels: number | undefined = 0;
  let mu: number | undefined = 0;
  return t.periods.map((p) => {
    parcels = parcels === undefined || p.parcels === undefined ? undefined : parcels + p.parcels;
    mu = mu === undefined || p.areaMu === undefined ? undefined : Math.round((mu + p.areaMu) * 100) / 100;
    return { ...p, cumParcels: parcels, cumMu: mu };
  });
}

function PeriodsTable({ target }: { target: AmountTarget }) {
  const incremental = target.basis === 'INCREMENTAL';
  const sum = periodsTotal(target.periods, target.basis);
  const mismatches = totalMismatches(sum, target.total, target.basis);
  return (
    <>
      <Table<PeriodRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={periodRows(target)}
        columns={[
          { title: '分期', dataIndex: 'labelZh', render: (v: string, p) => <span title={p.wordingZh}>{v}</span> },
          { title: '截止日期', dataIndex: 'endDate', render: (v: string) => formatDate(v) },
          { title: incremental ? '当期宗数' : '累计宗数', dataIndex: 'parcels', align: 'right', render: (v?: number) => (v == null ? '—' : `${v} 宗`) },
          { title: incremental ? '当期面积' : '累计面积', dataIndex: 'areaMu', align: 'right', render: (v?: number) => muText(v) },
          ...(incremental
            ? [
                { title: '累计宗数', dataIndex: 'cumParcels', align: 'right' as const, render: (v?: number) => (v == null ? '—' : `${v} 宗`) },
                { title: '累计面积', dataIndex: 'cumMu', align: 'right' as const, render: (v?: number) => muText(v) },
              ]
            : []),
        ]}
        summary={() => (
          <Table.Summary.Row className="ph-periods-summary">
            <Table.Summary.Cell index={0} colSpan={2}>
              总目标 {figuresText(target.total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={incremental ? 4 : 2} align="right">
              {incremental ? '各期合计' : '末期累计'} {figuresText(sum)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {mismatches.length > 0 && <Typography.Text type="warning">{mismatches.join('；')}</Typography.Text>}
    </>
  );
}

function KindDetails({ item }: { item: CampaignTargetItem }) {
  const d: CampaignTarget = item.definition;
  switch (d.kind) {
    case 'AMOUNT':
      return (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} className="ph-target-facts">
            <Descriptions.Item label="分期口径">{targetBasisLabels[d.basis]}</Descriptions.Item>
            <Descriptions.Item label="起算日期">{formatDate(d.countingStart)}</Descriptions.Item>
            <Descriptions.Item label="计入的存量">{d.stockKinds?.map((k) => stockKindLabels[k]).join('、') ?? '不限'}</Descriptions.Item>
          </Descriptions>
          <PeriodsTable target={d} />
        </>
      );
    case 'QUARTERLY_SCHEDULE':
      return (
        <Descriptions size="small" column={1} className="ph-target-facts">
          <Descriptions.Item label="季度累计进度">{d.checkpoints.map((c) => `${c.labelZh} ${percentOf(c.cumulativeShare)}`).join('，')}</Descriptions.Item>
          <Descriptions.Item label="年度任务">
            {item.yearlyTasks.length === 0 ? '未填写（驾驶舱不显示此项，请编辑后填写当年任务）' : item.yearlyTasks.map((y) => `${y.year}年 ${muText(y.areaMu)}（${y.sourceZh}）`).join('；')}
          </Descriptions.Item>
        </Descriptions>
      );
    case 'DISPOSAL_RATE':
      return (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} className="ph-target-facts">
          <Descriptions.Item label="存量类别">{stockKindLabels[d.stockKind]}</Descriptions.Item>
          <Descriptions.Item label="年度处置率">{percentOf(d.minShare)} 以上</Descriptions.Item>
          <Descriptions.Item label="分母">{d.denominator.descriptionZh}</Descriptions.Item>
          {d.status === 'DRAFT' && <Descriptions.Item label="文件状态">草案（送审稿）</Descriptions.Item>}
        </Descriptions>
      );
    case 'LINKAGE':
      return (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} className="ph-target-facts">
          <Descriptions.Item label="完成奖励">{percentOf(d.rewardShare)}</Descriptions.Item>
          <Descriptions.Item label="未完成核减">{percentOf(d.penaltyShare)}</Descriptions.Item>
          <Descriptions.Item label="考核依据">{d.taskTargetIds.join('、')}</Descriptions.Item>
          <Descriptions.Item label="基数" span={3}>
            {d.quotaDescriptionZh}
          </Descriptions.Item>
        </Descriptions>
      );
  }
}

/** The source verbatim: the document, its sentence and the platform's reading. */
function SourceBlock({ target }: { target: CampaignTarget }) {
  return (
    <Descriptions size="small" column={1} bordered className="ph-target-source">
      <Descriptions.Item label="来源文件">{target.source.documentZh}</Descriptions.Item>
      <Descriptions.Item label="原文表述">
        <span className="ph-verbatim">{target.source.wordingZh}</span>
      </Descriptions.Item>
      <Descriptions.Item label="平台解读">{target.source.readingZh ? <span className="ph-verbatim">{target.source.readingZh}</span> : '—'}</Descriptions.Item>
    </Descriptions>
  );
}

/** One target: what it asks, for whom, from which document; switched on or off, edited, deleted. */
export function TargetItem({ item, jurisdictionCode, canManage, onEdit, reload }: Props) {
  const { message } = App.useApp();
  const fail = (err: unknown) => void message.error(err instanceof ApiError ? err.userMessage : '操作失败');

  const toggle = (active: boolean) =>
    updateCampaignTarget(jurisdictionCode, item.id, { version: item.version, active })
      .then(() => {
        void message.success(active ? `已启用「${item.nameZh}」` : `已停用「${item.nameZh}」，驾驶舱和报表不再计算此目标`);
        reload();
      })
      .catch(fail);

  const remove = () =>
    deleteCampaignTarget(jurisdictionCode, item)
      .then(() => {
        void message.success(`已删除「${item.nameZh}」`);
        reload();
      })
      .catch(fail);

  return (
    <Card
      className={`ph-target-item${item.active ? '' : ' ph-target-inactive'}`}
      title={
        <Space wrap size={[8, 4]} className="ph-card-title">
          <Tag color={kindColors[item.kind]}>{kindLabels[item.kind]}</Tag>
          <span>{item.nameZh}</span>
          <Typography.Text type="secondary" className="ph-target-id">
            {item.id}
          </Typography.Text>
          <Tag>{item.scopeZh}</Tag>
          {!item.active && <Tag color="default">已停用</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Switch checked={item.active} disabled={!canManage} onChange={(v) => void toggle(v)} checkedChildren="启用" unCheckedChildren="停用" aria-label={`${item.nameZh}是否启用`} />
          {canManage && (
            <>
              <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
                编辑
              </Button>
              <Popconfirm
                title={`删除「${item.nameZh}」？`}
                description="仅用于删除误设的目标；删除前的内容留存在操作日志中。只是暂不考核的目标请改为停用。"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={remove}
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`删除${item.nameZh}`} />
              </Popconfirm>
            </>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <KindDetails item={item} />
        <SourceBlock target={item.definition} />
      </Space>
    </Card>
  );
}
