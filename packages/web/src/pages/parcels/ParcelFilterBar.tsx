import { useEffect, useState } from 'react';
import { Button, Input, InputNumber, Space } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { EnterpriseSelect } from '../../components/EnterpriseSelect.tsx';
import { EnumSelect } from '../../components/EnumSelect.tsx';
import { ZoneSelect } from '../../components/ZoneSelect.tsx';
import { hasFilters, type ParcelListQuery } from './listQuery.ts';

type FilterPatch = Partial<Omit<ParcelListQuery, 'page' | 'pageSize' | 'sort' | 'order'>>;

interface Props {
  query: ParcelListQuery;
  onChange: (patch: FilterPatch) => void;
  onReset: () => void;
}

export const SEARCH_PLACEHOLDER = '搜索宗地编号、地块名称、坐落或企业';

/** Text and area inputs apply on Enter or when they lose focus; selects apply at once. */
export function ParcelFilterBar({ query, onChange, onReset }: Props) {
  const [q, setQ] = useState(query.q ?? '');
  const [areaMin, setAreaMin] = useState<number | null>(query.areaMinMu ?? null);
  const [areaMax, setAreaMax] = useState<number | null>(query.areaMaxMu ?? null);

  // the URL can change under us (back button): follow it
  useEffect(() => setQ(query.q ?? ''), [query.q]);
  useEffect(() => setAreaMin(query.areaMinMu ?? null), [query.areaMinMu]);
  useEffect(() => setAreaMax(query.areaMaxMu ?? null), [query.areaMaxMu]);

  const applyArea = () => {
    if (areaMin !== (query.areaMinMu ?? null) || areaMax !== (query.areaMaxMu ?? null)) {
      onChange({ areaMinMu: areaMin ?? undefined, areaMaxMu: areaMax ?? undefined });
    }
  };

  return (
    <div className="ph-toolbar" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={SEARCH_PLACEHOLDER}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        style={{ width: 380 }}
        enterButton="搜索"
      />
      <ZoneSelect
        value={query.zoneId}
        onChange={(zoneId) => onChange({ zoneId: zoneId ?? undefined })}
        prefix="园区"
        placeholder="全部"
        style={{ width: 190 }}
      />
      <EnterpriseSelect
        value={query.enterpriseId}
        onChange={(enterpriseId) => onChange({ enterpriseId: enterpriseId ?? undefined })}
        prefix="企业"
        placeholder="全部"
        style={{ width: 240 }}
      />
      <EnumSelect
        enumId="plannedUse"
        value={query.plannedUse}
        onChange={(plannedUse) => onChange({ plannedUse: plannedUse ?? undefined })}
        prefix="规划用途"
        placeholder="全部"
        style={{ width: 210 }}
      />
      <EnumSelect
        enumId="stage"
        value={query.stage}
        onChange={(stage) => onChange({ stage: stage ?? undefined })}
        prefix="建设经营阶段"
        placeholder="全部"
        style={{ width: 230 }}
      />
      <Space.Compact>
        <InputNumber<number>
          min={0}
          placeholder="最小面积"
          aria-label="最小面积（亩）"
          value={areaMin}
          onChange={setAreaMin}
          onBlur={applyArea}
          onPressEnter={applyArea}
          style={{ width: 110 }}
        />
        <InputNumber<number>
          min={0}
          placeholder="最大面积"
          aria-label="最大面积（亩）"
          value={areaMax}
          onChange={setAreaMax}
          onBlur={applyArea}
          onPressEnter={applyArea}
          suffix="亩"
          style={{ width: 130 }}
        />
      </Space.Compact>
      {hasFilters(query) && (
        <Button icon={<ClearOutlined />} onClick={onReset}>
          清空筛选
        </Button>
      )}
    </div>
  );
}
