import { useMemo, useState, type Key } from 'react';
import { Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { unitKinds } from '@panhuo/domain';
import type { OrgPosition, OrgUnit, UnitKind } from '../../api/organisation.ts';
import { AssignModal } from './AssignModal.tsx';
import { PositionFormModal } from './PositionFormModal.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';
import { UnitPositions } from './UnitPositions.tsx';
import { unitKindColors, unitKindOptions } from './labels.ts';
import type { TabProps } from './shared.ts';

/** 单位与席位: the member units; a unit opens to its positions, their holders and 任职记录. */
export function UnitsTab(props: TabProps) {
  const { data, index, canManage } = props;
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<UnitKind>();
  const [editingUnit, setEditingUnit] = useState<OrgUnit | null | 'new'>(null);
  const [editingPosition, setEditingPosition] = useState<{ position: OrgPosition | null; unitId: string | null } | null>(null);
  const [assigning, setAssigning] = useState<OrgPosition | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[]>([]);

  const shown = useMemo(() => {
    const q = search.trim();
    // grouped by kind (政府、政府部门、园区管委会、乡镇……), the API's order within a kind
    const byKind = [...data.units].sort((a, b) => unitKinds.indexOf(a.kind) - unitKinds.indexOf(b.kind));
    return byKind.filter(
      (u) => (!kind || u.kind === kind) && (!q || u.name.includes(q) || (index.positionsByUnit.get(u.id) ?? []).some((p) => p.title.includes(q) || p.holder?.displayName.includes(q))),
    );
  }, [data.units, index.positionsByUnit, kind, search]);

  const vacantTotal = data.positions.filter((p) => !p.holder).length;

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
        <Space wrap>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="搜索单位、席位或人员"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
          <Select allowClear placeholder="全部类别" options={unitKindOptions} value={kind} onChange={setKind} style={{ width: 160 }} />
          <Typography.Text type="secondary">
            共 {data.units.length} 个单位、{data.positions.length} 个席位{vacantTotal > 0 ? `，其中 ${vacantTotal} 个空缺` : ''}
          </Typography.Text>
        </Space>
        {canManage && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setEditingPosition({ position: null, unitId: null })} disabled={data.units.length === 0}>
              新增席位
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditingUnit('new')}>
              新增单位
            </Button>
          </Space>
        )}
      </div>
      <Table<OrgUnit>
        rowKey="id"
        size="middle"
        dataSource={shown}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 个单位` } : false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={data.units.length === 0 ? '尚未登记单位。先新增成员单位，再在单位下设立席位。' : '没有符合条件的单位'}
            />
          ),
        }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: setExpanded,
          expandRowByClick: true,
          expandedRowRender: (u) => (
            <UnitPositions
              unit={u}
              {...props}
              onAssign={setAssigning}
              onEdit={(position) => setEditingPosition({ position, unitId: u.id })}
              onAdd={() => setEditingPosition({ position: null, unitId: u.id })}
            />
          ),
        }}
        columns={[
          { key: 'name', title: '单位名称', render: (_v, u) => <Typography.Text strong>{u.name}</Typography.Text> },
          { key: 'kind', title: '类别', render: (_v, u) => <Tag color={unitKindColors[u.kind]}>{u.kindLabel}</Tag> },
          { key: 'parent', title: '上级单位', render: (_v, u) => (u.parentUnitId ? index.unitName.get(u.parentUnitId) : undefined) ?? <Typography.Text type="secondary">—</Typography.Text> },
          {
            key: 'positions',
            title: '席位',
            align: 'right',
            render: (_v, u) => {
              const list = index.positionsByUnit.get(u.id) ?? [];
              const vacant = list.filter((p) => !p.holder).length;
              return (
                <span>
                  {list.length}
                  {vacant > 0 && <Typography.Text type="warning"> （空缺 {vacant}）</Typography.Text>}
                </span>
              );
            },
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: '操作',
                  render: (_v: unknown, u: OrgUnit) => (
                    <Space size={0} onClick={(e) => e.stopPropagation()}>
                      <Button type="link" onClick={() => setEditingUnit(u)}>
                        编辑
                      </Button>
                      <Button type="link" onClick={() => setEditingPosition({ position: null, unitId: u.id })}>
                        新增席位
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <UnitFormModal
        open={editingUnit !== null}
        unit={editingUnit === 'new' ? null : editingUnit}
        onClose={() => setEditingUnit(null)}
        {...props}
      />
      <PositionFormModal
        editing={editingPosition}
        onClose={() => setEditingPosition(null)}
        onSaved={(p) => {
          setEditingPosition(null);
          setExpanded((keys) => (keys.includes(p.unitId) ? keys : [...keys, p.unitId]));
        }}
        {...props}
      />
      <AssignModal position={assigning} onClose={() => setAssigning(null)} {...props} />
    </>
  );
}
