import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { getEnterprise, listEnterprises } from '../api/enterprises.ts';
import type { Ref } from '../api/types.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** the name of the current value, when the caller already knows it */
  initial?: Ref | null;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
  prefix?: React.ReactNode;
}

const SEARCH_DELAY_MS = 300;

/** Searches enterprises by name or credit code as the user types (GET /enterprises?q=). */
export function EnterpriseSelect({ value, onChange, initial, placeholder = '输入企业名称或信用代码搜索', style, id, prefix }: Props) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Ref[]>([]);
  const [searching, setSearching] = useState(false);
  const [known, setKnown] = useState<Ref | null>(initial ?? null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearching(true);
      listEnterprises(query.trim() || undefined, 1, 20, controller.signal)
        .then((page) => setOptions(page.items.map((e) => ({ id: e.id, name: e.uscc ? `${e.name}（${e.uscc}）` : e.name }))))
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

  // A value that came from the URL or the record has no option yet: look up its name once.
  useEffect(() => {
    if (!value || known?.id === value || options.some((o) => o.id === value)) return;
    let live = true;
    getEnterprise(value)
      .then((e) => live && setKnown({ id: e.id, name: String(e.fields.name ?? '') }))
      .catch(() => live && setKnown({ id: value, name: '（企业不存在或无权查看）' }));
    return () => {
      live = false;
    };
  }, [value, known, options]);

  const merged = useMemo(() => {
    const list = options.map((o) => ({ value: o.id, label: o.name }));
    if (known && !options.some((o) => o.id === known.id)) list.unshift({ value: known.id, label: known.name });
    return list;
  }, [options, known]);

  return (
    <Select
      id={id}
      prefix={prefix}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      style={style}
      onChange={(v: string | undefined) => {
        const picked = merged.find((o) => o.value === v);
        if (picked) setKnown({ id: picked.value, name: picked.label });
        onChange?.(v ?? null);
      }}
      notFoundContent={searching ? <Spin size="small" /> : '未找到企业'}
      options={merged}
    />
  );
}
