import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { listParcels } from '../../api/parcels.ts';
import type { ParcelSummary } from '../../api/types.ts';

/** Finds a parcel by name or code (the ledger's `q`), as the user types. */
export function ParcelSearch({ jurisdictionCode, onChoose }: { jurisdictionCode?: string; onChoose: (parcel: ParcelSummary) => void }) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<ParcelSummary[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    // wait for a pause in typing: one request per word, not per keystroke
    const timer = setTimeout(() => {
      setLoading(true);
      listParcels({ q, jurisdictionCode }, 1, 20, controller.signal)
        .then((page) => setOptions(page.items))
        .catch(() => setOptions([]))
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, jurisdictionCode]);

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={null}
      placeholder="按地块名称或编号查找"
      aria-label="查找地块"
      style={{ width: 280 }}
      loading={loading}
      notFoundContent={text.trim() ? (loading ? '正在查找…' : '没有匹配的地块') : null}
      options={options.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
      onSelect={(id) => {
        const parcel = options.find((p) => p.id === id);
        if (parcel) onChoose(parcel);
        setText('');
      }}
    />
  );
}
