import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client.ts';
import { createRuleSetVersion, type CriterionChange, type RuleSetVersion } from '../../api/identification.ts';

interface Props {
  open: boolean;
  ruleSetId: string;
  ruleSetName: string;
  basedOnVersion: number;
  changes: CriterionChange[];
  onClose: () => void;
  onSaved: (version: RuleSetVersion) => void;
}

/** 保存为新版本: the same threshold changes as a new version of the rule set; old versions stay. */
export function SaveVersionDialog({ open, ruleSetId, ruleSetName, basedOnVersion, changes, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [effectiveFrom, setEffectiveFrom] = useState<Dayjs | null>(dayjs());
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const save = async () => {
    if (!effectiveFrom) {
      setError('请选择生效日期');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const saved = await createRuleSetVersion(ruleSetId, {
        basedOnVersion,
        effectiveFrom: effectiveFrom.format('YYYY-MM-DD'),
        note: note.trim() || undefined,
        changes,
      });
      void message.success(`已保存为第 ${saved.version} 版`);
      onSaved(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title="保存为新版本" okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>
        以「{ruleSetName}」第 {basedOnVersion} 版为基础，修改 {changes.length} 项认定标准的门槛，保存为新版本。原有版本保留，已有认定结果仍记录其所用版本。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="生效日期" required>
          <DatePicker value={effectiveFrom} onChange={setEffectiveFrom} allowClear={false} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="修订说明">
          <Input.TextArea rows={3} maxLength={500} showCount value={note} onChange={(e) => setNote(e.target.value)} placeholder="如：按县政府文件提高亩均税收门槛" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
