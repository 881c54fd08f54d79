import type { ReactNode } from 'react';
import { Select, Space, Typography } from 'antd';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import type { RuleSetChoice } from './useRuleSetChoice.ts';

/** County (when there are several) and rule set selectors, with room for more controls. */
export function ChoiceBar({ choice, children }: { choice: RuleSetChoice; children?: ReactNode }) {
  return (
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
          style={{ width: 380 }}
          placeholder={choice.loading ? '加载中…' : '本地尚未选择认定规则'}
          value={choice.ruleSet?.id}
          options={choice.ruleSets.map((r) => ({ value: r.id, label: `${r.nameZh}（${r.id}）` }))}
          onChange={(id) => choice.set({ ruleSet: id, run: undefined })}
        />
      </Space>
      {children}
    </Space>
  );
}
