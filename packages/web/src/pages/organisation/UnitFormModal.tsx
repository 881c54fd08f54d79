import { App, Form, Input, Select } from 'antd';
import { createUnit, updateUnit, type OrgUnit, type UnitInput } from '../../api/organisation.ts';
import { selfAndBelow } from './tree.ts';
import { unitKindOptions } from './labels.ts';
import { SaveModal } from './ProblemAlert.tsx';
import type { TabProps } from './shared.ts';
import { topLevel, useSave } from './useSave.ts';

interface Props extends TabProps {
  open: boolean;
  /** null to add a unit */
  unit: OrgUnit | null;
  onClose: () => void;
}

const locate = topLevel('name', 'kind', 'parentUnitId');

/** 单位: a member unit of the campaign (政府部门、乡镇、园区管委会……). */
export function UnitFormModal({ open, unit, onClose, data, jurisdictionCode, reload }: Props) {
  const [form] = Form.useForm<UnitInput>();
  const { message } = App.useApp();
  const save = useSave(form, locate);
  // a unit cannot sit below itself or below one of its own sub-units
  const below = unit ? selfAndBelow(data.units, unit.id, (u) => u.parentUnitId) : new Set<string>();

  const submit = () =>
    save.run(async (v) => {
      const input = { name: v.name.trim(), kind: v.kind, parentUnitId: v.parentUnitId ?? null };
      const saved = unit ? await updateUnit(unit.id, { ...input, version: unit.version }) : await createUnit({ ...input, jurisdictionCode });
      void message.success(unit ? `「${saved.name}」已保存` : `已新增单位「${saved.name}」`);
      reload();
      onClose();
    });

  return (
    <SaveModal open={open} title={unit ? `编辑单位：${unit.name}` : '新增单位'} save={save} onSubmit={submit} onClose={onClose} reload={reload}>
      <Form<UnitInput>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={unit ? { name: unit.name, kind: unit.kind, parentUnitId: unit.parentUnitId } : { parentUnitId: null }}
      >
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
          <Input maxLength={100} placeholder="如：县自然资源局" />
        </Form.Item>
        <Form.Item name="kind" label="单位类别" rules={[{ required: true, message: '请选择单位类别' }]}>
          <Select options={unitKindOptions} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="parentUnitId" label="上级单位" extra="如内设机构隶属于某局，可不填">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="无"
            options={data.units.filter((u) => !below.has(u.id)).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
