import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Table, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { stockKindLabels, type StockKind } from '@panhuo/domain';
import { saveQuota, saveRateBase, type Quota, type RateBase } from '../../api/campaign.ts';
import { AreaField, type AreaUnit } from './AreaField.tsx';
import { haText, m2Text, m2ToMu, muText } from './figures.ts';
import { SaveDialog } from './SaveDialog.tsx';
import { useFormSave } from './useFormSave.ts';

/**
 * 处置率分母 and 增存挂钩计划指标: the figures the seeds leave to the county, per year, each
 * with where it comes from (DOMAIN.md §6.2). Typed in 亩 or 公顷, stored in m².
 */

interface FigureValues {
  year: number;
  stockKind?: StockKind;
  /** m², as stored */
  m2: number | null;
  source: string;
}

type Editing = { kind: 'RATE_BASE'; row?: RateBase } | { kind: 'QUOTA'; row?: Quota };

function AreaCell({ m2 }: { m2: number }) {
  return (
    <>
      <div>{muText(m2ToMu(m2))}</div>
      <Typography.Text type="secondary" className="ph-area-sub">
        {haText(m2)} · {m2Text(m2)}
      </Typography.Text>
    </>
  );
}

function FigureDialog({ editing, jurisdictionCode, onClose, reload }: { editing: Editing | null; jurisdictionCode: string; onClose: () => void; reload: () => void }) {
  const [form] = Form.useForm<FigureValues>();
  const { message } = App.useApp();
  const save = useFormSave(form);
  const [unit, setUnit] = useState<AreaUnit>('MU');
  const isBase = editing?.kind === 'RATE_BASE';
  const row = editing?.row;
  const thisYear = new Date().getFullYear();
  const initial: Partial<FigureValues> =
    editing?.kind === 'RATE_BASE'
      ? { year: row?.year ?? thisYear, stockKind: editing.row?.stockKind, m2: editing.row?.area_m2 ?? null, source: row?.source }
      : { year: row?.year ?? thisYear + 1, m2: editing?.row?.quota_m2 ?? null, source: row?.source };

  const submit = () =>
    save.run(async (v) => {
      const m2 = v.m2 ?? 0;
      if (isBase) {
        await saveRateBase(jurisdictionCode, { year: v.year, stockKind: v.stockKind! }, { area_m2: m2, source: v.source });
        void message.success(`已保存 ${v.year} 年${stockKindLabels[v.stockKind!]}年初存量`);
      } else {
        await saveQuota(jurisdictionCode, v.year, { quota_m2: m2, source: v.source });
        void message.success(`已保存 ${v.year} 年度新增建设用地计划指标`);
      }
      reload();
      onClose();
    });

  return (
    <SaveDialog open={!!editing} title={isBase ? '处置率分母：年初存量面积' : '增存挂钩：年度新增建设用地计划指标'} width={620} save={save} onSubmit={submit} onClose={onClose} reload={reload}>
      {editing && (
        <Form<FigureValues> form={form} layout="vertical" preserve={false} initialValues={initial}>
          <Row gutter={16}>
            <Col span={isBase ? 8 : 12}>
              <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
                <InputNumber min={2000} max={2100} precision={0} suffix="年" disabled={!!row} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {isBase && (
              <Col span={16}>
                <Form.Item name="stockKind" label="存量土地类别" rules={[{ required: true, message: '请选择存量土地类别' }]}>
                  <Select disabled={!!row} options={Object.entries(stockKindLabels).map(([value, label]) => ({ value, label }))} placeholder="请选择" />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item
            name="m2"
            label={isBase ? '当年1月1日的存量面积' : '该年度新增建设用地计划指标'}
            rules={[{ required: true, message: '请填写面积' }]}
            extra={isBase ? '处置率 = 当年处置（盘活）面积 ÷ 此面积' : '上一年度完成增存挂钩任务的奖励、未完成的核减，均以此为基数'}
          >
            <AreaField unit={unit} onUnitChange={setUnit} />
          </Form.Item>
          <Form.Item name="source" label="数据来源" rules={[{ required: true, whitespace: true, message: '请填写数据来源' }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} placeholder={isBase ? '如：2026年1月1日批而未供土地台账（县自然资源局）' : '如：××市下达2027年度土地利用计划的通知'} />
          </Form.Item>
        </Form>
      )}
    </SaveDialog>
  );
}

interface Props {
  jurisdictionCode: string;
  rateBases: RateBase[];
  quotas: Quota[];
  canManage: boolean;
  reload: () => void;
}

export function BasesSection({ jurisdictionCode, rateBases, quotas, canManage, reload }: Props) {
  const [editing, setEditing] = useState<Editing | null>(null);
  // a fresh dialog (and form) for each opening, even one while the last is still closing
  const [opened, setOpened] = useState(0);
  const open = (e: Editing) => {
    setOpened((n) => n + 1);
    setEditing(e);
  };
  const edit = (e: Editing) => (
    <Button size="small" type="link" icon={<EditOutlined />} onClick={() => open(e)}>
      修改
    </Button>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card
          title="处置率分母（年初存量）"
          extra={canManage && <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'RATE_BASE' })}>填写</Button>}
        >
          <Table<RateBase>
            size="small"
            rowKey={(b) => `${b.year}-${b.stockKind}`}
            pagination={false}
            dataSource={rateBases}
            locale={{ emptyText: '尚未填写。处置率目标须有当年的年初存量才能计算。' }}
            columns={[
              { title: '年度', dataIndex: 'year', width: 80 },
              { title: '存量类别', dataIndex: 'stockKindZh', width: 130 },
              { title: '年初存量面积', dataIndex: 'area_m2', render: (v: number) => <AreaCell m2={v} /> },
              { title: '数据来源', dataIndex: 'source' },
              ...(canManage ? [{ title: '', key: 'edit', width: 80, render: (_: unknown, b: RateBase) => edit({ kind: 'RATE_BASE', row: b }) }] : []),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title="增存挂钩计划指标" extra={canManage && <Button size="small" icon={<PlusOutlined />} onClick={() => open({ kind: 'QUOTA' })}>填写</Button>}>
          <Table<Quota>
            size="small"
            rowKey="year"
            pagination={false}
            dataSource={quotas}
            locale={{ emptyText: '尚未填写。增存挂钩奖惩按下一年度的计划指标测算。' }}
            columns={[
              { title: '年度', dataIndex: 'year', width: 80 },
              { title: '新增建设用地计划指标', dataIndex: 'quota_m2', render: (v: number) => <AreaCell m2={v} /> },
              { title: '数据来源', dataIndex: 'source' },
              ...(canManage ? [{ title: '', key: 'edit', width: 80, render: (_: unknown, q: Quota) => edit({ kind: 'QUOTA', row: q }) }] : []),
            ]}
          />
        </Card>
      </Col>
      <FigureDialog key={opened} editing={editing} jurisdictionCode={jurisdictionCode} onClose={() => setEditing(null)} reload={reload} />
    </Row>
  );
}
