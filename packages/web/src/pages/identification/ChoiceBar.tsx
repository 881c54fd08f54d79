import type { ReactNode } from 'react';
import { Alert, Select, Space, Typography } from 'antd';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import type { RuleSetChoice } from './useRuleSetChoice.ts';

/** County (when there are several) and rule set selectors, with room for more controls. */
export function ChoiceBar({ choice, children }: { choice: RuleSetChoice; children?: ReactNode }) {
  return (
    <>
      {choice.unconfigured && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="本县尚未选择适用的认定规则，下面列出全部规则"
          description="系统管理员可在「规则版本 → 各县适用规则」中为本县选择适用的规则。"
        />
      )}
      <Space wrap size="middle" style={{ marginBottom: 16 }}>
        {choice.counties.length > 1 && (
          <Space size={6}>
            <Typography.Text>县（市、区）</Typography.Text>
            <JurisdictionSelect
              jurisdictions={choice.counties}
              value={choice.county}
              style={{ width: 240 }}
              onChange={(code) => choice.set({ county: code, ruleSet: undefined, run: undefined })}
            />
          </Space>
        )}
        <Space size={6}>
          <Typography.Text>认定规则</Typography.Text>
          <Select
            aria-label="认定规则"
            style={{ width: 460 }}
            placeholder={choice.loading ? '加载中…' : '请选择认定规则'}
            value={choice.ruleSet?.id}
            options={choice.ruleSets.map((r) => ({ value: r.id, label: `${r.nameZh}（${r.id}）` }))}
            onChange={(id) => choice.set({ ruleSet: id, run: undefined })}
          />
        </Space>
        {children}
      </Space>
    </>
  );
}
