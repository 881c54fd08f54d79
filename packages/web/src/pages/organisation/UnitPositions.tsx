import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrgPosition, OrgUnit } from '../../api/organisation.ts';
import { AssignmentHistory } from './AssignmentHistory.tsx';
import { HolderText } from './HolderText.tsx';
import type { TabProps } from './shared.ts';

interface Props extends TabProps {
  unit: OrgUnit;
  onAssign: (position: OrgPosition) => void;
  onEdit: (position: OrgPosition) => void;
  onAdd: () => void;
}

/** A unit's positions: who holds each, which bodies it sits in, and (opened) its 任职记录. */
export function UnitPositions({ unit, index, canManage, data, onAssign, onEdit, onAdd }: Props) {
  const positions = index.positionsByUnit.get(unit.id) ?? [];
  if (positions.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`「${unit.name}」尚未设立席位`} style={{ margin: '12px 0' }}>
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            新增席位
          </Button>
        )}
      </Empty>
    );
  }
  return (
    <div style={{ padding: '4px 0 8px' }}>
      <Table<OrgPosition>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={positions}
        expandable={{
          expandedRowRender: (p) => <AssignmentHistory position={p} refreshKey={data} />,
          expandIcon: ({ expanded, onExpand, record }) => (
            <Button type="link" size="small" onClick={(e) => onExpand(record, e)} style={{ padding: 0 }}>
              {expanded ? '收起记录' : '任职记录'}
            </Button>
          ),
          columnTitle: '',
          columnWidth: 80,
        }}
        columns={[
          { key: 'title', title: '席位', render: (_v, p) => p.title },
          { key: 'holder', title: '任职人员', render: (_v, p) => <HolderText holder={p.holder} /> },
          {
            key: 'bodies',
            title: '在协调机构中的职务',
            render: (_v, p) => {
              const list = index.membershipsByPosition.get(p.id) ?? [];
              if (list.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
              return (
                <Space size={[4, 4]} wrap style={{ maxWidth: 520 }}>
                  {list.map(({ body, roleLabel }) => (
                    <Tag key={`${body.id}/${roleLabel}`}>
                      {body.name} · {roleLabel}
                    </Tag>
                  ))}
                </Space>
              );
            },
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: '操作',
                  render: (_v: unknown, p: OrgPosition) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => onAssign(p)}>
                        任命
                      </Button>
                      <Button type="link" size="small" onClick={() => onEdit(p)}>
                        编辑
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
