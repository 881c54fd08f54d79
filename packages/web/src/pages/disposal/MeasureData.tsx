import { Descriptions, type DescriptionsProps } from 'antd';
import { formatTenThousandYuan } from '@panhuo/domain';
import type { MeasureData as Data } from '../../api/disposal.ts';
import { formatDate } from '../../format/values.ts';
import { agreementTypeLabels, feeKindLabels, newDeadlineLabels, valuationBasisLabels } from '@panhuo/domain';
import { areaText, labelOf } from './labels.tsx';

const money = (yuan: string | null | undefined) => {
  const n = yuan == null ? NaN : Number(yuan);
  return Number.isFinite(n) ? formatTenThousandYuan(n) : '—';
};
const date = (d: string | null | undefined) => (d ? formatDate(d) : '—');

/** The §4.8 data a measure holds, read-only, in 万元, 平方米（亩） and 年月日. */
export function MeasureData({ data }: { data: Data }) {
  const items: NonNullable<DescriptionsProps['items']> = [];
  if (data.counterparty) {
    items.push({
      key: 'counterparty',
      label: '交易或合作对象',
      children: `${data.counterparty.name}${data.counterparty.uscc ? `（${data.counterparty.uscc}）` : ''}`,
    });
  }
  if (data.agreement) {
    const a = data.agreement;
    items.push({
      key: 'agreement',
      label: '协议',
      children: [
        labelOf(agreementTypeLabels, a.type),
        a.docNo,
        a.signedAt ? `${formatDate(a.signedAt)}签订` : '未签订',
        a.parties.length > 0 ? `各方：${a.parties.join('、')}` : undefined,
      ]
        .filter(Boolean)
        .join('，'),
    });
  }
  if (data.valuation) {
    const v = data.valuation;
    items.push({
      key: 'valuation',
      label: '价格评估',
      children: [
        `土地按${labelOf(valuationBasisLabels, v.landBasis)}${v.landValue_yuan != null ? ` ${money(v.landValue_yuan)}` : ''}`,
        v.buildingBasis ? `地上建筑物按${labelOf(valuationBasisLabels, v.buildingBasis)}${v.buildingValue_yuan != null ? ` ${money(v.buildingValue_yuan)}` : ''}` : undefined,
        v.movablesExcluded ? '动产不计入' : undefined,
      ]
        .filter(Boolean)
        .join('；'),
    });
  }
  if (data.areaSplit) {
    items.push({
      key: 'areaSplit',
      label: '面积分割',
      children: `保留 ${areaText(data.areaSplit.retained_m2)}；分割 ${areaText(data.areaSplit.transferred_m2)}`,
    });
  }
  if (data.fee) {
    const f = data.fee;
    items.push({
      key: 'fee',
      label: '费用征缴',
      children: [
        `${labelOf(feeKindLabels, f.kind)} ${money(f.amount_yuan)}`,
        f.rate != null ? `费率 ${(f.rate * 100).toFixed(2)}%` : undefined,
        f.dueAt ? `${date(f.dueAt)}前缴纳` : undefined,
        f.paidAt ? `${date(f.paidAt)}缴清` : undefined,
      ]
        .filter(Boolean)
        .join('；'),
    });
  }
  if (data.newDeadlines) {
    const entries = Object.entries(data.newDeadlines).filter(([, d]) => typeof d === 'string' && d);
    if (entries.length > 0) {
      items.push({
        key: 'newDeadlines',
        label: '新的开发期限',
        children: entries.map(([k, d]) => `${labelOf(newDeadlineLabels, k)}：${date(d as string)}`).join('；'),
      });
    }
  }
  if (data.notesZh) items.push({ key: 'notes', label: '备注', children: data.notesZh });
  if (items.length === 0) return null;
  return <Descriptions size="small" column={1} items={items} style={{ marginBottom: 8 }} />;
}
