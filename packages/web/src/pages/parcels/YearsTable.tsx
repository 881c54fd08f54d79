import { Table, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { yearFields } from '@panhuo/domain';
import type { FieldValue } from '@panhuo/domain';
import type { FieldValues } from '../../api/types.ts';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { formatFieldValue } from '../../format/values.ts';
import { taxPerMuExcludingLandTaxes } from './taxPerMu.ts';

/** Money columns read in 万元 already (their labels say so); the cell shows the bare number. */
function cell(def: (typeof yearFields)[number], value: FieldValue | undefined) {
  if (value == null) return <EmptyValue />;
  if (def.type === 'money' && typeof value === 'number') {
    return (value / 10_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  return formatFieldValue(def, value) ?? <EmptyValue />;
}

const yearDef = yearFields.find((d) => d.key === 'year')!;
const figureDefs = yearFields.filter((d) => d.key !== 'year');

export function YearsTable({ years, area_m2 }: { years: FieldValues[]; area_m2: FieldValue | undefined }) {
  const rows = [...years].sort((a, b) => Number(b.year) - Number(a.year));
  return (
    <Table<FieldValues>
      rowKey={(r) => String(r.year)}
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无年度经营数据' }}
      columns={[
        { key: 'year', title: yearDef.labelZh, fixed: 'left', render: (_v, r) => `${String(r.year)}年` },
        ...figureDefs.map((def) => ({
          key: def.key,
          title: def.labelZh,
          align: 'right' as const,
          render: (_v: unknown, r: FieldValues) => cell(def, r[def.key]),
        })),
        {
          key: 'taxPerMu',
          title: (
            <Tooltip title="（实缴税金 − 土地使用税 − 房产税）÷ 土地总面积（亩）；未填写的土地使用税、房产税按 0 计">
              <div>
                亩均税收（万元/亩） <QuestionCircleOutlined />
              </div>
              <div style={{ fontSize: 12, fontWeight: 'normal', color: 'rgba(0,0,0,0.45)' }}>不含土地使用税、房产税</div>
            </Tooltip>
          ),
          align: 'right' as const,
          fixed: 'right' as const,
          render: (_v: unknown, r: FieldValues) => {
            const value = taxPerMuExcludingLandTaxes(r, area_m2);
            return value === null ? (
              <EmptyValue />
            ) : (
              <Typography.Text strong>
                {value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
              </Typography.Text>
            );
          },
        },
      ]}
    />
  );
}
