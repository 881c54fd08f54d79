import { App, Col, Form, Input, Row, Select } from 'antd';
import { createBody, updateBody, type BodyInput, type OrgBody } from '../../api/organisation.ts';
import { ZoneSelect } from '../../components/ZoneSelect.tsx';
import { selfAndBelow } from './tree.ts';
import { DutiesField } from './DutiesField.tsx';
import { MembersField } from './MembersField.tsx';
import { bodyKindOptions } from './labels.ts';
import { SaveModal } from './ProblemAlert.tsx';
import type { TabProps } from './shared.ts';
import { topLevel, useSave, type Locate } from './useSave.ts';

type Values = Omit<BodyInput, 'members'> & { members: Array<{ positionId?: string; role?: BodyInput['members'][number]['role']; note?: string | null }> };
const flat = topLevel('kind', 'name', 'parentBodyId', 'hostUnitId', 'zoneIds');

/** The API names members.2.positionId, duties.0 and zoneIds.1; a duplicate member (members.2) shows at its position. */
const locate: Locate = (name) => {
  const [root, i, field] = name;
  if (root === 'zoneIds') return ['zoneIds'];
  if (root === 'duties' && typeof i === 'number') return ['duties', i];
  if (root === 'members' && typeof i === 'number') return ['members', i, typeof field === 'string' ? field : 'positionId'];
  return flat(name);
};

interface Props extends TabProps {
  /** null: closed; body null: a new body under parentBodyId */
  editing: { body: OrgBody | null; parentBodyId: string | null } | null;
  onClose: () => void;
  onSaved?: (body: OrgBody) => void;
}

/** Adds or edits a body; its members are positions with a role, replaced as a whole on save. */
export function BodyFormModal({ editing, onClose, onSaved, data, jurisdictionCode, reload }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSave(form, locate);
  const body = editing?.body ?? null;
  const kind = Form.useWatch('kind', form);
  const excluded = body ? selfAndBelow(data.bodies, body.id, (b) => b.parentBodyId) : new Set<string>();

  const submit = () =>
    save.run(async (v) => {
      const input: BodyInput = {
        kind: v.kind,
        name: v.name.trim(),
        parentBodyId: v.parentBodyId ?? null,
        hostUnitId: v.hostUnitId ?? null,
        duties: (v.duties ?? []).map((d) => d.trim()).filter(Boolean),
        zoneIds: v.zoneIds ?? [],
        members: (v.members ?? []).map((m) => ({ positionId: m.positionId!, role: m.role!, note: m.note?.trim() || null })),
      };
      const saved = body ? await updateBody(body.id, { ...input, version: body.version }) : await createBody({ ...input, jurisdictionCode });
      void message.success(body ? `「${saved.name}」已保存` : `已新增「${saved.name}」`);
      reload();
      (onSaved ?? onClose)(saved);
    });

  const initial: Partial<Values> = body
    ? {
        kind: body.kind,
        name: body.name,
        parentBodyId: body.parentBodyId,
        hostUnitId: body.hostUnitId,
        duties: body.duties,
        zoneIds: body.zones.map((z) => z.id),
        members: body.members.map((m) => ({ positionId: m.positionId, role: m.role, note: m.note })),
      }
    : { parentBodyId: editing?.parentBodyId ?? null, duties: [''], zoneIds: [], members: [] };

  return (
    <SaveModal open={editing !== null} title={body ? `编辑机构：${body.name}` : '新增协调机构'} width={960} save={save} onSubmit={submit} onClose={onClose} reload={reload}>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Row gutter={24}>
          <Col xs={24} md={16}>
            <Form.Item name="name" label="机构名称" rules={[{ required: true, whitespace: true, message: '请填写机构名称' }]}>
              <Input maxLength={100} placeholder="如：低效工业用地盘活攻坚行动指挥部" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label="机构类别" rules={[{ required: true, message: '请选择机构类别' }]}>
              <Select options={bodyKindOptions} placeholder="指挥部、办公室、战区……" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parentBodyId" label="上级机构" extra="不选则为最高层级（如指挥部）">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="无"
                options={data.bodies.filter((b) => !excluded.has(b.id)).map((b) => ({ value: b.id, label: `${b.kindLabel} · ${b.name}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hostUnitId" label="设在单位" extra="如指挥部办公室设在园区管委会">
              <Select allowClear showSearch optionFilterProp="label" placeholder="无" options={data.units.map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
          </Col>
          {(kind === 'WAR_ZONE' || (body?.zones.length ?? 0) > 0) && (
            <Col span={24}>
              <Form.Item name="zoneIds" label="负责园区" extra="战区按园区划分，可选多个">
                <ZoneSelect jurisdictionCode={jurisdictionCode} mode="multiple" placeholder="请选择园区" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <DutiesField />
        <MembersField positions={data.positions} />
      </Form>
    </SaveModal>
  );
}
