import { useState } from 'react';
import { Alert, App, Col, Form, Modal, Row, type FormInstance, type FormRule } from 'antd';
import { checkUscc, enterpriseFields } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { createEnterprise, updateEnterprise } from '../../api/enterprises.ts';
import type { Enterprise } from '../../api/types.ts';
import { FieldFormItem } from '../../components/FieldFormItem.tsx';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { fromFormValues, toFormValues, type FormValue } from '../../format/formValues.ts';
import { splitFieldProblems } from '../../format/problemPaths.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';

interface Values {
  jurisdictionCode?: string;
  fields: Record<string, FormValue>;
}

interface Props {
  open: boolean;
  /** null to register a new enterprise */
  enterprise: Enterprise | null;
  onClose: () => void;
  onSaved: (saved: Enterprise) => void;
}

/** A malformed code is refused; a wrong check character only warns (early pilot codes fail it). */
const usccRules: FormRule[] = [
  {
    validator: (_r, value: FormValue) => {
      if (typeof value !== 'string' || value.trim() === '') return Promise.resolve();
      const check = checkUscc(value);
      return check.ok ? Promise.resolve() : Promise.reject(new Error(check.errorZh));
    },
  },
  {
    warningOnly: true,
    validator: (_r, value: FormValue) => {
      if (typeof value !== 'string' || value.trim() === '') return Promise.resolve();
      const check = checkUscc(value);
      return check.ok && check.warningsZh.length > 0 ? Promise.reject(new Error(check.warningsZh.join('；'))) : Promise.resolve();
    },
  },
];

export function EnterpriseFormModal({ open, enterprise, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const pathsForm: FormInstance = form;
  const { message } = App.useApp();
  const jurisdictions = useJurisdictions();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const choosingCounty = !enterprise && jurisdictions.counties.length > 1;

  const submit = async () => {
    const values = await form.validateFields();
    const fields = fromFormValues(enterpriseFields, values.fields);
    if (typeof fields.uscc === 'string') fields.uscc = fields.uscc.toUpperCase();
    setSaving(true);
    setProblems([]);
    try {
      const saved = enterprise
        ? await updateEnterprise(enterprise.id, { fields, version: enterprise.version })
        : await createEnterprise({
            fields,
            ...(choosingCounty ? { jurisdictionCode: values.jurisdictionCode } : jurisdictions.counties[0] ? { jurisdictionCode: jurisdictions.counties[0].code } : {}),
          });
      void message.success(enterprise ? '企业信息已保存' : '企业已登记');
      onSaved(saved);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.code === 'VERSION_CONFLICT') {
        setProblems(['该企业已被他人修改。请关闭此窗口并刷新页面，在最新数据上重新修改。']);
      } else if (err.status === 400 && err.errors.length > 0) {
        const split = splitFieldProblems(err.errors, (name) => name[0] === 'fields' || name[0] === 'jurisdictionCode');
        pathsForm.setFields(split.fields);
        setProblems(split.general);
      } else {
        setProblems([err.userMessage]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={enterprise ? '编辑企业信息' : '登记企业'}
      width={860}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能保存" description={problems.join('；')} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ fields: toFormValues(enterpriseFields, enterprise?.fields) }}
      >
        {choosingCounty && (
          <Form.Item name="jurisdictionCode" label="所属行政区" rules={[{ required: true, message: '请选择所属行政区' }]}>
            <JurisdictionSelect jurisdictions={jurisdictions.counties} />
          </Form.Item>
        )}
        <Row gutter={24}>
          {enterpriseFields.map((def) => (
            <Col key={def.key} xs={24} md={12}>
              <FieldFormItem def={def} parent={['fields']} extraRules={def.key === 'uscc' ? usccRules : []} />
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
