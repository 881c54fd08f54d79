import { useMemo, useState } from 'react';
import { Button, Empty, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { OrgPerson, OrgPosition } from '../../api/organisation.ts';
import { formatDate } from '../../format/values.ts';
import { PersonFormModal } from './PersonFormModal.tsx';
import type { TabProps } from './shared.ts';

type Filter = 'all' | 'holding' | 'idle';

/** 人员: everyone who can be appointed, the positions each holds on the day shown, and the bodies those seat them in. */
export function PeopleTab(props: TabProps) {
  const { data, index, canManage, on } = props;
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<OrgPerson | null | 'new'>(null);

  const held = useMemo(() => {
    const map = new Map<string, OrgPosition[]>();
    for (const p of data.positions) if (p.holder) map.set(p.holder.personId, [...(map.get(p.holder.personId) ?? []), p]);
    return map;
  }, [data.positions]);

  const shown = data.people.filter((p) => {
    const holds = held.has(p.id);
    if (filter === 'holding' && !holds) return false;
    if (filter === 'idle' && holds) return false;
    const q = search.trim();
    return !q || p.displayName.includes(q) || (held.get(p.id) ?? []).some((pos) => pos.unitName.includes(q) || pos.title.includes(q));
  });
  const day = on ? `${formatDate(on)}` : '今日';

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
        <Space wrap>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="搜索姓名、单位或席位"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `全部 ${data.people.length}` },
              { value: 'holding', label: `在任 ${data.people.filter((p) => held.has(p.id)).length}` },
              { value: 'idle', label: `未任职 ${data.people.filter((p) => !held.has(p.id)).length}` },
            ]}
          />
        </Space>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增人员
          </Button>
        )}
      </div>
      <Table<OrgPerson>
        rowKey="id"
        dataSource={shown}
        size="middle"
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 人` } : false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={data.people.length === 0 ? '尚未登记人员。新增人员后，可在「单位与席位」中任命到席位。' : '没有符合条件的人员'}
            />
          ),
        }}
        columns={[
          { key: 'name', title: '姓名', width: 120, render: (_v, p) => <Typography.Text strong>{p.displayName}</Typography.Text> },
          {
            key: 'positions',
            title: `${day}任职席位`,
            width: 340,
            render: (_v, p) => {
              const list = held.get(p.id);
              if (!list) return <Tag>未任职</Tag>;
              return (
                <Space orientation="vertical" size={2}>
                  {list.map((pos) => (
                    <span key={pos.id}>
                      {pos.unitName} · {pos.title}
                      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                        {formatDate(pos.holder!.from)} 起
                      </Typography.Text>
                    </span>
                  ))}
                </Space>
              );
            },
          },
          {
            key: 'bodies',
            title: '在协调机构中的职务',
            render: (_v, p) => {
              const roles = (held.get(p.id) ?? []).flatMap((pos) => index.membershipsByPosition.get(pos.id) ?? []);
              if (roles.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
              return (
                <Space size={[4, 4]} wrap>
                  {roles.map(({ body, roleLabel }) => (
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
                  width: 110,
                  render: (_v: unknown, p: OrgPerson) => (
                    <Button type="link" onClick={() => setEditing(p)}>
                      修改姓名
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PersonFormModal open={editing !== null} person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} {...props} />
    </>
  );
}
