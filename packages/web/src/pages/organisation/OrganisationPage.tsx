import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, DatePicker, Space, Tabs, Typography } from 'antd';
import { ApartmentOutlined, ReloadOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useCan, useMe } from '../../session/session.tsx';
import { BodiesTab } from './BodiesTab.tsx';
import { PeopleTab } from './PeopleTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';
import { useOrgData, useOrgIndex } from './useOrgData.ts';

/**
 * 组织架构: the campaign's coordination bodies, the units and their positions (席位), and
 * the people who hold them. Responsibilities bind to positions, so a 任命 moves them to
 * the new holder without touching a body. Everyone who reads cases sees it; only
 * organisation:manage edits.
 */
export default function OrganisationPage() {
  const me = useMe();
  const canManage = useCan()('organisation:manage');
  const jurisdictions = useJurisdictions();
  // organisations belong to a county; a user above county level picks which one
  const choices = useMemo(() => jurisdictions.all.filter((j) => j.level !== 'ROOT'), [jurisdictions.all]);
  const [jurisdictionCode, setJurisdictionCode] = useState<string>();
  const [on, setOn] = useState<string>();
  const [tab, setTab] = useState('bodies');

  useEffect(() => {
    if (jurisdictionCode || jurisdictions.loading) return;
    const own = choices.find((j) => j.code === me.jurisdiction.code && j.level === 'COUNTY');
    setJurisdictionCode((own ?? jurisdictions.counties[0] ?? choices[0])?.code);
  }, [jurisdictionCode, jurisdictions.loading, choices, jurisdictions.counties, me.jurisdiction.code]);

  const org = useOrgData(jurisdictionCode, on);
  const index = useOrgIndex(org.data);
  const data = org.data;
  const shared = { data: data ?? { units: [], positions: [], people: [], bodies: [] }, index, canManage, jurisdictionCode, on, reload: org.reload };

  return (
    <div className="ph-page">
      <PageTitle
        title="组织架构"
        extra={
          <Space wrap>
            {choices.length > 1 && (
              <JurisdictionSelect
                jurisdictions={choices}
                loading={jurisdictions.loading}
                value={jurisdictionCode}
                onChange={setJurisdictionCode}
                style={{ width: 220 }}
                aria-label="行政区"
              />
            )}
            <DatePicker
              allowClear
              placeholder="今天"
              aria-label="任职情况日期"
              value={on ? dayjs(on) : null}
              onChange={(d) => setOn(d ? d.format('YYYY-MM-DD') : undefined)}
              prefix={<Typography.Text type="secondary">任职情况</Typography.Text>}
            />
            <Button icon={<ReloadOutlined />} onClick={org.reload} loading={org.loading && Boolean(data)}>
              刷新
            </Button>
          </Space>
        }
      >
        <Typography.Text type="secondary">
          攻坚行动的议事协调机构、成员单位与席位。职责落在席位上，人员变动时经「任命」更换任职人员，机构与任务随席位延续。
        </Typography.Text>
      </PageTitle>
      {on && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`正在查看 ${formatDate(on)} 的任职情况`}
          action={
            <Button size="small" onClick={() => setOn(undefined)}>
              回到今天
            </Button>
          }
        />
      )}
      {org.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="组织架构加载失败"
          description={org.error.userMessage}
          action={<Button onClick={org.reload}>重试</Button>}
        />
      )}
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
        {!data && (org.loading || jurisdictions.loading) ? (
          <PageLoading />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'bodies', label: tabLabel(<ApartmentOutlined />, '协调机构', data?.bodies.length), children: <BodiesTab {...shared} /> },
              { key: 'units', label: tabLabel(<TeamOutlined />, '单位与席位', data?.units.length), children: <UnitsTab {...shared} /> },
              { key: 'people', label: tabLabel(<UserOutlined />, '人员', data?.people.length), children: <PeopleTab {...shared} /> },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

function tabLabel(icon: ReactNode, text: string, count: number | undefined) {
  return (
    <span>
      {icon} {text}
      {count !== undefined && <Typography.Text type="secondary"> {count}</Typography.Text>}
    </span>
  );
}
