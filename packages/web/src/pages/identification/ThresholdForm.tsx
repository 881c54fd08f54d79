import { InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { CriterionParams } from '../../api/identification.ts';
import { CriterionCategoryTag } from './labels.tsx';
import { editableParams, formatParamValue, isChanged } from './params.ts';

export type Edits = Record<string, Record<string, number | null>>;

/** Every criterion with numeric thresholds, each threshold an input; edited ones are marked. */
export function ThresholdForm({ criteria, edits, onChange }: { criteria: CriterionParams[]; edits: Edits; onChange: (edits: Edits) => void }) {
  const rows = criteria.map((c) => ({ criterion: c, params: editableParams(c) })).filter((r) => r.params.length > 0);
  return (
    <Table
      rowKey={(r) => r.criterion.id}
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '该规则没有可调整的数值门槛' }}
      columns={[
        {
          title: '条款编号',
          key: 'id',
          width: 130,
          render: (_: unknown, r) => (
            <Space direction="vertical" size={2}>
              <Typography.Text code>{r.criterion.id}</Typography.Text>
              <CriterionCategoryTag category={r.criterion.category} />
            </Space>
          ),
        },
        {
          title: '认定标准',
          key: 'wording',
          width: 380,
          render: (_: unknown, r) => (
            <Typography.Paragraph ellipsis={{ rows: 3, tooltip: r.criterion.wordingZh }} style={{ margin: 0 }}>
              {r.criterion.wordingZh}
            </Typography.Paragraph>
          ),
        },
        {
          title: '门槛',
          key: 'params',
          render: (_: unknown, r) => (
            <Space wrap size={[16, 8]}>
              {r.params.map((p) => {
                const edited = edits[r.criterion.id]?.[p.key];
                const changed = isChanged(p, edited);
                return (
                  <Space key={p.key} size={4}>
                    <Typography.Text>{p.labelZh}</Typography.Text>
                    <InputNumber
                      aria-label={`${r.criterion.id} ${p.labelZh}`}
                      size="small"
                      min={0}
                      max={p.kind === 'percent' ? 100 : undefined}
                      precision={p.integer ? 0 : p.kind === 'percent' ? 2 : undefined}
                      value={edited ?? p.value}
                      suffix={p.unit || undefined}
                      style={{ width: p.unit.length > 2 ? 180 : 130 }}
                      onChange={(v) =>
                        onChange({ ...edits, [r.criterion.id]: { ...(edits[r.criterion.id] ?? {}), [p.key]: v } })
                      }
                    />
                    {changed && <Tag color="orange">原 {formatParamValue(p)}{p.unit}</Tag>}
                  </Space>
                );
              })}
            </Space>
          ),
        },
      ]}
    />
  );
}
