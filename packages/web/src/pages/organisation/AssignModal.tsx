import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Form, Modal, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { assignPosition, listAssignments, type OrgPerson, type OrgPosition } from '../../api/organisation.ts';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { HolderText } from './HolderText.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import type { TabProps } from './shared.ts';
import { topLevel, useSave } from './useSave.ts';

interface Values {
  personId: string;
  from: Dayjs;
  to?: Dayjs | null;
}

interface Props extends TabProps {
  /** the position to fill; null when closed */
  position: OrgPosition | null;
  onClose: () => void;
}

const locate = topLevel('personId', 'from', 'to');
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * 任命: a person holds the position from a date. The API ends the previous holder's open
 * tenure the day before, in the same transaction, and refuses any other overlap.
 */
export function AssignModal({ position, onClose, data, index, ...rest }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSave(form, locate);
  const [addingPerson, setAddingPerson] = useState(false);
  const [added, setAdded] = useState<OrgPerson[]>([]);
  const from = Form.useWatch('from', form);
  // the open tenure as the API sees it today, whatever day the page is showing
  const history = useRemote(async (signal) => (position ? listAssignments(position.id, signal) : []), [position?.id]);
  const open = history.data?.find((a) => a.to === null);

  const titlesOf = new Map<string, string[]>();
  for (const p of data.positions) if (p.holder) titlesOf.set(p.holder.personId, [...(titlesOf.get(p.holder.personId) ?? []), `${p.unitName}${p.title}`]);
  const people = [...data.people, ...added.filter((a) => !data.people.some((p) => p.id === a.id))];

  const submit = () =>
    save.run(async (v) => {
      if (!position) return;
      const result = await assignPosition(position.id, { personId: v.personId, from: iso(v.from), to: v.to ? iso(v.to) : null });
      const seat = `${position.unitName}${position.title}`;
      const ended = result.ended ? `；${result.ended.displayName}的任职于 ${formatDate(result.ended.to!)} 结束` : '';
      void message.success(`已任命${result.assignment.displayName}为${seat}，自 ${formatDate(result.assignment.from)} 起${ended}`, 5);
      rest.reload();
      onClose();
    });

  return (
    <Modal
      open={position !== null}
      title={position ? `任命：${position.unitName} · ${position.title}` : '任命'}
      okText="任命"
      cancelText="取消"
      width={600}
      confirmLoading={save.saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => {
        save.clear();
        setAdded([]);
      }}
      destroyOnHidden
    >
      <ProblemAlert
        problem={save.problem}
        onRefresh={() => {
          rest.reload();
          onClose();
        }}
      />
      {position && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'seat', label: '席位', children: `${position.unitName} · ${position.title}` },
            { key: 'holder', label: '现任', children: history.loading ? '…' : <HolderText holder={open ? { ...open, assignmentId: open.id } : null} /> },
            {
              key: 'bodies',
              label: '所在机构',
              children: (index.membershipsByPosition.get(position.id) ?? []).map((m) => `${m.body.name}（${m.roleLabel}）`).join('、') || '—',
            },
          ]}
        />
      )}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ from: dayjs() }}>
        <Form.Item label="任职人员" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="personId" noStyle rules={[{ required: true, message: '请选择任职人员' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="选择人员"
                aria-label="任职人员"
                notFoundContent="没有该人员，可点右侧「新增人员」"
                options={people.map((p) => {
                  const titles = titlesOf.get(p.id);
                  return { value: p.id, label: titles ? `${p.displayName}（现任${titles.join('、')}）` : p.displayName };
                })}
              />
            </Form.Item>
            <Button icon={<PlusOutlined />} onClick={() => setAddingPerson(true)}>
              新增人员
            </Button>
          </Space.Compact>
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="from" label="任职开始日期" rules={[{ required: true, message: '请选择任职开始日期' }]}>
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="to" label="任职结束日期" extra="临时任职才填写">
            <DatePicker style={{ width: 200 }} disabledDate={(d) => Boolean(from && d.isBefore(from, 'day'))} />
          </Form.Item>
        </Space>
      </Form>
      {open && from && (
        <Alert
          type="info"
          showIcon
          title={
            from.isAfter(dayjs(open.from), 'day')
              ? `任命后，${open.displayName}的任职将于 ${formatDate(iso(from.subtract(1, 'day')))} 结束。`
              : `开始日期须晚于现任${open.displayName}的任职开始日期（${formatDate(open.from)}）。`
          }
        />
      )}
      <PersonFormModal
        open={addingPerson}
        person={null}
        onClose={() => setAddingPerson(false)}
        onSaved={(p) => {
          setAddingPerson(false);
          setAdded((list) => [...list, p]);
          form.setFieldValue('personId', p.id);
        }}
        data={data}
        index={index}
        {...rest}
      />
    </Modal>
  );
}
