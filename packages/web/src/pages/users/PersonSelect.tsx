import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { listPeople, type OrgPerson } from '../../api/organisation.ts';

interface Props {
  jurisdictionCode?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** A person of the jurisdiction's 组织架构, searchable by name; empty = not linked. */
export function PersonSelect({ jurisdictionCode, value, onChange }: Props) {
  const [people, setPeople] = useState<OrgPerson[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!jurisdictionCode) return;
    const controller = new AbortController();
    setLoading(true);
    listPeople(jurisdictionCode, controller.signal)
      .then(setPeople)
      .catch(() => setPeople([]))
      .finally(() => setLoading(false));
    return () => controller.abort();
  }, [jurisdictionCode]);

  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={jurisdictionCode ? '不关联人员' : '请先选择行政区'}
      disabled={!jurisdictionCode}
      loading={loading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={people.map((p) => ({ value: p.id, label: p.displayName }))}
      notFoundContent={loading ? '加载中…' : '该行政区的组织架构中没有人员'}
    />
  );
}
