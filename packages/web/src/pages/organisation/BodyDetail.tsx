import { Button, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { BodyMember, OrgBody } from '../../api/organisation.ts';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { HolderText } from './HolderText.tsx';
import { bodyKindColors } from './labels.ts';
import type { TabProps } from './shared.ts';

interface Props extends TabProps {
  body: OrgBody;
  onEdit: () => void;
  onAddChild: () => void;
  onSelect: (bodyId: string) => void;
}

/** One body: where it sits, what it is charged with, and which positions (and so which people) it is made of. */
export function BodyDetail({ body, data, index, canManage, onEdit, onAddChild, onSelect }: Props) {
  const parent = data.bodies.find((b) => b.id === body.parentBodyId);
  const children = data.bodies.filter((b) => b.parentBodyId === body.id);
  const held = body.members.filter((m) => m.holder).length;
  const hostUnit = body.hostUnitId ? index.unitName.get(body.hostUnitId) : undefined;

  const link = (b: OrgBody) => (
    <Button key={b.id} type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onSelect(b.id)}>
      {b.name}
    </Button>
  );

  return (
    <section aria-label={body.name}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}>
        <div>
          <Tag color={bodyKindColors[body.kind]}>{body.kindLabel}</Tag>
          <Typography.Title level={4} style={{ display: 'inline', margin: 0, verticalAlign: 'middle' }}>
            {body.name}
          </Typography.Title>
        </div>
        {canManage && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={onAddChild}>
              新增下设机构
            </Button>
            <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
              编辑机构
            </Button>
          </Space>
        )}
      </div>

      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 20 }}
        items={[
          { key: 'parent', label: '上级机构', children: parent ? link(parent) : body.parentBodyId ? <EmptyValue /> : '无（最高层级）' },
          { key: 'host', label: '设在单位', children: hostUnit ?? '—' },
          {
            key: 'members',
            label: '成员席位',
            span: 'filled' as const,
            children: `${body.members.length} 个，在任 ${held} 人${body.members.length > held ? `，空缺 ${body.members.length - held} 个` : ''}`,
          },
          ...(body.kind === 'WAR_ZONE' || body.zones.length > 0
            ? [
                {
                  key: 'zones',
                  label: '负责园区',
                  span: 'filled' as const,
                  children: body.zones.length > 0 ? body.zones.map((z) => <Tag key={z.id}>{z.name}</Tag>) : <EmptyValue />,
                },
              ]
            : []),
          ...(children.length > 0
            ? [{ key: 'children', label: '下设机构', span: 'filled' as const, children: <Space size={[12, 0]} wrap>{children.map(link)}</Space> }]
            : []),
        ]}
      />

      <Typography.Title level={5}>主要职责</Typography.Title>
      {body.duties.length > 0 ? (
        <ol style={{ margin: '0 0 20px', paddingInlineStart: 22, lineHeight: 1.9 }}>
          {body.duties.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      ) : (
        <Typography.Paragraph type="secondary">尚未填写职责。</Typography.Paragraph>
      )}

      <Typography.Title level={5}>成员</Typography.Title>
      <Table<BodyMember>
        size="small"
        rowKey={(m) => `${m.positionId}/${m.role}`}
        pagination={false}
        dataSource={body.members}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未配置成员席位" /> }}
        columns={[
          { key: 'role', title: '职务', width: 130, render: (_v, m) => <Tag color={roleColor(m.role)}>{m.roleLabel}</Tag> },
          { key: 'unit', title: '单位', render: (_v, m) => m.unitName },
          { key: 'position', title: '席位', render: (_v, m) => m.positionTitle },
          { key: 'holder', title: '任职人员', render: (_v, m) => <HolderText holder={m.holder} /> },
          { key: 'note', title: '备注', render: (_v, m) => m.note ?? <Typography.Text type="secondary">—</Typography.Text> },
        ]}
      />
    </section>
  );
}

/** Leading roles stand out; members and staff stay quiet. */
function roleColor(role: BodyMember['role']): string | undefined {
  switch (role) {
    case 'COMMANDER':
    case 'LEADER':
    case 'OFFICE_DIRECTOR':
      return 'red';
    case 'EXECUTIVE_DEPUTY':
    case 'DEPUTY':
    case 'DEPUTY_LEADER':
    case 'OFFICE_DEPUTY':
      return 'orange';
    case 'MEMBER':
    case 'STAFF':
      return undefined;
  }
}
