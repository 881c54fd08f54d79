import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { disposalMethodName, formatTenThousandYuan } from '@panhuo/domain';
import { getResult, type CriterionRow, type Sanctions } from '../../api/identification.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { CriterionCategoryTag, MissingFactLinks, PrimaryCategoryTag, StatusTag } from './labels.tsx';

const STATUS_ORDER = { MET: 0, UNKNOWN: 1, MANUAL: 2, NOT_MET: 3 } as const;

/** Order 53 Art. 14 sanctions, each with what it means. */
function SanctionsCard({ sanctions }: { sanctions: Sanctions }) {
  const fee =
    sanctions.idleFee_yuan != null
      ? formatTenThousandYuan(sanctions.idleFee_yuan)
      : sanctions.legalReviewRequired
        ? '需法律审查后确定'
        : '不征缴';
  const recovery =
    sanctions.recoveryWithoutCompensation === true ? '可以无偿收回' : sanctions.recoveryWithoutCompensation === false ? '不适用' : '尚不能确定';
  return (
    <Card variant="borderless" title="闲置土地处置措施（《闲置土地处置办法》第十四条）" style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'fee',
            label: '土地闲置费',
            children: (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{fee}</Typography.Text>
                <Typography.Text type="secondary">因企业原因未动工开发满一年的，按土地出让或者划拨价款的 20% 征缴土地闲置费。</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'recovery',
            label: '无偿收回',
            children: (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{recovery}</Typography.Text>
                <Typography.Text type="secondary">因企业原因未动工开发满两年的，可以无偿收回国有建设用地使用权。</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'legal',
            label: '需法律审查',
            children: (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{sanctions.legalReviewRequired ? '是' : '否'}</Typography.Text>
                <Typography.Text type="secondary">闲置原因不明，或仅因已动工后中止开发而闲置的，是否征缴闲置费、收回土地须经法律审查。</Typography.Text>
              </Space>
            ),
          },
          { key: 'why', label: '依据', children: <Typography.Text>{sanctions.evidence}</Typography.Text> },
        ]}
      />
    </Card>
  );
}

export default function ParcelResultPage() {
  const { runId = '', parcelId = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useCan()('ledger:write');
  const result = useRemote((signal) => getResult(runId, parcelId, signal), [runId, parcelId]);

  if (result.error) return <div className="ph-page"><ErrorResult error={result.error} onRetry={result.reload} /></div>;
  if (!result.data) return <PageLoading />;
  const r = result.data;
  const criteria = [...r.criteria].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);

  return (
    <div className="ph-page">
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <div className="ph-page-title" style={{ marginBottom: 12 }}>
          <Space size={12} align="center" wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {r.parcel.parcelCode}
              <span style={{ margin: '0 10px', color: '#bbb' }}>|</span>
              {r.parcel.parcelName}
            </Typography.Title>
            <PrimaryCategoryTag category={r.primaryCategory} />
            {r.classes.map((c) => (
              <Tag key={c} color="geekblue">
                {c}
              </Tag>
            ))}
          </Space>
          <Button onClick={() => navigate(`/parcels/${r.parcel.parcelId}`)}>查看地块台账</Button>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'area', label: '土地总面积', children: <AreaText m2={r.parcel.area_m2} /> },
            { key: 'zone', label: '园区', children: r.parcel.zoneName ?? '—' },
            { key: 'enterprise', label: '使用企业', children: r.parcel.enterpriseName ?? '—' },
            {
              key: 'run',
              label: '认定批次',
              children: (
                <Link to={`/identification?ruleSet=${encodeURIComponent(r.ruleSetId)}&run=${r.runId}`}>
                  {formatDate(r.asOf)} · {r.ruleSetId} 第 {r.ruleSetVersion} 版
                </Link>
              ),
            },
          ]}
        />
      </Card>
      {r.sanctions && <SanctionsCard sanctions={r.sanctions} />}
      <Card variant="borderless" title="逐条认定情况" style={{ marginBottom: 16 }}>
        <Table<CriterionRow>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={criteria}
          columns={[
            {
              title: '条款编号',
              dataIndex: 'id',
              width: 120,
              render: (id: string, c) => (
                <Typography.Text code title={c.wordingZh}>
                  {id}
                </Typography.Text>
              ),
            },
            { title: '类别', dataIndex: 'category', width: 70, render: (cat: CriterionRow['category']) => <CriterionCategoryTag category={cat} /> },
            { title: '结论', dataIndex: 'status', width: 110, render: (s: CriterionRow['status']) => <StatusTag status={s} /> },
            {
              title: '证据',
              dataIndex: 'evidenceZh',
              render: (text: string) => (
                <Typography.Text className="ph-evidence" style={{ maxWidth: 680 }}>
                  {text}
                </Typography.Text>
              ),
            },
            {
              title: '缺少的信息',
              dataIndex: 'missing',
              width: 220,
              render: (missing: CriterionRow['missing']) =>
                missing.length > 0 ? <MissingFactLinks parcelId={r.parcel.parcelId} facts={missing} canEdit={canEdit} /> : '—',
            },
            {
              title: '预计符合日期',
              dataIndex: 'willBeMetOn',
              width: 140,
              render: (d: string | null) => (d ? <Typography.Text type="warning">{formatDate(d)}</Typography.Text> : '—'),
            },
          ]}
        />
      </Card>
      <Card variant="borderless" title="候选处置方式">
        {r.candidateDisposals.length > 0 ? (
          <Space wrap>
            {r.candidateDisposals.map((d) => (
              <Tag key={d} color="cyan" style={{ padding: '2px 8px' }}>
                {disposalMethodName(d) ?? d}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {d}
                </Typography.Text>
              </Tag>
            ))}
          </Space>
        ) : (
          <Alert type="info" showIcon title="该地块未被认定为闲置或低效，暂无候选处置方式" />
        )}
      </Card>
    </div>
  );
}
