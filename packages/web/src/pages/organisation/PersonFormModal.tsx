import { App, Form, Input } from 'antd';
import { createPerson, updatePerson, type OrgPerson } from '../../api/organisation.ts';
import { SaveModal } from './ProblemAlert.tsx';
import type { TabProps } from './shared.ts';
import { topLevel, useSave } from './useSave.ts';

interface Props extends TabProps {
  open: boolean;
  /** null to add a person */
  person: OrgPerson | null;
  onClose: () => void;
  onSaved?: (person: OrgPerson) => void;
}

const locate = topLevel('displayName');

/** 人员: someone who can be appointed to positions; only the name is kept. */
export function PersonFormModal({ open, person, onClose, onSaved, jurisdictionCode, reload }: Props) {
  const [form] = Form.useForm<{ displayName: string }>();
  const { message } = App.useApp();
  const save = useSave(form, locate);

  const submit = () =>
    save.run(async (v) => {
      const displayName = v.displayName.trim();
      const saved = person ? await updatePerson(person.id, { displayName, version: person.version }) : await createPerson({ displayName, jurisdictionCode });
      void message.success(person ? '姓名已保存' : `已新增人员「${saved.displayName}」`);
      reload();
      (onSaved ?? onClose)(saved);
    });

  return (
    <SaveModal open={open} title={person ? `修改人员：${person.displayName}` : '新增人员'} width={440} save={save} onSubmit={submit} onClose={onClose} reload={reload}>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ displayName: person?.displayName ?? '' }}>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={50} autoFocus />
        </Form.Item>
      </Form>
    </SaveModal>
  );
}
