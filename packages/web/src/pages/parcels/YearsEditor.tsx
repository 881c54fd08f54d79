import { Button, Form, Popconfirm, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { yearFields, type FieldDef } from '@panhuo/domain';
import type { FormRule, FormListFieldData } from 'antd';
import { FieldFormItem } from '../../components/FieldFormItem.tsx';
import type { FormValue } from '../../format/formValues.ts';
import { emptyYear } from './parcelFormValues.ts';

/** Two rows for the same year would make the 亩均 figures ambiguous. */
const uniqueYear: FormRule = ({ getFieldValue }) => ({
  validator: (_rule, value: FormValue) => {
    if (value == null) return Promise.resolve();
    const years = (getFieldValue(['years']) as Record<string, FormValue>[] | undefined) ?? [];
    const count = years.filter((y) => y?.year === value).length;
    return count > 1 ? Promise.reject(new Error(`${String(value)} 年度重复`)) : Promise.resolve();
  },
});

function nextYear(existing: Record<string, FormValue>[] | undefined): number {
  const years = (existing ?? []).map((y) => Number(y?.year)).filter((n) => Number.isFinite(n) && n > 0);
  return years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear() - 1;
}

/** 年度经营数据: one editable row per year; money in 万元. */
export function YearsEditor() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="years">
      {(rows, { add, remove }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            bordered
            pagination={false}
            dataSource={rows}
            rowKey="key"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无年度数据，点击下方「添加年度」录入' }}
            columns={[
              ...yearFields.map((def: FieldDef) => ({
                key: def.key,
                title: (
                  <span>
                    {def.required && <Typography.Text type="danger">* </Typography.Text>}
                    {def.labelZh}
                  </span>
                ),
                fixed: def.key === 'year' ? ('left' as const) : undefined,
                render: (_v: unknown, row: FormListFieldData) => (
                  <FieldFormItem def={def} parent={[row.name]} bare extraRules={def.key === 'year' ? [uniqueYear] : []} />
                ),
              })),
              {
                key: 'remove',
                title: '操作',
                fixed: 'right' as const,
                render: (_v: unknown, row: FormListFieldData) => (
                  <Popconfirm title="删除该年度的数据？" okText="删除" cancelText="取消" onConfirm={() => remove(row.name)}>
                    <Button type="link" danger icon={<DeleteOutlined />}>
                      删除
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 12 }}
            onClick={() => add(emptyYear(nextYear(form.getFieldValue(['years']) as Record<string, FormValue>[] | undefined)))}
          >
            添加年度
          </Button>
        </>
      )}
    </Form.List>
  );
}
