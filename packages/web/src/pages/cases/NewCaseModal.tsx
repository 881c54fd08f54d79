import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Select, Spin } from 'antd';
import { openCase, type CaseCategory, type CaseProfileId } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { listParcels } from '../../api/parcels.ts';
import { CATEGORY_LABEL, profileName, PROFILES } from './labels.tsx';

/** The county's setting per category picks the procedure unless the user names one. */
const BY_SETTING = 'BY_SETTING';

interface Values {
  parcelId: string;
  profileId: CaseProfileId | typeof BY_SETTING;
  category: CaseCategory;
  note?: string;
}

const SEARCH_DELAY_MS = 300;

/** Searches the ledger by code, name or enterprise as the user types. */
function ParcelSelect({ value, onChange, id }: { value?: string; onChange?: (v: string | undefined) => void; id?: string }) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearching(true);
      listParcels({ q: query.trim() || undefined }, 1, 20, controller.signal)
        .then((page) =>
          setOptions(
            page.items.map((p) => ({ value: p.id, label: `${p.code} ${p.name}${p.enterprise ? `（${p.enterprise.name}）` : ''}` })),
          ),
        )
        .catch(() => setOptions([]))
        .finally(() => {
          if (!controller.signal.aborted) setSearching(false);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={onChange}
      placeholder="输入宗地编号、地块名称或企业搜索"
      notFoundContent={searching ? <Spin size="small" /> : '未找到地块'}
      options={options}
    />
  );
}

/** 新建案件: one parcel, the procedure it goes through and what it is suspected of. */
export function NewCaseModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (caseId: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setProblem(undefined);
    try {
      const opened = await openCase({
        parcelId: values.parcelId,
        category: values.category,
        ...(values.profileId === BY_SETTING ? {} : { profileId: values.profileId }),
        note: values.note?.trim() || undefined,
      });
      void message.success(`已立案：${opened.caseNo}`);
      onOpened(opened.id);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setProblem(err.userMessage);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="新建案件"
      okText="立案"
      cancelText="取消"
      width={640}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能立案" description={problem} />}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ profileId: BY_SETTING, category: 'IDLE' }}>
        <Form.Item name="parcelId" label="地块" rules={[{ required: true, message: '请选择地块' }]}>
          <ParcelSelect />
        </Form.Item>
        <Form.Item name="profileId" label="认定程序" rules={[{ required: true, message: '请选择认定程序' }]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={[{ value: BY_SETTING, label: '按本县程序设置（闲置、低效分别适用的程序）' }, ...PROFILES.map((p) => ({ value: p, label: profileName(p) }))]}
          />
        </Form.Item>
        <Form.Item name="category" label="疑似类型" rules={[{ required: true, message: '请选择疑似类型' }]}>
          <Radio.Group options={(['IDLE', 'INEFFICIENT'] as const).map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))} />
        </Form.Item>
        <Form.Item name="note" label="立案说明">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="线索来源、发现经过等（选填）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
