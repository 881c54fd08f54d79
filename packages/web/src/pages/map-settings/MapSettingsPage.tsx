import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { getEffectiveMapSettings, putMapSettings, type MapSettings } from '../../api/geometry.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { useMe } from '../../session/session.tsx';
import { BasemapFields } from './BasemapFields.tsx';
import { formFieldOfPath, toFormValues, toSettingsInput, type SettingsFormValues } from './settingsForm.ts';

const KIND_OPTIONS = [
  { value: 'NONE', label: '无底图（纯色背景）' },
  { value: 'TIANDITU', label: '天地图（需密钥）' },
  { value: 'XYZ', label: 'XYZ 瓦片' },
  { value: 'WMTS', label: 'WMTS' },
];

function SettingsForm({ settings, onSaved, onReload }: { settings: MapSettings; onSaved: (s: MapSettings) => void; onReload: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsFormValues>();
  const kind = Form.useWatch('kind', form);
  const url = Form.useWatch('url', form);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<{ error: ApiError; conflict: boolean; general: string[] }>();

  const save = async (values: SettingsFormValues) => {
    setSaving(true);
    setRefusal(undefined);
    try {
      const saved = await putMapSettings(toSettingsInput(values, settings.version));
      void message.success('地图设置已保存，重新打开一张图后生效');
      onSaved(saved);
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, {});
      const general: string[] = [];
      const fields = new Map<keyof SettingsFormValues, string[]>();
      for (const e of error.errors) {
        const name = formFieldOfPath(e.path);
        if (name) fields.set(name, [...(fields.get(name) ?? []), e.message]);
        else general.push(e.message);
      }
      form.setFields([...fields].map(([name, errors]) => ({ name, errors })));
      setRefusal({ error, conflict: error.status === 409, general });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<SettingsFormValues> form={form} layout="vertical" initialValues={toFormValues(settings)} onFinish={(v) => void save(v)} style={{ maxWidth: 860 }}>
      <Card variant="borderless" title="底图" style={{ marginBottom: 16 }}>
        <Form.Item name="kind" label="底图类型">
          <Radio.Group options={KIND_OPTIONS} optionType="button" />
        </Form.Item>
        <BasemapFields kind={kind} url={url} />
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          底图加载失败（如不能访问互联网、密钥错误）时，一张图会提示并改用纯色背景，宗地图层不受影响。
        </Typography.Paragraph>
      </Card>
      <Card variant="borderless" title="图形质检与测算" style={{ marginBottom: 16 }}>
        <Form.Item
          name="tolerancePercent"
          label="面积差异容差（%）"
          extra="图形面积与台账面积相差超过此比例的宗地列入“图形质检 · 面积不符”，导入预检中标红。常用 1%–5%。"
          rules={[
            { required: true, message: '请填写面积差异容差' },
            { type: 'number', min: 0.01, max: 50, message: '面积差异容差应在 0.01% 到 50% 之间' },
          ]}
        >
          <InputNumber min={0} max={50} step={0.5} precision={2} suffix="%" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="vacantSetbackM"
          label="空闲土地测算退让距离（米）"
          extra="测算“最大连片空闲土地”时，在每处建筑物基底四周让出的距离（如防火间距、消防通道），让出部分不计入空闲土地。填 0 不退让。地块详情中测算时可临时改用其他值。"
          rules={[
            { required: true, message: '请填写退让距离' },
            { type: 'number', min: 0, max: 100, message: '退让距离应在 0 到 100 米之间' },
          ]}
        >
          <InputNumber min={0} max={100} step={1} precision={1} suffix="米" style={{ width: 180 }} />
        </Form.Item>
      </Card>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal.conflict ? '保存失败：设置已被他人修改' : refusal.error.title}
          description={
            <>
              {refusal.error.detail && <div>{refusal.error.detail}</div>}
              {refusal.general.map((m) => (
                <div key={m}>{m}</div>
              ))}
            </>
          }
          action={refusal.conflict ? <Button onClick={onReload}>重新读取</Button> : undefined}
        />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
        <Button onClick={() => form.resetFields()} disabled={saving}>
          撤销修改
        </Button>
      </Space>
    </Form>
  );
}

export default function MapSettingsPage() {
  const me = useMe();
  const remote = useRemote((signal) => getEffectiveMapSettings(signal), []);
  const [saved, setSaved] = useState<MapSettings>();
  const settings = saved ?? remote.data;
  if (remote.error) return <div className="ph-page"><ErrorResult error={remote.error} onRetry={remote.reload} /></div>;
  if (!settings) return <PageLoading />;
  const reload = () => {
    setSaved(undefined);
    remote.reload();
  };
  return (
    <div className="ph-page">
      <PageTitle title="地图设置">
        <Typography.Text type="secondary">
          适用于{me.jurisdiction.code === settings.jurisdictionCode ? me.jurisdiction.name : '行政区'}（{settings.jurisdictionCode}）及其下级（下级未单独设置时）。
          {settings.version === 0 &&
            (settings.inheritedFrom ? `目前沿用上级（${settings.inheritedFrom}）的设置，保存后本辖区单独生效。` : '目前使用系统默认值，保存后本辖区单独生效。')}
        </Typography.Text>
      </PageTitle>
      {/* keyed by version: after saving or reloading the form starts from what the server holds */}
      <SettingsForm key={`${settings.version}-${remote.loading}`} settings={settings} onSaved={setSaved} onReload={reload} />
    </div>
  );
}
