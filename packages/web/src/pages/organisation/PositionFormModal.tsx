import { App, Form, Input, Select } from 'antd';
import { createPosition, updatePosition, type OrgPosition, type PositionInput } from '../../api/organisation.ts';
import { SaveModal } from './ProblemAlert.tsx';
import type { TabProps } from './shared.ts';
import { topLevel, useSave } from './useSave.ts';

interface Props extends TabProps {
  /** null: closed; position null: a new position, in unitId when given */
  editing: { position: OrgPosition | null; unitId: string | null } | null;
  onClose: () => void;
  onSaved: (position: OrgPosition) => void;
}

const locate = topLevel('unitId', 'title');

/** 席位: a post in a unit (局长、副县长……) that bodies and tasks bind to, whoever holds it. */
export function PositionFormModal({ editing, onClose, onSaved, data, reload }: Props) {
  const [form] = Form.useForm<PositionInput>();
  const { message } = App.useApp();
  const save = useSave(form, locate);
  const position = editing?.position ?? null;

  const submit = () =>
    save.run(async (v) => {
      const input = { unitId: v.unitId, title: v.title.trim() };
      const saved = position ? await updatePosition(position.id, { ...input, version: position.version }) : await createPosition(input);
      void message.success(position ? '席位已保存' : `已在「${saved.unitName}」新增席位「${saved.title}」`);
      reload();
      onSaved(saved);
    });

  return (
    <SaveModal open={editing !== null} title={position ? `编辑席位：${position.unitName} · ${position.title}` : '新增席位'} save={save} onSubmit={submit} onClose={onClose} reload={reload}>
      <Form<PositionInput>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={position ? { unitId: position.unitId, title: position.title } : { unitId: editing?.unitId ?? undefined }}
      >
        <Form.Item name="unitId" label="所在单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select showSearch optionFilterProp="label" placeholder="请选择单位" options={data.units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label="席位名称"
          extra="写职务而非人名，如「局长」「副县长（负责日常工作）」。人员由「任命」确定。"
          rules={[{ required: true, whitespace: true, message: '请填写席位名称' }]}
        >
          <Input maxLength={100} placeholder="如：局长" />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
