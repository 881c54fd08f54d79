import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { DashboardOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { CampaignTargetItem } from '../../api/campaign.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useCan } from '../../session/session.tsx';
import { BasesSection } from './BasesSection.tsx';
import { CampaignInfoCard } from './CampaignInfoCard.tsx';
import { EditTargetModal } from './EditTargetModal.tsx';
import { NewTargetModal } from './NewTargetModal.tsx';
import { TargetItem } from './TargetItem.tsx';
import { useTargetsData } from './useTargetsData.ts';
import './campaign-targets.css';

/**
 * 攻坚调度 · 攻坚目标设置: the jurisdiction's campaign set up as data, without a code
 * change — its name and issuer, its targets (typed in, or imported from the seeds'
 * documents and edited), the denominators of its disposal rates and the quotas of 增存挂钩.
 * Whoever reads the dashboard reads this page; only campaign:manage changes it.
 */
export default function CampaignTargetsPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('jurisdiction') ?? undefined;
  const remote = useTargetsData(asked);
  const jurisdictions = useJurisdictions().all;
  const canManage = useCan()('campaign:manage');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CampaignTargetItem | null>(null);
  // a fresh dialog (and form) for each opening, even one while the last is still closing
  const [opened, setOpened] = useState(0);
  const openDialog = (show: () => void) => {
    setOpened((n) => n + 1);
    show();
  };
  const data = remote.data;
  const code = data?.list.jurisdictionCode;
  const hasCampaign = data?.list.campaignNameZh != null;

  const choose = (value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set('jurisdiction', value);
        else next.delete('jurisdiction');
        return next;
      },
      { replace: true },
    );

  return (
    <div className="ph-page ph-campaign-targets">
      <PageTitle
        title={
          <>
            <span className="ph-dashboard-kicker">攻坚调度 · 攻坚目标设置</span>
            {data?.list.campaignNameZh ?? (data ? '本辖区尚未设立攻坚行动' : ' ')}
          </>
        }
        extra={
          <>
            {jurisdictions.length > 1 && (
              <JurisdictionSelect jurisdictions={jurisdictions} value={asked ?? code} onChange={choose} style={{ width: 220 }} aria-label="辖区" />
            )}
            <Button icon={<ReloadOutlined />} onClick={remote.reload} loading={remote.loading && !!data}>
              刷新
            </Button>
            <Link to={code ? `/campaign?jurisdiction=${code}` : '/campaign'}>
              <Button icon={<DashboardOutlined />}>驾驶舱</Button>
            </Link>
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} disabled={!hasCampaign} onClick={() => openDialog(() => setAdding(true))}>
                新增目标
              </Button>
            )}
          </>
        }
      >
        <Typography.Text type="secondary">目标以数据形式保存：分期、数字和原文均可由本辖区管理员设置，驾驶舱与报表按此计算完成情况。</Typography.Text>
      </PageTitle>

      {remote.error && !data ? (
        <ErrorResult error={remote.error} onRetry={remote.reload} />
      ) : !data || !code ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {remote.error && <Alert type="error" showIcon title="刷新失败" description={remote.error.userMessage} />}
          <CampaignInfoCard list={data.list} canManage={canManage} reload={remote.reload} />
          <section aria-label="攻坚目标">
            <Typography.Title level={5} className="ph-section-title">
              攻坚目标（{data.list.items.length} 项{data.list.items.some((t) => !t.active) ? `，其中停用 ${data.list.items.filter((t) => !t.active).length} 项` : ''}）
            </Typography.Title>
            {data.list.items.length === 0 ? (
              <Card>
                <Empty description={hasCampaign ? '尚未设置攻坚目标。可逐项填写，也可从示例方案（武平、钦州、永宁）导入后修改。' : '设立攻坚行动后即可设置目标。'}>
                  {canManage && hasCampaign && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => openDialog(() => setAdding(true))}>
                      新增目标
                    </Button>
                  )}
                </Empty>
              </Card>
            ) : (
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                {data.list.items.map((item) => (
                  <TargetItem key={item.id} item={item} jurisdictionCode={code} canManage={canManage} onEdit={() => openDialog(() => setEditing(item))} reload={remote.reload} />
                ))}
              </Space>
            )}
          </section>
          <BasesSection jurisdictionCode={code} rateBases={data.rateBases} quotas={data.quotas} canManage={canManage} reload={remote.reload} />
          {canManage && (
            <>
              <NewTargetModal key={`new-${opened}`} open={adding} jurisdictionCode={code} targets={data.list.items} scope={data.scope} onClose={() => setAdding(false)} reload={remote.reload} />
              <EditTargetModal key={`edit-${opened}`} target={editing} jurisdictionCode={code} scope={data.scope} onClose={() => setEditing(null)} reload={remote.reload} />
            </>
          )}
        </Space>
      )}
    </div>
  );
}
