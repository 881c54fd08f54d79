import { useMemo, useState } from 'react';
import { Button, Col, ConfigProvider, Empty, Row, Tag, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrgBody } from '../../api/organisation.ts';
import { BodyDetail } from './BodyDetail.tsx';
import { BodyFormModal } from './BodyFormModal.tsx';
import { bodyTree, type BodyNode } from './tree.ts';
import { bodyKindColors } from './labels.ts';
import type { TabProps } from './shared.ts';

type Editing = { body: OrgBody | null; parentBodyId: string | null } | null;

/** 协调机构: the tree of bodies on the left, the chosen body's duties and member positions on the right. */
export function BodiesTab(props: TabProps) {
  const { data, canManage } = props;
  const tree = useMemo(() => bodyTree(data.bodies), [data.bodies]);
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<Editing>(null);
  const selected = data.bodies.find((b) => b.id === selectedId) ?? tree[0]?.body;

  const addButton = canManage && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ body: null, parentBodyId: selected?.id ?? null })}>
      新增机构
    </Button>
  );

  if (data.bodies.length === 0) {
    return (
      <>
        <Empty style={{ padding: '48px 0' }} description={canManage ? '尚未建立协调机构。可先新增指挥部，再在其下设办公室、战区和专班。' : '尚未建立协调机构'}>
          {addButton}
        </Empty>
        <BodyFormModal editing={editing} onClose={() => setEditing(null)} {...props} />
      </>
    );
  }

  return (
    <>
      <Row gutter={24} wrap>
        <Col xs={24} lg={8} xl={7}>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 12, minHeight: 32 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              机构设置
            </Typography.Title>
            {addButton}
          </div>
          <ConfigProvider theme={{ components: { Tree: { nodeSelectedBg: '#e1efe9', nodeHoverBg: '#f1f6f4', titleHeight: 28 } } }}>
            <Tree<TreeNode>
              blockNode
              showLine
              defaultExpandAll
              selectedKeys={selected ? [selected.id] : []}
              onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
              treeData={tree.map(toTreeNode)}
              titleRender={(n) => <BodyTitle body={n.body} />}
              style={{ background: 'transparent' }}
            />
          </ConfigProvider>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          {selected && (
            <BodyDetail
              body={selected}
              {...props}
              onEdit={() => setEditing({ body: selected, parentBodyId: selected.parentBodyId })}
              onAddChild={() => setEditing({ body: null, parentBodyId: selected.id })}
              onSelect={setSelectedId}
            />
          )}
        </Col>
      </Row>
      <BodyFormModal
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(body) => {
          setEditing(null);
          setSelectedId(body.id);
        }}
        {...props}
      />
    </>
  );
}

interface TreeNode {
  key: string;
  body: OrgBody;
  children: TreeNode[];
}

const toTreeNode = (n: BodyNode): TreeNode => ({ key: n.body.id, body: n.body, children: n.children.map(toTreeNode) });

function BodyTitle({ body }: { body: OrgBody }) {
  const vacant = body.members.filter((m) => !m.holder).length;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, padding: '2px 0' }}>
      <Tag color={bodyKindColors[body.kind]} style={{ marginInlineEnd: 0 }}>
        {body.kindLabel}
      </Tag>
      <span>{body.name}</span>
      {vacant > 0 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {vacant} 席空缺
        </Typography.Text>
      )}
    </span>
  );
}
