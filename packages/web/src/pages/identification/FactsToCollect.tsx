import { Link } from 'react-router-dom';
import { Alert, Button, Table, Typography } from 'antd';
import { getFactsToCollect, type FactsToCollectItem } from '../../api/identification.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { MissingFactLinks } from './labels.tsx';

interface Row {
  key: string;
  item: FactsToCollectItem;
  criterionId: string;
  missing: FactsToCollectItem['criteria'][number]['missing'];
}

/** 待补充信息: the facts that stop a criterion from being decided, each linking to where it is filled in. */
export function FactsToCollect({ runId, canEdit }: { runId: string; canEdit: boolean }) {
  const facts = useRemote((signal) => getFactsToCollect(runId, signal), [runId]);
  if (facts.error) {
    return (
      <Alert
        type="error"
        showIcon
        title="待补充信息加载失败"
        description={facts.error.userMessage}
        action={<Button onClick={facts.reload}>重试</Button>}
      />
    );
  }
  const rows: Row[] = (facts.data?.items ?? []).flatMap((item) =>
    item.criteria.map((c) => ({
      key: `${item.parcelId}:${c.criterionId}`,
      item,
      criterionId: c.criterionId,
      missing: c.missing,
    })),
  );
  return (
    <>
      <Typography.Paragraph type="secondary">
        以下地块因台账缺少信息而无法得出结论。点击缺少的信息可前往地块台账补录，补录后重新开展认定即可。
        {facts.data ? `共 ${facts.data.total} 宗地块。` : ''}
      </Typography.Paragraph>
      <Table<Row>
        rowKey="key"
        size="small"
        loading={facts.loading}
        dataSource={rows}
        locale={{ emptyText: facts.loading ? ' ' : '没有需要补充的信息' }}
        pagination={{ pageSize: 30, showTotal: (total) => `共 ${total} 条`, hideOnSinglePage: true }}
        columns={[
          {
            title: '宗地编号',
            key: 'code',
            width: 140,
            render: (_: unknown, r) => <Link to={`/identification/runs/${runId}/parcels/${r.item.parcelId}`}>{r.item.parcelCode}</Link>,
          },
          { title: '地块名称', key: 'name', width: 220, render: (_: unknown, r) => r.item.parcelName },
          { title: '认定标准', dataIndex: 'criterionId', width: 130, render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
          {
            title: '缺少的信息',
            key: 'missing',
            render: (_: unknown, r) => <MissingFactLinks parcelId={r.item.parcelId} facts={r.missing} canEdit={canEdit} />,
          },
        ]}
      />
    </>
  );
}
