import { useState } from 'react';
import { Alert, Button, Checkbox, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import type { MethodOption } from '../../api/disposal.ts';

interface Props {
  methods: MethodOption[];
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  loading?: boolean;
  /** why the list could not be loaded */
  error?: string;
}

function MethodLine({ m, checked, onToggle }: { m: MethodOption; checked: boolean; onToggle: (on: boolean) => void }) {
  const box = (
    <Checkbox checked={checked} disabled={!m.applicable} onChange={(e) => onToggle(e.target.checked)}>
      <span style={{ fontWeight: m.applicable ? 500 : undefined }}>{m.nameZh}</span>
      <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
        {m.code}
      </Typography.Text>
    </Checkbox>
  );
  return (
    <div style={{ padding: '4px 0' }}>
      {m.applicable ? box : <Tooltip title={m.whyZh}>{box}</Tooltip>}
      {m.applicable && (
        <div style={{ marginLeft: 24, fontSize: 12 }}>
          <Typography.Text type="secondary">{m.whyZh}</Typography.Text>
          {m.appliesToZh && <Tag style={{ marginLeft: 6 }}>{m.appliesToZh}</Tag>}
        </div>
      )}
    </div>
  );
}

/**
 * The catalogue's methods for this parcel: the applicable ones first, each with why it
 * applies; the others folded away, disabled, with the reason they do not apply on hover.
 */
export function MethodPicker({ methods, value = [], onChange, id, loading, error }: Props) {
  const [showOthers, setShowOthers] = useState(false);
  if (loading) return <Spin />;
  if (error) return <Alert type="error" showIcon title="处置方式加载失败" description={error} />;
  const applicable = methods.filter((m) => m.applicable);
  const others = methods.filter((m) => !m.applicable);
  const toggle = (code: string, on: boolean) => onChange?.(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <div id={id} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', maxHeight: 320, overflowY: 'auto' }}>
      {applicable.length === 0 && <Typography.Text type="secondary">目录中没有适用于该地块情形的处置方式。</Typography.Text>}
      {applicable.map((m) => (
        <MethodLine key={m.code} m={m} checked={value.includes(m.code)} onToggle={(on) => toggle(m.code, on)} />
      ))}
      {others.length > 0 && (
        <Space orientation="vertical" size={0} style={{ width: '100%', marginTop: 4 }}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setShowOthers((s) => !s)}>
            {showOthers ? '收起不适用的处置方式' : `查看不适用的处置方式（${others.length} 项）`}
          </Button>
          {showOthers && others.map((m) => <MethodLine key={m.code} m={m} checked={false} onToggle={() => undefined} />)}
        </Space>
      )}
    </div>
  );
}

/** The method's wording (its legal basis) and what proves it revitalised the land, as help text. */
export function MethodBasis({ method }: { method: Pick<MethodOption, 'wordingZh' | 'sourceZh' | 'evidenceZh'> }) {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
      依据：{method.wordingZh}
      {method.sourceZh && <>——{method.sourceZh}</>}
      <br />
      盘活认定：{method.evidenceZh}
    </Typography.Paragraph>
  );
}
