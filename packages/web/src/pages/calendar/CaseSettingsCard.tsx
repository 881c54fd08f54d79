import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { caseProfiles } from '@panhuo/domain';
import { getCaseSettings, putCaseSettings, type CaseSettings } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';

const DAY_FIELDS: Array<{ key: keyof CaseSettings; label: string; unit: string }> = [
  { key: 'objectionWorkingDays', label: '异议期', unit: '个工作日' },
  { key: 'investigationStartDays', label: '发现后启动调查期限', unit: '日' },
  { key: 'materialsDays', label: '企业提交材料期限', unit: '日' },
  { key: 'hearingRequestWorkingDays', label: '申请听证期限', unit: '个工作日' },
  { key: 'paymentDays', label: '缴纳闲置费期限', unit: '日' },
  { key: 'deregistrationDays', label: '办理注销登记期限', unit: '日' },
];

/** 程序参数: the periods the procedure's clocks run for in this jurisdiction. */
export function CaseSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<CaseSettings>();
  const jurisdictions = useJurisdictions();
  // a province or city sets the periods for its counties; a county may set its own
  const [jurisdictionCode, setJurisdictionCode] = useState<string>();
  const settings = useRemote((signal) => getCaseSettings(jurisdictionCode, signal), [jurisdictionCode]);
  const nameOf = (code: string) => jurisdictions.all.find((j) => j.code === code)?.name ?? code;
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.settings);
  }, [settings.data, form]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setProblem(undefined);
    try {
      if (!settings.data) return;
      const saved = await putCaseSettings({
        jurisdictionCode: settings.data.jurisdictionCode,
        version: settings.data.version,
        settings: { ...settings.data.settings, ...values },
      });
      form.setFieldsValue(saved.settings);
      settings.reload();
      void message.success('程序参数已保存，此后开始计算的期限按新参数执行');
    } catch (err) {
      setProblem(err instanceof ApiError ? err.userMessage : '保存失败');
      if (err instanceof ApiError && err.status === 409) settings.reload();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      variant="borderless"
      title="程序参数"
      extra={
        <Button type="primary" loading={saving} disabled={!settings.data} onClick={() => void save().catch(() => undefined)}>
          保存参数
        </Button>
      }
    >
      <div style={{ marginBottom: 16 }}>
        <span style={{ marginRight: 8 }}>适用辖区：</span>
        <JurisdictionSelect
          aria-label="适用辖区"
          style={{ width: 280 }}
          jurisdictions={jurisdictions.all.filter((j) => j.level !== 'ROOT')}
          value={settings.data?.jurisdictionCode === '000000' ? undefined : settings.data?.jurisdictionCode}
          placeholder="全部辖区（默认设置）"
          allowClear
          onChange={(code?: string) => setJurisdictionCode(code)}
        />
        {settings.data?.inheritedFrom && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={`${nameOf(settings.data.jurisdictionCode)}尚无自己的设置，目前沿用${nameOf(settings.data.inheritedFrom)}的设置；保存后即使用本辖区自己的设置。`}
          />
        )}
      </div>
      {settings.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="程序参数加载失败" description={settings.error.userMessage} />}
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能保存" description={problem} />}
      <Form<CaseSettings> form={form} layout="vertical" disabled={!settings.data}>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name={['profileFor', 'IDLE']} label="闲置土地适用程序" rules={[{ required: true }]}>
              <Select options={Object.values(caseProfiles).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['profileFor', 'INEFFICIENT']}
              label="低效用地适用程序"
              rules={[{ required: true }]}
              extra="《闲置土地处置办法》的程序仅适用于闲置土地"
            >
              <Select options={Object.values(caseProfiles).filter((p) => p.id !== 'NAT-IDLE-2012').map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          {DAY_FIELDS.map((f) => (
            <Col key={f.key} xs={24} md={12} xl={8}>
              <Form.Item name={f.key} label={f.label} rules={[{ required: true, message: `请填写${f.label}` }]}>
                <InputNumber min={1} max={365} precision={0} suffix={f.unit} style={{ width: 200 }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="idleFeeRate"
              label="土地闲置费费率（占土地价款）"
              tooltip="《闲置土地处置办法》第十四条：按土地出让或者划拨价款的百分之二十征缴"
              rules={[
                { required: true, message: '请填写费率' },
                // Order 53 Art. 14 and 城市房地产管理法 Art. 26: at most 20 % of the land price
                { pattern: /^0\.\d{1,4}$/, message: '请填写小数，如 0.20' },
                { validator: (_r, v: string) => (!v || (Number(v) > 0 && Number(v) <= 0.2) ? Promise.resolve() : Promise.reject(new Error('土地闲置费不得超过土地价款的 20%'))) },
              ]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
