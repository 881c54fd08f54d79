import { Link } from 'react-router-dom';
import { Descriptions, Empty, Table, Tag } from 'antd';
import { fieldByKey, type FieldDef } from '@panhuo/domain';
import type { CaseDetail, CaseParcelFacts, Publication, Restriction } from '../../api/cases.ts';
import { StageTag } from '../../components/StageTag.tsx';
import { formatDate, formatFieldValue } from '../../format/values.ts';

/** The case's parcel facts by the ledger field that holds them (labels and formats from the catalogue). */
const PARCEL_FACTS: Array<[keyof CaseParcelFacts, FieldDef | undefined]> = [
  ['location', fieldByKey('parcel', 'location')],
  ['area_m2', fieldByKey('parcel', 'area_m2')],
  ['plannedUse', fieldByKey('parcel', 'plannedUse')],
  ['acquisitionMode', fieldByKey('parcel', 'acquisitionMode')],
  ['acquisitionDate', fieldByKey('parcel', 'acquisitionDate')],
  ['deliveryDate', fieldByKey('parcel', 'deliveryDate')],
  ['landPriceYuan', fieldByKey('parcel', 'landPrice_yuan')],
  ['agreedStartDate', fieldByKey('contract', 'agreedStartDate')],
  ['agreedCompletionDate', fieldByKey('contract', 'agreedCompletionDate')],
  ['started', fieldByKey('parcel', 'started')],
  ['actualStartDate', fieldByKey('parcel', 'actualStartDate')],
  ['operationsStatus', fieldByKey('parcel', 'operationsStatus')],
  ['idleCauseType', fieldByKey('parcel', 'idleCauseType')],
];

const show = (def: FieldDef | undefined, value: unknown) => (def ? formatFieldValue(def, value) : value == null ? null : String(value)) ?? '未录入';

/** Where the case came from: the identification run and the criteria it met, or opened by hand. */
function originText(origin: Record<string, unknown> | null): string {
  if (!origin) return '—';
  if (origin.kind === 'IDENTIFICATION') {
    const met = Array.isArray(origin.metCriteria) ? origin.metCriteria.join('、') : '';
    const asOf = typeof origin.asOf === 'string' ? formatDate(origin.asOf) : '';
    return `${asOf}认定批次（规则 ${String(origin.ruleSetId ?? '')} 第 ${String(origin.ruleSetVersion ?? '')} 版）${met ? `，符合标准：${met}` : ''}`;
  }
  return typeof origin.note === 'string' && origin.note ? `人工立案：${origin.note}` : '人工立案';
}

/** 地块事实: the ledger facts the procedure rests on, as the ledger holds them today. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const p = detail.parcel;
  if (!p) return <Empty description="未找到该案件的地块" />;
  const e = detail.enterprise;
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        title="立案依据"
        style={{ marginBottom: 24 }}
        items={[{ key: 'origin', label: '案件来源', children: originText(detail.origin), span: 2 }]}
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        title="地块"
        extra={<Link to={`/parcels/${p.id}`}>查看台账</Link>}
        style={{ marginBottom: 24 }}
        items={[
          { key: 'code', label: '宗地编号', children: p.code },
          { key: 'name', label: '地块名称', children: p.name },
          { key: 'zone', label: '园区', children: p.zoneName ?? '—' },
          { key: 'stage', label: '建设经营阶段', children: <StageTag stage={p.stage} /> },
          ...PARCEL_FACTS.map(([key, def]) => ({ key, label: def?.labelZh ?? key, children: show(def, p[key]) })),
        ]}
      />
      {e ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, lg: 2 }}
          title="土地使用权人"
          extra={<Link to={`/enterprises/${e.id}`}>查看企业</Link>}
          items={[
            { key: 'name', label: '企业名称', children: e.name },
            { key: 'uscc', label: '统一社会信用代码', children: e.uscc ?? '—' },
            { key: 'rep', label: '法定代表人', children: e.legalRepresentative ?? '—' },
            { key: 'phone', label: '联系电话', children: e.phone ?? '—' },
            { key: 'address', label: '地址', children: e.address ?? '—', span: 2 },
          ]}
        />
      ) : (
        <Empty description="台账未登记该地块的使用企业" />
      )}
    </>
  );
}

export function RestrictionTable({ items }: { items: Restriction[] }) {
  return (
    <Table<Restriction>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: '无限制措施' }}
      columns={[
        { title: '限制措施', dataIndex: 'typeLabel' },
        { title: '执行部门', dataIndex: 'department' },
        { title: '起始日期', dataIndex: 'since', render: (d: string) => formatDate(d) },
        {
          title: '状态',
          key: 'lifted',
          render: (_: unknown, r) =>
            r.liftedOn ? <Tag color="green">{`${formatDate(r.liftedOn)}解除`}</Tag> : <Tag color="red">执行中</Tag>,
        },
        { title: '解除原因', dataIndex: 'liftReason', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

export function PublicationTable({ items }: { items: Publication[] }) {
  return (
    <Table<Publication>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: '尚未公示' }}
      columns={[
        { title: '公示日期', dataIndex: 'publishedOn', render: (d: string) => formatDate(d) },
        { title: '公示渠道', dataIndex: 'channel' },
        {
          title: '网址',
          dataIndex: 'url',
          render: (u: string | null) =>
            u ? (
              <a href={u} target="_blank" rel="noreferrer">
                {u}
              </a>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
