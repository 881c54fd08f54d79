import { Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { allLedgerFields, enumLabel, isIsoDate } from '@panhuo/domain';
import type { CaseDetail, Publication, Restriction } from '../../api/cases.ts';
import { formatDate } from '../../format/values.ts';

/** Ledger field definitions by their parcel-facts path: the facts' Chinese names and enums. */
const byFactsPath = new Map(allLedgerFields.filter((d) => d.factsPath).map((d) => [d.factsPath!, d]));

function flatten(value: unknown, prefix: string, out: Array<[string, unknown]>) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'year' in v)) {
    for (const row of value as Array<Record<string, unknown>>) {
      for (const [k, v] of Object.entries(row)) if (k !== 'year') flatten(v, `${prefix}[year=${String(row.year)}].${k}`, out);
    }
  } else {
    out.push([prefix, value]);
  }
}

function showFact(path: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '未掌握';
  const def = byFactsPath.get(path);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' && def?.enumId) return enumLabel(def.enumId, value);
  if (typeof value === 'string' && isIsoDate(value)) return formatDate(value);
  if (typeof value === 'number') {
    const text = value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
    if (path.endsWith('_m2')) return `${text} 平方米`;
    if (path.endsWith('_yuan')) return `${text} 元`;
    return text;
  }
  return Array.isArray(value) ? value.join('、') : String(value);
}

const factLabel = (path: string) => {
  const def = byFactsPath.get(path);
  if (def) return def.labelZh;
  const year = /^finance\.years\[year=(\d+)\]\.(\w+)$/.exec(path);
  return year ? `${year[1]} 年度 ${year[2]}` : path;
};

/** 地块事实: the facts the case was opened on, as stored with it (not today's ledger). */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  if (!detail.facts) return <Empty description="立案时未保存地块事实" />;
  const rows: Array<[string, unknown]> = [];
  flatten(detail.facts, '', rows);
  const shown = rows.filter(([path]) => !['id', 'parcelCode', 'name'].includes(path));
  return (
    <>
      <Typography.Paragraph type="secondary">以下为本案所依据的地块事实（立案或最近一次核查确认时的台账数据）。</Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        items={shown.map(([path, value]) => ({ key: path, label: factLabel(path), children: showFact(path, value) }))}
      />
    </>
  );
}

export function RestrictionTable({ items, showCase }: { items: Restriction[]; showCase?: boolean }) {
  return (
    <Table<Restriction>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: '无限制措施' }}
      columns={[
        ...(showCase ? [{ title: '企业', key: 'ent', render: (_: unknown, r: Restriction) => r.enterpriseName ?? '—' }] : []),
        { title: '限制措施', key: 'type', render: (_: unknown, r) => r.typeLabel ?? r.type },
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
