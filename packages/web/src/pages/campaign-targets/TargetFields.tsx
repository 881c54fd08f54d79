import { Button, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { stockKindLabels, targetBasisLabels } from '@panhuo/domain';
import { DateField } from './DateField.tsx';
import { PeriodsField } from './PeriodsField.tsx';
import type { ScopeOptions } from './types.ts';

/** The fields of the targets' dialogs, shared by 新增 and 编辑. */

const idRules = [
  { required: true, message: '请填写目标编号' },
  { pattern: /^[A-Z0-9-]{2,40}$/, message: '2–40 位大写字母、数字或连字符，如 QL-QUARTERS' },
];

export function IdField({ disabled }: { disabled?: boolean }) {
  return (
    <Form.Item name="id" label="目标编号" rules={disabled ? [] : idRules} extra={disabled ? '编号设定后不可更改' : '本辖区内唯一，报表和增存挂钩规则以此引用'}>
      <Input disabled={disabled} maxLength={40} placeholder="如 QL-QUARTERS" style={{ maxWidth: 320 }} />
    </Form.Item>
  );
}

export function NameField() {
  return (
    <Form.Item name="nameZh" label="目标名称" rules={[{ required: true, whitespace: true, message: '请填写目标名称' }]}>
      <Input maxLength={100} placeholder="如：低效工业用地盘活攻坚分季度目标" />
    </Form.Item>
  );
}

/** 来源: the document, its sentence verbatim, and how the platform reads it. */
export function SourceFields() {
  return (
    <fieldset className="ph-fieldset">
      <legend>目标来源</legend>
      <Form.Item name={['source', 'documentZh']} label="来源文件（发文机关、文号、日期）" rules={[{ required: true, whitespace: true, message: '请填写来源文件' }]}>
        <Input maxLength={200} placeholder="如：××县人民政府办公室 ×政办〔2026〕12号（2026年3月20日）" />
      </Form.Item>
      <Form.Item name={['source', 'wordingZh']} label="原文表述（照录）" rules={[{ required: true, whitespace: true, message: '请照录文件中规定该目标的原文' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name={['source', 'readingZh']} label="平台解读" extra="原文未写明之处平台如何理解，如分期数字是增量还是累计、「前」「以上」的含义、起算日">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
    </fieldset>
  );
}

export function AmountFields({ form, scope }: { form: FormInstance; scope: ScopeOptions }) {
  return (
    <>
      <div className="ph-form-grid">
        <Form.Item name="basis" label="分期口径" rules={[{ required: true, message: '请选择分期口径' }]}>
          <Radio.Group
            options={[
              { value: 'INCREMENTAL', label: `${targetBasisLabels.INCREMENTAL}（各期相加为总目标）` },
              { value: 'CUMULATIVE', label: `${targetBasisLabels.CUMULATIVE}（每期为自起算日累计应达数）` },
            ]}
          />
        </Form.Item>
        <DateField name="countingStart" label="起算日期" rules={[{ required: true, message: '请选择起算日期' }]} extra="此日及以后盘活的地块计入第一期" />
      </div>
      <div className="ph-form-grid">
        <Form.Item name={['scope', 'warZoneId']} label="分解到战区" extra="不选为全辖区目标；选战区即为该战区的分解目标">
          <Select allowClear placeholder="全辖区" options={scope.warZones.map((z) => ({ value: z.id, label: z.name }))} notFoundContent="组织架构中尚无战区" />
        </Form.Item>
        <Form.Item name={['scope', 'unitId']} label="责任单位">
          <Select allowClear showSearch optionFilterProp="label" placeholder="不限" options={scope.units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
      </div>
      <Form.Item label="分期目标" required>
        <PeriodsField form={form} />
      </Form.Item>
    </>
  );
}

export function RateFields({ lockStockKind = false }: { lockStockKind?: boolean }) {
  return (
    <>
      <div className="ph-form-grid">
        <Form.Item name="stockKind" label="存量土地类别" rules={[{ required: true, message: '请选择存量土地类别' }]} extra={lockStockKind ? '类别设定后不可更改' : undefined}>
          <Select disabled={lockStockKind} options={Object.entries(stockKindLabels).map(([value, label]) => ({ value, label }))} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="minSharePercent" label="年度处置率不低于" rules={[{ required: true, message: '请填写处置率目标' }]}>
          <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: 160 }} />
        </Form.Item>
      </div>
      <div className="ph-form-grid">
        <Form.Item name="denominatorDescriptionZh" label="分母" extra="按当年1月1日的该类存量面积计，面积在下方「处置率分母」中逐年填写">
          <Input maxLength={200} placeholder="年初存量面积" />
        </Form.Item>
        <Form.Item name="status" label="文件状态">
          <Radio.Group options={[{ value: 'IN_FORCE', label: '已施行' }, { value: 'DRAFT', label: '草案（送审稿）' }]} />
        </Form.Item>
      </div>
    </>
  );
}

/** The yearly tasks a quarterly schedule is applied to (年度任务, 亩). */
export function YearlyTasksField() {
  return (
    <Form.List name="yearlyTasks">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <div className="ph-yearly-row" key={field.key} role="group" aria-label={`年度任务 ${index + 1}`}>
              <Form.Item name={[field.name, 'year']} rules={[{ required: true, message: '年度' }]}>
                <InputNumber min={2000} max={2100} precision={0} placeholder="年度" suffix="年" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[field.name, 'areaMu']} rules={[{ required: true, message: '面积' }]}>
                <InputNumber min={0} precision={2} placeholder="任务面积" suffix="亩" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[field.name, 'sourceZh']} rules={[{ required: true, whitespace: true, message: '请填写任务来源' }]}>
                <Input placeholder="任务来源，如：市政府下达2026年任务" maxLength={500} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`删除年度任务 ${index + 1}`} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year: new Date().getFullYear() })} block>
            添加年度任务
          </Button>
        </>
      )}
    </Form.List>
  );
}
