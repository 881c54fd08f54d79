import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Badge, Button, Card, Empty, Space, Tabs, Timeline, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { getPlan, type Plan } from '../../api/disposal.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDateTime } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useCan } from '../../session/session.tsx';
import { EditPlanModal } from './EditPlanModal.tsx';
import { MeasureCard } from './MeasureCard.tsx';
import { MeasureFormModal } from './MeasureFormModal.tsx';
import { PlanActions } from './PlanActions.tsx';
import { PlanHeader } from './PlanHeader.tsx';
import { PlanTasks } from './PlanTasks.tsx';
import { chinaToday } from './today.ts';

const TAB_KEYS = ['measures', 'tasks', 'history'] as const;
type TabKey = (typeof TAB_KEYS)[number];

function PlanHistory({ plan }: { plan: Plan }) {
  if (plan.history.length === 0) return <Empty description="尚无记录" />;
  return (
    <Timeline
      items={plan.history.map((h) => ({
        key: h.id,
        content: (
          <div>
            <strong>{h.actionZh}</strong>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {h.actorName} · {formatDateTime(h.at)}
            </Typography.Text>
            {typeof h.detail?.reasonZh === 'string' && <div>理由：{h.detail.reasonZh}</div>}
            {typeof h.detail?.opinionZh === 'string' && h.detail.opinionZh && <div>意见：{h.detail.opinionZh}</div>}
          </div>
        ),
      }))}
    />
  );
}

const counted = (label: string, n: number, danger = false) => (
  <span>
    {label}
    {n > 0 && <Badge count={n} color={danger ? '#cf1322' : '#8c8c8c'} size="small" style={{ marginLeft: 6 }} />}
  </span>
);

/** 处置方案详情: who answers for the parcel, its measures with their steps, and the weekly tasks. */
export default function PlanPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const remote = useRemote((signal) => getPlan(id, signal), [id]);
  const [editing, setEditing] = useState(false);
  const [addingMeasure, setAddingMeasure] = useState(false);
  const requested = params.get('tab') as TabKey | null;
  const active: TabKey = requested && TAB_KEYS.includes(requested) ? requested : 'measures';

  if (remote.error) return <div className="ph-page"><ErrorResult error={remote.error} onRetry={remote.reload} /></div>;
  if (!remote.data) return <PageLoading />;
  const plan = remote.data;
  const canWrite = can('disposal:write');
  const draft = plan.status === 'DRAFT' && canWrite;
  const today = chinaToday().format('YYYY-MM-DD');

  return (
    <div className="ph-page">
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <PlanHeader plan={plan} />
        <Space wrap style={{ marginTop: 16 }}>
          <PlanActions plan={plan} onChanged={remote.reload} />
          {draft && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              修改方案
            </Button>
          )}
        </Space>
      </Card>
      <Card variant="borderless">
        <Tabs
          activeKey={active}
          onChange={(key) => setParams(key === 'measures' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'measures',
              label: counted('处置措施', plan.measures.length),
              children: (
                <>
                  {draft && (
                    <Button icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setAddingMeasure(true)}>
                      添加措施
                    </Button>
                  )}
                  {plan.measures.length === 0 && <Empty description="尚未选定处置措施" />}
                  {plan.measures.map((m) => (
                    <MeasureCard
                      key={m.id}
                      measure={m}
                      plan={plan}
                      today={today}
                      canWrite={canWrite}
                      onChanged={remote.reload}
                    />
                  ))}
                </>
              ),
            },
            { key: 'tasks', label: counted('任务', plan.taskCount), children: <PlanTasks plan={plan} onChanged={remote.reload} /> },
            { key: 'history', label: '方案记录', children: <PlanHistory plan={plan} /> },
          ]}
        />
      </Card>
      {draft && (
        <>
          <EditPlanModal
            plan={plan}
            open={editing}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              remote.reload();
            }}
          />
          <MeasureFormModal
            plan={plan}
            open={addingMeasure}
            onClose={() => setAddingMeasure(false)}
            onSaved={() => {
              setAddingMeasure(false);
              remote.reload();
            }}
          />
        </>
      )}
    </div>
  );
}
