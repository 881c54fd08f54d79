import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Empty, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import {
  getJurisdictionRuleSets,
  listRuleSets,
  setJurisdictionRuleSets,
  type CriterionParams,
  type RuleSetSummary,
  type RuleSetVersion,
} from '../../api/identification.ts';
import type { Jurisdiction } from '../../api/types.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../format/values.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { CriterionCategoryTag } from './labels.tsx';
import { editableParams, formatParamValue } from './params.ts';

const STATUS_LABEL = { IN_FORCE: '现行', DRAFT: '征求意见稿' } as const;

function Thresholds({ criterion }: { criterion: CriterionParams }) {
  const params = editableParams(criterion);
  if (params.length === 0) return <Typography.Text type="secondary">无数值门槛</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {params.map((p) => (
        <Typography.Text key={p.key}>
          {p.labelZh}：<Typography.Text strong>{formatParamValue(p)}</Typography.Text>
          {p.unit}
        </Typography.Text>
      ))}
    </Space>
  );
}

function VersionCriteria({ version }: { version: RuleSetVersion }) {
  return (
    <Table<CriterionParams>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={version.criteria}
      columns={[
        { title: '条款编号', dataIndex: 'id', width: 130, render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
        { title: '类别', dataIndex: 'category', width: 70, render: (c: CriterionParams['category']) => <CriterionCategoryTag category={c} /> },
        { title: '标准原文', dataIndex: 'wordingZh' },
        { title: '门槛', key: 'params', width: 320, render: (_: unknown, c) => <Thresholds criterion={c} /> },
      ]}
    />
  );
}

function RuleSetVersions({ ruleSets }: { ruleSets: RuleSetSummary[] }) {
  const [selected, setSelected] = useState<Record<string, number>>({});
  return (
    <Table<RuleSetSummary>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={ruleSets}
      expandable={{
        expandedRowRender: (rs) => {
          const versions = [...rs.versions].sort((a, b) => b.version - a.version);
          const current = versions.find((v) => v.version === selected[rs.id]) ?? versions[0];
          return (
            <>
              <Table<RuleSetVersion>
                rowKey="version"
                size="small"
                pagination={false}
                dataSource={versions}
                style={{ marginBottom: 16 }}
                rowSelection={{
                  type: 'radio',
                  selectedRowKeys: current ? [current.version] : [],
                  onChange: (keys) => setSelected({ ...selected, [rs.id]: Number(keys[0]) }),
                }}
                columns={[
                  { title: '版本', dataIndex: 'version', width: 90, render: (v: number) => `第 ${v} 版` },
                  { title: '生效日期', dataIndex: 'effectiveFrom', width: 150, render: (d: string) => formatDate(d) },
                  { title: '修订说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
                  { title: '创建人', dataIndex: 'createdBy', width: 120 },
                  { title: '创建时间', dataIndex: 'createdAt', width: 170, render: (t: string) => formatDateTime(t) },
                ]}
              />
              {current && (
                <>
                  <Typography.Title level={5}>第 {current.version} 版的认定标准</Typography.Title>
                  <VersionCriteria version={current} />
                </>
              )}
            </>
          );
        },
      }}
      columns={[
        { title: '规则', dataIndex: 'nameZh' },
        { title: '编号', dataIndex: 'id', width: 200, render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
        { title: '行政区划代码', dataIndex: 'jurisdiction', width: 130 },
        { title: '状态', dataIndex: 'status', width: 120, render: (s: RuleSetSummary['status']) => <Tag color={s === 'IN_FORCE' ? 'green' : 'default'}>{STATUS_LABEL[s]}</Tag> },
        { title: '版本数', key: 'versions', width: 90, align: 'right', render: (_: unknown, rs) => rs.versions.length },
      ]}
    />
  );
}

function CountyRuleSets({ county, ruleSets }: { county: Jurisdiction; ruleSets: RuleSetSummary[] }) {
  const { message } = App.useApp();
  const chosen = useRemote((signal) => getJurisdictionRuleSets(county.code, signal), [county.code]);
  const [value, setValue] = useState<string[]>();
  const [saving, setSaving] = useState(false);
  const current = value ?? chosen.data ?? [];
  const dirty = value !== undefined && [...value].sort().join() !== [...(chosen.data ?? [])].sort().join();

  const save = async () => {
    setSaving(true);
    try {
      await setJurisdictionRuleSets(county.code, current);
      void message.success(`已保存${county.name}适用的认定规则`);
      setValue(undefined);
      chosen.reload();
    } catch (err) {
      void message.error(err instanceof ApiError ? `保存失败：${err.userMessage}` : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  if (chosen.error) return <Alert type="error" showIcon title="加载失败" description={chosen.error.userMessage} />;
  if (!chosen.data) return <PageLoading />;
  return (
    <>
      <Checkbox.Group value={current} onChange={(v) => setValue(v)} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {ruleSets.map((rs) => (
          <Checkbox key={rs.id} value={rs.id}>
            {rs.nameZh} <Typography.Text type="secondary">（{rs.id}）</Typography.Text>
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
          保存
        </Button>
        {dirty && <Button onClick={() => setValue(undefined)}>取消修改</Button>}
      </Space>
    </>
  );
}

function CountyChoice({ counties, ruleSets }: { counties: Jurisdiction[]; ruleSets: RuleSetSummary[] }) {
  const [code, setCode] = useState<string>();
  const county = counties.find((c) => c.code === code) ?? counties[0];
  if (!county) return <Empty description="您的管辖范围内没有县（市、区）" />;
  return (
    <>
      <Typography.Paragraph type="secondary">
        一个县可以同时适用多套规则（如国家规定与本地规则）。认定结果、预警和规则模拟只列出所选县适用的规则。
      </Typography.Paragraph>
      {counties.length > 1 && (
        <Space style={{ marginBottom: 16 }}>
          <Typography.Text>县（市、区）</Typography.Text>
          <Select
            style={{ width: 240 }}
            value={county.code}
            options={counties.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }))}
            onChange={setCode}
          />
        </Space>
      )}
      <CountyRuleSets key={county.code} county={county} ruleSets={ruleSets} />
    </>
  );
}

/** 规则版本 (admin): the rule sets, their versions and thresholds, and which ones each county runs. */
export default function RuleSetsPage() {
  const ruleSets = useRemote((signal) => listRuleSets(signal), []);
  const jurisdictions = useJurisdictions();
  const error = ruleSets.error ?? jurisdictions.error;
  if (error) return <div className="ph-page"><ErrorResult error={error} onRetry={() => { ruleSets.reload(); jurisdictions.reload(); }} /></div>;
  if (!ruleSets.data || jurisdictions.loading) return <PageLoading />;
  return (
    <div className="ph-page">
      <PageTitle title="规则版本">
        <Typography.Text type="secondary">认定规则按版本保存；修改门槛请在「规则模拟」中模拟后保存为新版本，原有版本保留。</Typography.Text>
      </PageTitle>
      <Card variant="borderless">
        <Tabs
          items={[
            { key: 'versions', label: '规则与版本', children: <RuleSetVersions ruleSets={ruleSets.data} /> },
            { key: 'counties', label: '各县适用规则', children: <CountyChoice counties={jurisdictions.counties} ruleSets={ruleSets.data} /> },
          ]}
        />
      </Card>
    </div>
  );
}
