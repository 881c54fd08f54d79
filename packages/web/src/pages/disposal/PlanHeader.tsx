import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Plan } from '../../api/disposal.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { formatDate } from '../../format/values.ts';
import { DisposalStageTag, DueDate, PlanStatusTag } from './labels.tsx';

/** Who holds a position today, or 空缺 — a task or plan stays with the seat either way. */
export const positionHolderText = (holderName: string | null | undefined) => (holderName ? `现任：${holderName}` : '席位空缺');

export function PlanHeader({ plan }: { plan: Plan }) {
  const navigate = useNavigate();
  const approval = plan.approval;
  return (
    <>
      <div className="ph-page-title" style={{ marginBottom: 12 }}>
        <Space size={12} align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <Typography.Title level={4} style={{ margin: 0 }}>
            处置方案 {plan.planNo}
          </Typography.Title>
          <PlanStatusTag status={plan.status} />
          <DisposalStageTag stage={plan.stage} />
        </Space>
      </div>
      {plan.status === 'DRAFT' && plan.returnedReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="方案被退回修改" description={plan.returnedReason} />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'parcel',
            label: '地块',
            children: (
              <span>
                <Link to={`/parcels/${plan.parcel.id}`}>{plan.parcel.code}</Link> {plan.parcel.name}（<AreaText m2={plan.parcel.area_m2} />）
              </span>
            ),
          },
          {
            key: 'enterprise',
            label: '使用企业',
            children: plan.enterprise ? <Link to={`/enterprises/${plan.enterprise.id}`}>{plan.enterprise.name}</Link> : '—',
          },
          {
            key: 'case',
            label: '认定案件',
            children: plan.caseId ? <Link to={`/cases/${plan.caseId}`}>{plan.caseNo ?? '查看案件'}</Link> : '由台账标记直接制定',
          },
          { key: 'zone', label: '园区', children: plan.zone?.name ?? '—' },
          { key: 'unit', label: '责任单位', children: plan.responsibleUnit.name },
          {
            key: 'leader',
            label: '包挂领导',
            children: (
              <span>
                {plan.leader.unitName ? `${plan.leader.unitName} · ` : ''}
                {plan.leader.title}
                <Typography.Text type="secondary">（{positionHolderText(plan.leader.holderName)}）</Typography.Text>
              </span>
            ),
          },
          { key: 'taskForce', label: '工作专班', children: plan.taskForce?.name ?? '—' },
          { key: 'deadline', label: '完成时限', children: <DueDate on={plan.deadline} overdue={plan.overdue} /> },
          {
            key: 'approval',
            label: '审批',
            children: approval ? (
              <span>
                {approval.bodyName} {formatDate(approval.decidedOn)} 批准{approval.docNo ? `（${approval.docNo}）` : ''}
                {approval.opinionZh && <div style={{ color: 'rgba(0,0,0,0.65)' }}>意见：{approval.opinionZh}</div>}
              </span>
            ) : plan.status === 'SUBMITTED' && plan.submittedOn ? (
              `${formatDate(plan.submittedOn)} 报批，待审批`
            ) : (
              '未报批'
            ),
          },
          ...(plan.closedOn ? [{ key: 'closed', label: '结案日期', children: formatDate(plan.closedOn) }] : []),
          {
            key: 'cause',
            label: '形成原因分析',
            span: 'filled' as const,
            children: <div style={{ whiteSpace: 'pre-wrap' }}>{plan.causeAnalysisZh}</div>,
          },
        ]}
      />
    </>
  );
}
